import { expect, test } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { DEMO } from './support/app';

/** The sign-in page, and the administrator's pages: users and roles, and the audit log. */
test('the sign-in page and an administrator’s users and audit log pages', async ({ page }) => {
  await page.goto('/logga-in');
  await expect(page.getByRole('heading', { name: 'Logga in', level: 1 })).toBeVisible();
  // The demo accounts are listed (and only then) because the demo data is loaded.
  await expect(page.getByRole('table', { name: 'Demokonton' })).toContainText(DEMO.administrator.email);
  await saveScreenshot(page, 'administrator-1-sign-in');
  await checkAccessibility(page, 'sign-in (/logga-in)');

  await page.getByLabel('E-post').fill(DEMO.administrator.email);
  await page.getByLabel('Lösenord').fill(DEMO.administrator.password);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await expect(page).toHaveURL(/\/oversikt/);

  await page.getByRole('tab', { name: 'Användare' }).click();
  await expect(page.getByRole('heading', { name: 'Användare', level: 1 })).toBeVisible();
  await expect(page.getByRole('table')).toContainText(DEMO.departmentHead.email);
  await saveScreenshot(page, 'administrator-2-users');
  await checkAccessibility(page, 'users (/anvandare)');

  await page.getByRole('tab', { name: 'Granskningslogg' }).click();
  await expect(page.getByRole('heading', { name: 'Granskningslogg', level: 1 })).toBeVisible();
  await expect(page.getByRole('table').or(page.getByText('Inga ändringar matchar filtret.')).first()).toBeVisible();
  await saveScreenshot(page, 'administrator-3-audit-log');
  await checkAccessibility(page, 'audit log (/granskningslogg)');
});

/** Administration → Perspektiv: this year's list (the demo data has the five), its dialog, an empty year, and 360 px. */
test('an administrator’s perspectives page', async ({ page }) => {
  await page.goto('/logga-in');
  await page.getByLabel('E-post').fill(DEMO.administrator.email);
  await page.getByLabel('Lösenord').fill(DEMO.administrator.password);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await expect(page).toHaveURL(/\/oversikt/);
  await page.setViewportSize({ width: 1366, height: 900 });

  await page.getByRole('tab', { name: 'Perspektiv' }).click();
  await expect(page.getByRole('heading', { name: 'Perspektiv', level: 1 })).toBeVisible();
  // All fifteen of the administrator's pages are in view at 1366 px, the last one too.
  await expect(page.getByRole('tab', { name: 'Granskningslogg' })).toBeInViewport({ ratio: 1 });
  const thisYear = new Date().getFullYear();
  const list = page.getByRole('list', { name: `Perspektiven ${thisYear}` });
  await expect(list.getByRole('heading')).toHaveText([
    '1. Kund och ägare',
    '2. Medarbetare',
    '3. Process',
    '4. Ekonomi',
    '5. Hållbarhet',
  ]);
  await saveScreenshot(page, 'administrator-4-perspectives');
  await checkAccessibility(page, 'perspectives (/administration/perspektiv)');
  await page.getByRole('button', { name: 'Ändra Medarbetare' }).click();
  await expect(page.getByRole('dialog', { name: `Ändra Medarbetare (${thisYear})` })).toBeVisible();
  await checkAccessibility(page, 'perspective dialog');
  await page.getByRole('button', { name: 'Avbryt' }).click();
  await page.goto(`/administration/perspektiv?ar=${thisYear + 2}`);
  await expect(page.getByRole('button', { name: 'Kopiera från föregående år' })).toBeVisible();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/administration/perspektiv?ar=${thisYear}`);
  await expect(page.getByRole('list', { name: `Perspektiven ${thisYear}` })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await checkAccessibility(page, 'perspectives at 360 px');
});
