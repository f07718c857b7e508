import { expect, test } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { DEMO, expectNoSidewaysScroll, signIn } from './support/app';

/**
 * The analyst's to-do list (Att göra): on sign-in the navigation counts what is due; the list
 * shows the indicators of the months around today (the demo's indicators have figures since
 * 2021, so every month since is due); the analyst follows one to Registrera at its unit and
 * month, reports the value, and it leaves the list. It writes one value of a month of today's
 * year, which no other journey reads.
 */
test('the analyst follows an indicator from Att göra to Registrera, reports it, and it leaves the list', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.analyst);
  const tab = page.getByRole('tab', { name: /^Att göra, \d+ saker att göra$/ });
  await expect(tab).toBeVisible();
  await tab.click();
  await expect(page.getByRole('heading', { name: 'Att göra', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /saker att göra/ })).toBeVisible();
  await saveScreenshot(page, 'to-do-1-list');
  await checkAccessibility(page, 'to-do list (/att-gora, analyst)');

  // A monthly indicator of Intraservice: "Indikatorvärde · Nämnden för Intraservice · november 2026".
  const item = page
    .getByRole('link')
    .filter({ hasText: /Indikatorvärde · Nämnden för Intraservice · [a-zåäö]+ \d{4}$/ })
    .first();
  const itemName = (await item.textContent())!;
  const title = itemName.replace(/Indikatorvärde · .*$/, '').trim();
  const sameItem = page.getByRole('link').filter({ hasText: itemName });
  await expect(sameItem).toHaveCount(1);

  // By keyboard, as well as by mouse: the item is a link that opens where it is done.
  await item.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/registrera\?enhet=intraservice&period=\d{4}-\d{2}/);
  await expect(page.getByRole('heading', { name: 'Registrera värden', level: 1 })).toBeVisible();
  const outcome = page.getByRole('textbox', { name: `Utfall, ${title}` });
  await outcome.fill('42');
  const saveBar = page.getByRole('region', { name: 'Spara ändringar' });
  await saveBar.getByRole('button', { name: /^Spara 1 ändrad rad/ }).click();
  await expect(saveBar.getByRole('status')).toHaveText('Inga osparade ändringar');
  await saveScreenshot(page, 'to-do-2-reported');

  await page.getByRole('tab', { name: /^Att göra/ }).click();
  await expect(page.getByRole('heading', { name: 'Att göra', level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /saker att göra/ })).toBeVisible();
  await expect(sameItem).toHaveCount(0);

  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoSidewaysScroll(page);
  await saveScreenshot(page, 'to-do-3-360px');
  await checkAccessibility(page, 'to-do list at 360 px (/att-gora, analyst)');
  await page.setViewportSize({ width: 1366, height: 768 });

  // In English the same list speaks English.
  await page.getByRole('button', { name: /^Konto:/ }).click();
  await page.getByRole('menuitemradio', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'To do', level: 1 })).toBeVisible();
  await expect(page.getByRole('tab', { name: /^To do, \d+ things to do$/ })).toBeVisible();
  await saveScreenshot(page, 'to-do-4-english');
  await checkAccessibility(page, 'to-do list in English (/att-gora, analyst)');
  await page.getByRole('button', { name: /^Account:/ }).click();
  await page.getByRole('menuitemradio', { name: 'Svenska' }).click();
  await expect(page.getByRole('heading', { name: 'Att göra', level: 1 })).toBeVisible();
});
