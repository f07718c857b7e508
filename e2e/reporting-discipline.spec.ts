import { expect, test } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { DEMO, expectNoSidewaysScroll, signIn } from './support/app';

/**
 * The department head asks who has reported on time in 2023: the units of Intraservice per
 * period (on time, late, missing, in counts and words), the units and people most behind, and the
 * missing items, each a link to where it is done; in Swedish at 1366 px, in English at 360 px,
 * the table scrolled sideways by keyboard.
 */
test('a department head reads who reported on time, late or not at all over 2023', async ({ page }) => {
  // Two languages, two widths, four accessibility checks: more than a minute on two busy cores.
  test.slow();
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, DEMO.departmentHead);
  await page.getByRole('tab', { name: 'Inrapportering' }).click();
  await expect(page.getByRole('heading', { name: 'Inrapportering i tid', level: 1 })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'År' })).toHaveText('2023');

  const matrix = page.getByRole('table', { name: 'Inrapportering per enhet och period 2023' });
  await expect(matrix).toBeVisible();
  // Every month of 2023 has ended and its deadline has passed: none is in progress.
  await expect(matrix.getByRole('columnheader', { name: /maj 2023/ })).toBeVisible();
  await expect(matrix.getByRole('columnheader', { name: /pågår/ })).toHaveCount(0);
  const committee = matrix.getByRole('row', { name: /^Nämnden för Intraservice/ });
  await expect(committee).toBeVisible();
  // The demo's figures were reported five days after their period: May's are on time.
  await expect(committee).toContainText(/\d+ i tid/);
  await expect(page.getByRole('region', { name: 'Året i siffror' })).toContainText(/\d+ i tid/);

  const unitsBehind = page.getByRole('table', { name: 'Enheter med flest saknade och sena rapporteringar' });
  await expect(unitsBehind.getByRole('row').nth(1)).toBeVisible();
  const ownersBehind = page.getByRole('table', { name: 'Ansvariga med flest saknade och sena rapporteringar' });
  await expect(ownersBehind.getByRole('row').nth(1)).toBeVisible();

  const missing = page.getByRole('table', { name: 'Det som inte är rapporterat fast sista dagen har passerat' });
  const firstMissing = missing.getByRole('link').first();
  await expect(firstMissing).toHaveAttribute('href', /^\/(registrera|uppdrag|rapporter|portfolj|mal)/);
  await saveScreenshot(page, 'reporting-discipline-1-1366');
  await checkAccessibility(page, 'reporting discipline (/inrapportering, department head)');
  await page.getByRole('region', { name: /^Det som saknas/ }).scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'reporting-discipline-2-missing-1366');

  // Another year from the picker, kept in the address.
  await page.getByRole('combobox', { name: 'År' }).click();
  await page.getByRole('option', { name: '2022' }).click();
  await expect(page).toHaveURL(/ar=2022/);
  await expect(page.getByRole('heading', { name: 'Inrapportering i tid', level: 1 })).toBeVisible();

  // In English at 360 px: the page does not scroll sideways, the table does in its own box.
  await page.getByRole('button', { name: /^Konto:/ }).click();
  await page.getByRole('menuitemradio', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: /^Account:/ })).toBeVisible();
  await page.goto('/inrapportering?enhet=intraservice&period=2023-05');
  await page.setViewportSize({ width: 360, height: 800 });
  await expect(page.getByRole('heading', { name: 'Reporting on time', level: 1 })).toBeVisible();
  const englishMatrix = page.getByRole('table', { name: 'Reporting by unit and period 2023' });
  await expect(englishMatrix).toBeVisible();
  await expectNoSidewaysScroll(page);
  const scroller = page.getByRole('region', { name: /^Table of reporting by unit and period/ });
  await scroller.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => scroller.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  await saveScreenshot(page, 'reporting-discipline-3-360-en');
  await checkAccessibility(page, 'reporting discipline at 360 px, in English');
  await page.getByRole('region', { name: /^What is missing/ }).scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'reporting-discipline-4-missing-360-en');
});
