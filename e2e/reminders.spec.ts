import { expect, test } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { DEMO, expectNoSidewaysScroll, openFromMenu, signIn } from './support/app';
import { caughtMails } from './support/mail-catcher';

/**
 * Reminders: the analyst's reminder mail arrives at the run's SMTP server with links that open
 * where its items are done; the analyst chooses weekly reminders on their own page (from the account menu, by
 * keyboard) and back to daily, so no other journey finds the choice changed; the administrator
 * reads the send log under Administration → Utskick, in Swedish and English, at 1366 and 360 px.
 */
test("the analyst's reminder mail arrives, in Swedish, and its link opens where the figure is reported", async ({
  page,
  baseURL,
}) => {
  // The app plans the day's reminders at its start and retries a minute later when the mail
  // server (the run's global setup) was not listening yet.
  test.setTimeout(240_000);
  await expect
    .poll(() => caughtMails().filter((mail) => mail.to.includes(DEMO.analyst.email)).length, { timeout: 200_000 })
    .toBe(1);
  const mail = caughtMails().find((caught) => caught.to.includes(DEMO.analyst.email))!;
  expect(mail.subject).toMatch(/^Påminnelse från Lägesbild: \d+ saker? att göra$/);
  expect(mail.text).toContain('Hej Anna Analytiker!');
  expect(mail.text).toContain('Det här väntar på dig i Lägesbild:');
  const links = [...mail.text.matchAll(/^- .+: (\S+)$/gm)].map((match) => match[1]!);
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) expect(link.startsWith(`${baseURL}/`)).toBe(true);
  const registrera = links.find((link) => link.includes('/registrera?'));
  expect(registrera).toBeDefined();

  await signIn(page, DEMO.analyst);
  await page.goto(registrera!);
  await expect(page.getByRole('heading', { name: 'Registrera värden', level: 1 })).toBeVisible({ timeout: 30_000 });
});

test('a person chooses their reminders on Min sida, by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, DEMO.analyst);
  await page.getByRole('button', { name: /^Konto: / }).click();
  await page.getByRole('menuitem', { name: 'Min sida' }).click();
  await expect(page).toHaveURL(/\/min-sida$/);
  await expect(page.getByRole('heading', { name: 'Min sida', level: 1 })).toBeVisible();
  const daily = page.getByRole('radio', { name: 'Dagligen' });
  await expect(daily).toBeChecked();

  await daily.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Varje vecka' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Spara' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Ditt val av påminnelser har sparats.' })).toBeVisible();
  await saveScreenshot(page, 'reminders-1-my-page');
  await checkAccessibility(page, 'my page, the choice of reminders (/min-sida)');

  await page.reload();
  await expect(page.getByRole('radio', { name: 'Varje vecka' })).toBeChecked();
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoSidewaysScroll(page);
  await saveScreenshot(page, 'reminders-2-my-page-360px');

  // Back to the default, as the demo data had it.
  await page.getByRole('radio', { name: 'Dagligen' }).check();
  await page.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ditt val av påminnelser har sparats.' })).toBeVisible();
});

test('an administrator reads the send log, Administration → Utskick, in Swedish and English', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, DEMO.administrator);
  await openFromMenu(page, 'Administration', 'Utskick');
  await expect(page.getByRole('heading', { name: 'Utskick', level: 1 })).toBeVisible();
  // The analyst's reminder (the first journey of this file waited for it) was sent.
  const log = page.getByRole('table', { name: 'Utskick av påminnelser' });
  await expect(log.getByRole('row').filter({ hasText: 'Anna Analytiker' })).toContainText('Skickat');
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Skickat' }).click();
  await expect(log.getByRole('row').filter({ hasText: 'Anna Analytiker' })).toBeVisible();
  await saveScreenshot(page, 'reminders-3-send-log');
  await checkAccessibility(page, 'send log (/administration/utskick)');
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoSidewaysScroll(page);
  await saveScreenshot(page, 'reminders-4-send-log-360px');

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('button', { name: /^Konto: / }).click();
  await page.getByRole('menuitemradio', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Mailings', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Reminder mailings' })).toContainText('Sent');
  await checkAccessibility(page, 'send log, in English');
  await saveScreenshot(page, 'reminders-5-send-log-english');
  // Back to Swedish for the journeys after this one.
  await page.getByRole('button', { name: /^Account: / }).click();
  await page.getByRole('menuitemradio', { name: 'Svenska' }).click();
  await expect(page.getByRole('heading', { name: 'Utskick', level: 1 })).toBeVisible();
});
