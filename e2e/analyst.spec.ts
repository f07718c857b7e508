import { expect, test } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { DEMO, signIn } from './support/app';

/** An analyst assesses a goal for May 2023, and the overview counts it. */
test('an analyst sets a goal assessment and the overview counts it', async ({ page }) => {
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
});
