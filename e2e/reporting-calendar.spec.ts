import { expect, test } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { DEMO, expectNoSidewaysScroll, openFromMenu, signIn } from './support/app';
import { fillDate } from './support/date-fields';

/**
 * The administrator keeps the reporting calendar of 2021, a year no other journey writes to:
 * creates it, moves May's deadline, closes May; a later change of a May value asks for a reason
 * and the audit log shows it as a correction (Rättelse).
 */
test('an administrator sets May’s deadline, closes May, and a later change is a correction', async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, DEMO.administrator);
  await openFromMenu(page, 'Administration', 'Rapporteringskalender');
  await expect(page.getByRole('heading', { name: 'Rapporteringskalender', level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: 'År' }).click();
  await page.getByRole('option', { name: '2021', exact: true }).click();
  await expect(page.getByText('Året 2021 har ingen rapporteringskalender ännu.')).toBeVisible();
  await page.getByRole('button', { name: 'Skapa kalendern för 2021' }).click();
  await expect(page.getByText('Kalendern för 2021 har skapats.')).toBeVisible();

  const table = page.getByRole('table', { name: 'Rapporteringsperioderna 2021' });
  const may = table.getByRole('row', { name: /^maj 2021/ });
  // The rule: 8 working days after 31 May 2021 (a Monday), past National Day on Sunday 6 June.
  await expect(may).toContainText('2021-06-10');
  await page.getByRole('button', { name: 'Ändra sista dag för maj 2021' }).click();
  const deadlineDialog = page.getByRole('dialog', { name: 'Sista dag för maj 2021' });
  await fillDate(deadlineDialog, 'Sista dag för nämnden och övriga', '2021-06-15');
  await fillDate(deadlineDialog, 'Sista dag för verksamhetsområden', '2021-06-09');
  await deadlineDialog.getByRole('button', { name: 'Spara' }).click();
  await expect(deadlineDialog).toBeHidden();
  await expect(may).toContainText('2021-06-15 (flyttad)');
  await expect(may).toContainText('2021-06-09');

  await page.getByRole('button', { name: 'Stäng maj 2021' }).click();
  const closeDialog = page.getByRole('dialog', { name: 'Stäng maj 2021' });
  await closeDialog.getByRole('textbox', { name: 'Skäl (frivilligt)' }).fill('Maj är rapporterad');
  await saveScreenshot(page, 'reporting-calendar-1-close-dialog');
  await checkAccessibility(page, 'close a period (/administration/rapporteringskalender)');
  await closeDialog.getByRole('button', { name: 'Stäng perioden' }).click();
  await expect(page.getByText('maj 2021 är stängd.')).toBeVisible();
  await expect(may).toContainText('Stängd');
  await saveScreenshot(page, 'reporting-calendar-2-may-closed');
  await checkAccessibility(page, 'reporting calendar (/administration/rapporteringskalender)');
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoSidewaysScroll(page);
  await saveScreenshot(page, 'reporting-calendar-3-360px');
  await page.setViewportSize({ width: 1366, height: 768 });

  // Later, a May value changes: Registrera asks why, and saves it as a correction.
  await page.goto('/registrera?enhet=intraservice&period=2021-05');
  // The page's chunk and its sheet, on a busy machine.
  await expect(page.getByRole('heading', { name: 'Registrera värden', level: 1 })).toBeVisible({ timeout: 30_000 });
  const monthRow = page.getByRole('row').filter({ hasText: 'maj 2021' }).first();
  const outcome = monthRow.getByRole('textbox', { name: /^Utfall, / });
  await outcome.fill('4,2');
  await expect(page.getByText(/Perioden är stängd: värdena är rapporterade och låsta/)).toBeVisible();
  const reason = page.getByRole('textbox', { name: 'Skäl till rättelsen' });
  await page.getByRole('button', { name: 'Spara 1 ändrad rad' }).click();
  await expect(reason).toHaveAccessibleDescription('Perioden är stängd: ange ett skäl till rättelsen.');
  await reason.fill('Rättad efter ny lönekörning');
  await saveScreenshot(page, 'reporting-calendar-4-correction-reason');
  await checkAccessibility(page, 'a correction in a closed period (/registrera)');
  await page.getByRole('button', { name: 'Spara 1 ändrad rad' }).click();
  await expect(page.getByText('1 rad sparad.')).toBeVisible();

  await openFromMenu(page, 'Administration', 'Granskningslogg');
  await page.getByRole('combobox', { name: 'Typ av post' }).click();
  await page.getByRole('option', { name: 'Rättelse', exact: true }).click();
  const newest = page.getByRole('table', { name: 'Granskningslogg' }).locator(':scope > tbody > tr').first();
  await expect(newest).toContainText('Skapad: Rättelse');
  await expect(newest).toContainText('Rättad efter ny lönekörning');
  await expect(newest).toContainText('Indikatorvärde');
  await saveScreenshot(page, 'reporting-calendar-5-audit-log');
});
