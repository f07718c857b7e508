import { expect, test } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { chooseOrgUnit, DEMO, signIn } from './support/app';

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

/** An administrator plans too: next year's target of an indicator on Målvärden och budget, at 1366 and 360 px. */
test('an administrator sets a target for next year on Målvärden och budget', async ({ page }) => {
  // Two screens, two axe runs and a save: more than the default minute on two shared cores.
  test.slow();
  await signIn(page, DEMO.administrator);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.getByRole('tab', { name: 'Målvärden' }).click();
  await expect(page.getByRole('heading', { name: 'Målvärden och budget', level: 1 })).toBeVisible();
  // The administrator's every page, Målvärden too, in view at 1366 px, and the page's own tab marked.
  await expect(page.getByRole('tab', { name: 'Granskningslogg' })).toBeInViewport({ ratio: 1 });
  await expect(
    page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('tab', { name: 'Målvärden' }),
  ).toHaveAttribute('aria-current', 'page');
  await chooseOrgUnit(page, 'Nämnden för Intraservice');
  await page.getByRole('combobox', { name: 'År' }).click();
  await page.getByRole('option', { name: '2024' }).click();
  const target = page.getByRole('textbox', { name: 'Årsmål 2024, Lönespecifikationer' });
  await target.fill('725 000');
  await target.press('Enter');
  await page.getByRole('button', { name: 'Spara 1 ändrad rad' }).click();
  await expect(page.getByText('1 rad sparad.')).toBeVisible();
  await expect(target).toHaveValue(/^725\s000$/);
  await saveScreenshot(page, 'administrator-4-targets');
  await checkAccessibility(page, 'targets (/malvarden)');

  await page.getByRole('tab', { name: 'Budget' }).click();
  // The switch lives in the URL (?underliggande=ja): it shows checked once the page has navigated.
  await page.getByLabel('Visa underliggande enheter').click();
  await expect(page.getByLabel('Visa underliggande enheter')).toBeChecked();
  await expect(
    page.getByRole('textbox', { name: /^Årsmål 2024, Resultat förvaltning – Digital infrastruktur$/ }),
  ).toBeVisible();
  await page.setViewportSize({ width: 360, height: 800 });
  await saveScreenshot(page, 'administrator-5-budget-360');
  await checkAccessibility(page, 'budget at 360 px (/malvarden?visa=budget)');
});
