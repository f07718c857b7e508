import { expect, test } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { DEMO, signIn } from './support/app';

/** An analyst assesses a goal for May 2023, and the overview counts it. */
test('an analyst sets a goal assessment and the overview counts it', async ({ page }) => {
  // Four pages, each checked with axe, and Registrera's leave dialog: more than a minute on two busy cores.
  test.setTimeout(180_000);
  await signIn(page, DEMO.analyst);
  await page.getByRole('tab', { name: 'Mål och indikatorer' }).click();
  await expect(page.getByRole('heading', { name: 'Mål och indikatorer', level: 1 })).toBeVisible();

  const goal = page
    .getByRole('article')
    .filter({ has: page.getByRole('button', { name: 'Bedöm' }) })
    .first();
  const goalTitle = (await goal.getByRole('heading', { level: 4 }).textContent()) ?? '';
  await goal.getByRole('button', { name: 'Bedöm' }).click();
  const dialog = page.getByRole('dialog', { name: 'Bedöm målet för maj 2023' });
  await expect(dialog).toContainText(goalTitle);
  await dialog.getByRole('combobox', { name: 'Bedömd måluppfyllelse' }).click();
  await page.getByRole('option', { name: 'Delvis uppfyllt' }).click();
  await dialog.getByRole('textbox', { name: 'Kommentar' }).fill('Sjukfrånvaron är högre än målet men sjunker.');
  await saveScreenshot(page, 'analyst-1-assessment-dialog');
  await checkAccessibility(page, 'goal assessment dialog (/mal, analyst)');
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await expect(dialog).toBeHidden();

  const assessed = page.getByRole('article', { name: goalTitle });
  await expect(assessed).toContainText('Delvis uppfyllt');
  await expect(assessed).toContainText('Sjukfrånvaron är högre än målet men sjunker.');
  await saveScreenshot(page, 'analyst-2-goal-assessed');
  await checkAccessibility(page, 'goals as an analyst (/mal)');

  await page.getByRole('tab', { name: 'Översikt' }).click();
  await expect(page.getByText('1 delvis uppfyllt')).toBeVisible();

  // The analyst's own page for the month's figures.
  await page.getByRole('tab', { name: 'Registrera' }).click();
  await expect(page.getByRole('heading', { name: 'Registrera värden', level: 1 })).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();
  await saveScreenshot(page, 'analyst-3-data-entry');
  await checkAccessibility(page, 'data entry (/registrera, analyst)');

  // An edit not saved: the save bar, in view at the bottom however long the grid, counts it,
  // and leaving by the menu asks first. Nothing is saved (other journeys read these figures).
  const firstOutcome = page.getByRole('textbox', { name: /^Utfall, / }).first();
  const typed = `${(await firstOutcome.inputValue()) || ''}1`;
  await firstOutcome.fill(typed);
  const saveBar = page.getByRole('region', { name: 'Spara ändringar' });
  await expect(saveBar.getByRole('status')).toHaveText('1 osparad ändring');
  await expect(saveBar).toBeInViewport();
  await saveScreenshot(page, 'analyst-3b-save-bar');
  await page.getByRole('tab', { name: 'Översikt' }).click();
  const leave = page.getByRole('dialog', { name: 'Lämna sidan utan att spara?' });
  await expect(leave).toBeVisible();
  await checkAccessibility(page, 'leave with unsaved edits (/registrera, analyst)');
  await leave.getByRole('button', { name: 'Stanna kvar' }).click();
  await expect(page).toHaveURL(/\/registrera/);
  await expect(firstOutcome).toHaveValue(typed);
  await page.getByRole('tab', { name: 'Översikt' }).click();
  await page
    .getByRole('dialog', { name: 'Lämna sidan utan att spara?' })
    .getByRole('button', { name: 'Lämna utan att spara' })
    .click();
  await expect(page).toHaveURL(/\/oversikt/);
});

/** An analyst imports a small file on Registrera: the preview, the commit, the value on the grid. */
test('an analyst imports values from a CSV file and sees them on the grid', async ({ page }) => {
  await signIn(page, DEMO.analyst);
  await page.getByRole('tab', { name: 'Registrera' }).click();
  await page.getByRole('button', { name: 'Importera' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importera värden från fil' });
  await expect(dialog.getByRole('list', { name: 'Obligatoriska kolumner' })).toContainText('Utfall');
  await expect(dialog.getByRole('list', { name: /^Valfria kolumner/ })).toContainText('Prognos helår');
  await checkAccessibility(page, 'import dialog (/registrera, analyst)');

  // The optional columns (Periodmål, Årsmål, Prognos helår) left out.
  const file = [
    'Enhetskod;Indikatorkod;Indikator;Period;Utfall;Kommentar',
    'intraservice;;IT-elevdatorer;2023-05;12 345;Inläst från fil',
    'intraservice;OKAND;;2023-05;1;',
  ].join('\r\n');
  await dialog.getByLabel('Välj fil …').setInputFiles({
    name: 'varden.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${file}`, 'utf8'),
  });
  await expect(dialog.getByText('varden.csv: 2 rader')).toContainText('1 nya, 0 ändrade, 0 oförändrade, 1 ogiltiga');
  const preview = dialog.getByRole('table', { name: 'Förhandsgranskning av varden.csv' });
  await expect(preview.getByRole('row').nth(1)).toContainText('Ny');
  await expect(preview.getByRole('row').nth(1)).toContainText('Utfall: (tomt) → 12 345');
  await expect(preview.getByRole('row').nth(2)).toContainText('Indikatorkod: Enheten har ingen indikator');
  await saveScreenshot(page, 'analyst-4-import-preview');
  await checkAccessibility(page, 'import preview (/registrera, analyst)');

  await dialog.getByRole('button', { name: 'Spara 1 rad' }).click();
  await expect(dialog).toContainText('1 värde sparat.');
  await dialog.getByRole('button', { name: 'Stäng' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('textbox', { name: /^Utfall, IT-elevdatorer/ })).toHaveValue(/^12\s345$/);
  await saveScreenshot(page, 'analyst-5-imported-value');
});
