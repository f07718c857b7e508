import { expect, test } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { DEMO, signIn } from './support/app';

/**
 * Verksamhetsplan: the administrator reads Intraservice's adopted 2023 plan, its history, and
 * the roll-over to 2024 and a new revision as dialogs, at 1366 and 360 px and by keyboard.
 * Nothing is written: the other journeys share the database, and the writes are covered by the
 * planning module's API tests and the page's component tests.
 */
test('the administrator reads the adopted plan and previews the roll-over to next year', async ({ page }) => {
  await signIn(page, DEMO.administrator);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/verksamhetsplan?enhet=intraservice&period=2023-05');
  await expect(
    page.getByRole('heading', { name: 'Verksamhetsplan 2023: Nämnden för Intraservice', level: 1 }),
  ).toBeVisible();
  await expect(page.getByText('Status: Antagen')).toBeVisible();
  // The seed's decision, or the one the administrator's journey re-adopted the plan with.
  await expect(page.getByText(/^Beslut (2022-12-13, dnr DEMO-2022-0001|2023-06-15, dnr N170-0456\/23)$/)).toBeVisible();
  // The administrator's tabs, this one added, still fit at 1366 px.
  await expect(page.getByRole('tab', { name: 'Plan', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('tab', { name: 'Administration' })).toBeInViewport({ ratio: 1 });
  await saveScreenshot(page, 'plan-1-adopted');
  await checkAccessibility(page, 'plan (/verksamhetsplan)');

  // By keyboard: the roll-over opens from its button and lists every node with carry or drop.
  await page.getByRole('button', { name: 'Skapa planen för 2024' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Skapa planen för 2024 från 2023' });
  await expect(dialog.getByRole('heading', { name: 'Mål', exact: true })).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: /^Ta med / }).first()).toBeChecked();
  await expect(dialog.getByRole('heading', { name: 'Öppna uppdrag' })).toBeVisible();
  await saveScreenshot(page, 'plan-2-roll-over');
  await checkAccessibility(page, 'plan roll-over preview (/verksamhetsplan)');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Öppna ny revision' }).click();
  // Revision 2 or later: the administrator's journey may have revised the plan already.
  await expect(page.getByRole('dialog', { name: /^Öppna revision \d+$/ })).toBeVisible();
  await checkAccessibility(page, 'plan new revision (/verksamhetsplan)');
  await page.getByRole('button', { name: 'Avbryt' }).click();

  // On a phone: nothing scrolls sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(page.getByText('Status: Antagen')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await saveScreenshot(page, 'plan-3-360px');
  await checkAccessibility(page, 'plan at 360 px (/verksamhetsplan)');
});
