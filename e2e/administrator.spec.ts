import { expect, test } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { DEMO, openFromMenu } from './support/app';

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

  // However many pages the roles bring, the main navigation stays in one row in view at 1366 px.
  await page.setViewportSize({ width: 1366, height: 768 });
  const navigationTabs = await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('tab').all();
  const boxes = await Promise.all(navigationTabs.map((tab) => tab.boundingBox()));
  expect(boxes.every((box) => box !== null && box.x + box.width <= 1366 && box.y === boxes[0]!.y)).toBe(true);

  await openFromMenu(page, 'Administration', 'Användare');
  await expect(page.getByRole('heading', { name: 'Användare', level: 1 })).toBeVisible();
  await expect(page.getByRole('table')).toContainText(DEMO.departmentHead.email);
  await saveScreenshot(page, 'administrator-2-users');
  await checkAccessibility(page, 'users (/anvandare)');

  await openFromMenu(page, 'Administration', 'Granskningslogg');
  await expect(page.getByRole('heading', { name: 'Granskningslogg', level: 1 })).toBeVisible();
  await expect(page.getByRole('table').or(page.getByText('Inga ändringar matchar filtret.')).first()).toBeVisible();
  await saveScreenshot(page, 'administrator-3-audit-log');
  await checkAccessibility(page, 'audit log (/granskningslogg)');
});
