import { expect, test } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { DEMO, openFromMenu, signIn } from './support/app';
import { dateField } from './support/date-fields';

const THRESHOLDS_FROM = 'Nya tröskelvärden gäller från och med';
const HISTORY = 'Tröskelvärden över tid';

/**
 * The administrator tightens Sjukfrånvaro's red threshold (Intraservice) from April 2023: the
 * months before keep the thresholds they were judged by, and the indicator's page shows both
 * sets. Red is only tightened, so May 2023, red already, stays red for the journeys after this.
 */
test('an administrator tightens an indicator’s thresholds from a month, and its page shows them over time', async ({
  page,
}) => {
  // A save, two reads of the indicator page and two accessibility checks on two busy cores.
  test.slow();
  await signIn(page, DEMO.administrator);
  await page.goto('/mal?enhet=intraservice&period=2023-05');
  await page.getByRole('link', { name: 'Sjukfrånvaro', exact: true }).first().click();
  await expect(page.getByRole('heading', { name: 'Sjukfrånvaro', level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: 'Tabell' }).first().click();
  const may = page.getByRole('table', { name: 'Sjukfrånvaro', exact: true }).getByRole('row', { name: /^maj 2023/ });
  await expect(may).toContainText('Når inte målet');
  // One set of thresholds has judged every value so far.
  await expect(page.getByRole('heading', { name: HISTORY })).toHaveCount(0);

  await openFromMenu(page, 'Administration', 'Indikatorer');
  await expect(page.getByRole('heading', { name: 'Indikatorer', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Ändra Sjukfrånvaro', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Ändra Sjukfrånvaro' });
  const red = dialog.getByRole('textbox', { name: 'Rött vid avvikelse över' });
  await expect(red).toHaveValue('5');
  await expect(dialog.getByText(THRESHOLDS_FROM)).toHaveCount(0);

  await red.fill('3');
  const from = dateField(dialog, THRESHOLDS_FROM);
  const months = from.getByRole('spinbutton');
  // Proposed: the month the period picker shows; typed over by keyboard, month then year.
  await expect(months).toHaveText(['maj', '2023']);
  await expect(from).toHaveAccessibleDescription(
    'Perioder före den månaden bedöms även i fortsättningen med de tröskelvärden som gällde då.',
  );
  await months.first().click();
  await months.first().pressSequentially('042023');
  await expect(months).toHaveText(['april', '2023']);
  await saveScreenshot(page, 'indicator-thresholds-1-dialog');
  await checkAccessibility(page, 'changed thresholds from a month (/administration/indikatorer, administrator)');
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await expect(dialog).toBeHidden();
  const library = page.getByRole('table', { name: 'Indikatorer' });
  await expect(
    library.getByRole('row').filter({ has: page.getByRole('link', { name: 'Sjukfrånvaro', exact: true }) }),
  ).toContainText('0 % / 3 % av målet');

  // Back to the page read before the change: it reads the indicator again.
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Sjukfrånvaro', level: 1 })).toBeVisible();
  const history = page.getByRole('table', { name: HISTORY });
  await expect(history.getByRole('row')).toHaveCount(3);
  // The header row, then oldest first.
  const fromStart = history.getByRole('row').nth(1);
  const fromApril = history.getByRole('row').nth(2);
  await expect(fromStart.getByRole('rowheader')).toHaveText('Från start');
  await expect(fromStart).toContainText('0 % / 5 % av målet');
  await expect(fromApril.getByRole('rowheader')).toHaveText('april 2023');
  await expect(fromApril).toContainText('0 % / 3 % av målet');
  await expect(fromApril).toContainText('Ada Administratör');
  await expect(may).toContainText('Når inte målet');
  await saveScreenshot(page, 'indicator-thresholds-2-history');
  await checkAccessibility(page, 'thresholds over time (/indikatorer/:id, administrator)');
});
