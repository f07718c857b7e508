import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { DEMO, signIn } from './support/app';
import { dateField, fillDate } from './support/date-fields';

/** Source 000's Navet assignment: deadline 2023-11-24, ongoing in May 2023, so overdue by December. */
const NAVET = /hemtagning av Skatteverkets uppgifter i Navet/;
const DECEMBER = '?enhet=intraservice&period=2023-12';

const navetRow = (page: Page): Locator =>
  page.getByRole('table', { name: 'Uppdrag till Nämnden för Intraservice' }).getByRole('row', { name: NAVET });

/** Reports the Navet assignment's status for December 2023 in the status dialog. */
async function reportStatus(page: Page, status: string) {
  await navetRow(page)
    .getByRole('button', { name: /Rapportera status för uppdraget/ })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Status för december 2023' });
  await dialog.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: status, exact: true }).click();
  await dialog.getByRole('textbox', { name: 'Kommentar' }).fill(`${status} i december.`);
  return dialog;
}

/**
 * The second journey: an overdue assignment is proposed complete (still overdue: a
 * proposal is not the decision), then declared complete with the decision's date and case
 * number, and from then on it is late nowhere: not on Uppdrag, Registrera or the goal page.
 */
test('an assignment proposed complete, then declared complete, is no longer late anywhere', async ({ page }) => {
  // Four pages, two dialogs and four accessibility checks: more than one minute on a busy machine.
  test.setTimeout(180_000);
  await signIn(page, DEMO.administrator);
  await page.goto(`/uppdrag${DECEMBER}`);
  await expect(page.getByRole('tab', { name: 'Uppdrag', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'Uppdrag och revisionsrapporter', level: 1 })).toBeVisible();
  await expect(navetRow(page)).toContainText('Pågående, försenat');
  // Beside the assignments: Stadsrevisionen's review and the action plans of source 000, overdue by December.
  const review = page.getByRole('article', { name: 'Stadsrevisionens granskning av nämnden för Intraservice' });
  await expect(review).toContainText('Beredskap inom IT-säkerhet');
  await expect(review).toContainText('3 försenade åtgärder');
  await saveScreenshot(page, 'assignments-1-overdue');
  await checkAccessibility(page, 'assignments (/uppdrag)');

  const proposal = await reportStatus(page, 'Föreslås förklaras fullgjort');
  await proposal.getByRole('button', { name: 'Spara' }).click();
  await expect(proposal).toBeHidden();
  await expect(navetRow(page)).toContainText('Föreslås förklaras fullgjort, försenat');

  const declaration = await reportStatus(page, 'Förklarat fullgjort');
  // The decision's date and case number are required, and the case number must look like one.
  await declaration.getByRole('textbox', { name: 'Beslutets diarienummer' }).fill('KS 2023-12-13 § 5');
  await declaration.getByRole('button', { name: 'Spara' }).click();
  await expect(declaration).toContainText('Skriv diarienumret som registratorn gör');
  await expect(dateField(declaration, 'Beslutsdatum')).toHaveAccessibleDescription('Fyll i fältet.');
  await fillDate(declaration, 'Beslutsdatum', '2023-12-13');
  await declaration.getByRole('textbox', { name: 'Beslutets diarienummer' }).fill('SLK-2023-01234');
  await saveScreenshot(page, 'assignments-2-declare-dialog');
  await checkAccessibility(page, 'assignment status dialog (/uppdrag)');
  await declaration.getByRole('button', { name: 'Spara' }).click();
  await expect(declaration).toBeHidden();
  await expect(navetRow(page)).toContainText('Förklarat fullgjort');
  await expect(navetRow(page)).toContainText('Beslut 2023-12-13, SLK-2023-01234');
  await expect(navetRow(page)).not.toContainText('försenat');

  // The goal page's assignments say the same.
  await page.goto(`/mal${DECEMBER}`);
  await expect(navetRow(page)).toContainText('Förklarat fullgjort');
  await expect(navetRow(page)).not.toContainText('försenat');

  // And months later it is still not late.
  await page.goto('/mal?enhet=intraservice&period=2024-03');
  await expect(
    page.getByRole('table', { name: 'Uppdrag till Nämnden för Intraservice' }).getByRole('row', { name: NAVET }),
  ).not.toContainText('försenat');

  // Registrera no longer lists it in the next month: it was settled before that month began.
  await page.goto('/registrera?enhet=intraservice&period=2024-01');
  const followUp = page.getByRole('region', { name: 'Uppdrag och revisionens åtgärder för januari 2024' });
  await expect(followUp).toContainText('Alla nämnder och styrelser får i uppdrag');
  await expect(followUp).not.toContainText('Navet');
  await checkAccessibility(page, 'assignment follow-up on Registrera (/registrera)');

  // On a phone: the page and its dialog fit 360 px without scrolling sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/uppdrag${DECEMBER}`);
  await expect(navetRow(page)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await saveScreenshot(page, 'assignments-3-phone');
  await checkAccessibility(page, 'assignments at 360 px (/uppdrag)');
});

/** A planner registers an assignment with its case number, and an audit report with a recommendation. */
test('a planner registers an assignment and an audit report with a recommendation', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, DEMO.administrator);
  await page.goto('/uppdrag?enhet=intraservice&period=2024-01');
  await page.getByRole('button', { name: 'Registrera uppdrag' }).click();
  const dialog = page.getByRole('dialog', { name: 'Registrera uppdrag' });
  await dialog
    .getByRole('textbox', { name: 'Uppdrag' })
    .fill('Nämnden för Intraservice får i uppdrag att utreda e-arkiv.');
  await fillDate(dialog, 'Slutdatum', '2024-06-30');
  // Enter in a field saves the form, as in any form.
  await dialog.getByRole('textbox', { name: 'Diarienummer' }).fill('SLK-2024-00042');
  await dialog.getByRole('textbox', { name: 'Diarienummer' }).press('Enter');
  await expect(dialog).toBeHidden();
  const table = page.getByRole('table', { name: 'Uppdrag till Nämnden för Intraservice' });
  await expect(table.getByRole('row', { name: /utreda e-arkiv/ })).toContainText('SLK-2024-00042');

  await page.getByRole('button', { name: 'Registrera revisionsrapport' }).click();
  const report = page.getByRole('dialog', { name: 'Registrera revisionsrapport' });
  await report.getByRole('textbox', { name: 'Rapportens titel' }).fill('Granskning av informationssäkerhet');
  await fillDate(report, 'Datum', '2024-01-15');
  await report.getByRole('button', { name: 'Spara' }).click();
  await expect(report).toBeHidden();
  const article = page.getByRole('article', { name: 'Granskning av informationssäkerhet' });
  await article.getByRole('button', { name: /Lägg till rekommendation/ }).click();
  const recommendation = page.getByRole('dialog', { name: 'Lägg till rekommendation' });
  await recommendation.getByRole('textbox', { name: 'Rekommendation' }).fill('Säkerställ behörighetsstyrning');
  await recommendation.getByRole('textbox', { name: 'Nämndens åtgärd' }).fill('Ny rutin för behörigheter');
  await recommendation.getByRole('textbox', { name: /ansvarig \(namn/ }).fill('IT-chef');
  await fillDate(recommendation, 'Klart senast', '2024-03-31');
  await recommendation.getByRole('button', { name: 'Spara' }).click();
  await expect(recommendation).toBeHidden();
  await expect(article).toContainText('Ny rutin för behörigheter');
  await expect(article).toContainText('Ansvarig: IT-chef');
  await saveScreenshot(page, 'assignments-4-registered');
  await checkAccessibility(page, 'assignments with a new audit report (/uppdrag)');
});
