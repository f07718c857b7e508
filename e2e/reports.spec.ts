import { expect, test } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { DEMO, signIn } from './support/app';

/**
 * Nämnden för Intraservice's reports: an analyst creates the interim report of March 2023;
 * opens the May 2023 monthly report (a draft in the demo data with source 000's texts),
 * writes the summary and submits it; the department head approves it, and it shows as frozen.
 * Its generated values and demo risk valuations are marked, its result is the stored one.
 */
test('an analyst creates a report, writes and submits the May 2023 report, the department head approves it and it is frozen', async ({
  page,
  browser,
}) => {
  // Two accounts, each report read compiles it from the data: longer than a one-page journey.
  test.setTimeout(180_000);
  await signIn(page, DEMO.analyst);
  await page.goto('/rapporter?enhet=intraservice&period=2023-05');
  await expect(page.getByRole('heading', { name: 'Rapporter', level: 1 })).toBeVisible();
  await checkAccessibility(page, 'reports list (/rapporter, analyst)');
  await page.getByRole('button', { name: 'Ny rapport' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny rapport för Nämnden för Intraservice' });
  await dialog.getByRole('combobox', { name: 'Rapporttyp' }).click();
  await page.getByRole('option', { name: 'Delårsrapport mars' }).click();
  await saveScreenshot(page, 'reports-1-create-dialog');
  await checkAccessibility(page, 'create report dialog');
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByRole('heading', { name: 'Delårsrapport mars 2023', level: 1 })).toBeVisible();

  await page.getByRole('link', { name: 'Alla rapporter' }).click();
  await page.getByRole('link', { name: 'Månadsrapport maj 2023' }).click();
  await expect(page.getByRole('heading', { name: 'Månadsrapport maj 2023', level: 1 })).toBeVisible();
  await expect(page.getByText('Förvaltningen redovisar oförändrad måluppfyllelse').first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Innehåll' })).toContainText('Portfölj och projekt');
  await expect(page.getByRole('table', { name: /Medarbetare: Indikator \(Månad\)/ })).toContainText('5,9 %');
  // Figures the demo data made up are marked as on the other pages, and the result is the stored one.
  await expect(page.getByRole('table', { name: /Medarbetare: Indikator \(Månad\)/ })).toContainText('1,7 % *');
  await expect(page.getByText(/Genererat värde: fyller ut serien/).first()).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Risker' }).getByRole('cell', { name: '12 (demovärde)' }).first(),
  ).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: 'Resultat per verksamhetsområde, tkr' })
      .getByRole('row', { name: /^Resultat, tkr/ }),
  ).toContainText('12 490');
  await expect(page.getByRole('link', { name: 'Ladda ner PDF' })).toHaveAttribute(
    'href',
    /\/api\/reports\/\d+\/export\.pdf$/,
  );

  await page.getByRole('button', { name: 'Redigera analys: Sammanfattning' }).click();
  const editor = page.getByRole('textbox', { name: 'Analystext för Sammanfattning (Markdown)' });
  await editor.fill(
    'Förvaltningen redovisar oförändrad måluppfyllelse jämfört med delårsrapport mars.\n\n- Sjukfrånvaron ökar något till 5,9 %',
  );
  await page.getByRole('button', { name: 'Fetstil' }).click();
  await checkAccessibility(page, 'report section editor');
  await page.getByRole('button', { name: 'Spara utkast' }).click();
  await expect(page.getByText('Sjukfrånvaron ökar något till 5,9 %').first()).toBeVisible();
  await expect(page.getByText(/Skriven av .*Analytiker/i).first()).toBeVisible();
  await saveScreenshot(page, 'reports-2-draft');
  await checkAccessibility(page, 'report page (/rapporter/:id, analyst)');
  const reportUrl = page.url();

  await page.getByRole('button', { name: 'Skicka in' }).click();
  const submitting = page.getByRole('dialog', { name: 'Skicka in rapporten för fastställande?' });
  await checkAccessibility(page, 'submit confirmation');
  await submitting.getByRole('button', { name: 'Skicka in' }).click();
  await expect(page.getByText('Inskickad').first()).toBeVisible();
  await expect(page.getByText(/^Inskickad för fastställande: /)).toBeVisible();
  await expect(page.getByText(/^Utkast: /)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Fastställ' })).toHaveCount(0);

  // The department head approves, as in a Swedish administration; an administrator could too.
  const departmentHeadContext = await browser.newContext();
  const departmentHead = await departmentHeadContext.newPage();
  await signIn(departmentHead, DEMO.departmentHead);
  await departmentHead.goto(reportUrl);
  await departmentHead.getByRole('button', { name: 'Fastställ' }).click();
  await departmentHead
    .getByRole('dialog', { name: 'Fastställa rapporten?' })
    .getByRole('button', { name: 'Fastställ' })
    .click();
  await expect(departmentHead.getByText(/^Fastställd \d{4}-\d{2}-\d{2} av .*, siffrorna är frysta\.$/)).toBeVisible();
  await expect(departmentHead.getByRole('button', { name: /Redigera analys/ })).toHaveCount(0);
  await saveScreenshot(departmentHead, 'reports-3-approved');
  await checkAccessibility(departmentHead, 'approved report (/rapporter/:id, department head)');
  await departmentHeadContext.close();
});
