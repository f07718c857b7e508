import { expect, test } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { DEMO, signIn } from './support/app';

/**
 * The plan as a document: the department head, a reader, downloads Intraservice's adopted 2023
 * plan from Verksamhetsplan as PDF and Word, at 1366 and 360 px. Nothing is written.
 */
test('a reader downloads the adopted plan as PDF and Word', async ({ page }) => {
  await signIn(page, DEMO.departmentHead);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/verksamhetsplan?enhet=intraservice&period=2023-05');
  await expect(
    page.getByRole('heading', { name: 'Verksamhetsplan 2023: Nämnden för Intraservice', level: 1 }),
  ).toBeVisible();
  const pdfLink = page.getByRole('link', { name: 'Ladda ner PDF' });
  const wordLink = page.getByRole('link', { name: 'Ladda ner Word' });
  await expect(pdfLink).toBeVisible();
  await expect(wordLink).toBeVisible();
  await saveScreenshot(page, 'plan-document-1-links');
  await checkAccessibility(page, 'plan downloads (/verksamhetsplan)');

  // The links answer the files with the reader's session, as the browser downloads them.
  const pdf = await page.request.get((await pdfLink.getAttribute('href'))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-disposition']).toContain(
    'filename="Verksamhetsplan-2023-Namnden-for-Intraservice.pdf"',
  );
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const word = await page.request.get((await wordLink.getAttribute('href'))!);
  expect(word.status()).toBe(200);
  expect((await word.body()).subarray(0, 2).toString('latin1')).toBe('PK');

  // A click downloads the file rather than leaving the page.
  const download = page.waitForEvent('download');
  await pdfLink.click();
  // The browser takes the name with å, ä and ö (RFC 5987's filename*).
  expect((await download).suggestedFilename()).toBe('Verksamhetsplan-2023-Nämnden-för-Intraservice.pdf');

  await page.setViewportSize({ width: 360, height: 800 });
  await expect(pdfLink).toBeInViewport();
  await saveScreenshot(page, 'plan-document-2-narrow');
});
