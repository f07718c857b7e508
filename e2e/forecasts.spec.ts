import { expect, test } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { DEMO, signIn } from './support/app';

/**
 * An analyst asks how good the forecasts of 2022 were, follows an indicator to its projection
 * of 2023 beside the entered forecast, and opens a financial line's forecast by round on Ekonomi.
 */
test('an analyst reads the forecast accuracy of 2022, a projection and a financial line by round', async ({ page }) => {
  await signIn(page, DEMO.analyst);
  await page.getByRole('tab', { name: 'Prognoser' }).click();
  await expect(page.getByRole('heading', { name: 'Prognosträffsäkerhet', level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'År' })).toHaveText('2022');
  // Three indicators have a reported 2022 outcome: NKI 66,9 against 67, Avtalsföljsamhet 99,2 against
  // 98 and Inköpsvolym 755 against 650 mnkr (000, 001): 0,1 %, 1,2 % and 13,9 %, on average 5,1 %.
  const summary = page.getByRole('region', { name: 'Genomsnittligt relativt fel (MAPE)' });
  await expect(summary).toContainText('5,1 %');
  await expect(summary).toContainText('räknat på 3 prognoser med rapporterat utfall');
  const purchases = page.getByRole('row', { name: /^Inköpsvolym/ });
  await expect(purchases).toContainText('755 mnkr');
  await expect(purchases).toContainText('fel −105 (13,9 %)');
  await saveScreenshot(page, 'forecasts-1-accuracy');
  await checkAccessibility(page, 'forecast accuracy (/prognoser, analyst)');
  await summary.getByRole('tab', { name: 'Tabell' }).click();
  await expect(summary.getByRole('row', { name: /Prognos 2022 \(verksamhetsplan 2023\)/ })).toContainText('5,1 %');

  await page.getByRole('link', { name: 'Lönespecifikationer' }).click();
  const projection = page.getByRole('region', { name: 'Statistisk prognos för helåret 2023' });
  await expect(projection).toContainText('Metod: säsongsprofil');
  await expect(projection).toContainText('710 000');
  await expect(projection.getByRole('alert')).toContainText('inom 10 %');
  await saveScreenshot(page, 'forecasts-2-projection');
  await checkAccessibility(page, 'indicator with projection (/indikatorer, analyst)');

  await page.getByRole('tab', { name: 'Ekonomi' }).click();
  const costs = page.getByRole('button', { name: 'Visa prognoser för Verksamhetens kostnader' });
  await costs.click();
  await expect(costs).toHaveAttribute('aria-pressed', 'true');
  const byRound = page.getByRole('region', { name: 'Verksamhetens kostnader: prognos per prognosomgång 2023' });
  await expect(byRound.getByRole('row', { name: /Prognos maj 2023/ })).toContainText('+6 904');
  await expect(page).toHaveURL(/prognoser=/);
  await saveScreenshot(page, 'forecasts-3-economy-line');
  await checkAccessibility(page, 'economy with a line by round (/ekonomi, analyst)');
});
