import { expect, test } from '@playwright/test';
import { saveScreenshot } from './support/artifacts';
import { DEMO } from './support/app';
import { focusedName, tabTo } from './support/keyboard';

/**
 * The department head's journey with the keyboard alone: sign in, move to the goals by the
 * main menu, open an indicator and switch to its table. No mouse, no clicks.
 */
test('a department head signs in and reaches an indicator’s table with the keyboard alone', async ({ page }) => {
  await page.goto('/logga-in');
  // The email field has focus when the page opens.
  await expect(page.getByLabel('E-post')).toBeFocused();
  await page.keyboard.type(DEMO.departmentHead.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(DEMO.departmentHead.password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/oversikt/);
  await expect(page.getByRole('heading', { name: 'Översikt', level: 1 })).toBeVisible();

  // The first Tab offers the skip link; the main menu is a row of tabs, moved along with arrows.
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toBe('Hoppa till innehållet');
  await tabTo(page, 'Översikt');
  await page.keyboard.press('ArrowRight');
  expect(await focusedName(page)).toBe('Mål och indikatorer');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/mal/);
  await expect(page.getByRole('heading', { name: 'Mål och indikatorer', level: 1 })).toBeVisible();

  await tabTo(page, 'Sjukfrånvaro', 200);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Sjukfrånvaro', level: 1 })).toBeVisible();

  await tabTo(page, 'Diagram');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/visa=tabell/);
  await expect(page.getByRole('table', { name: 'Sjukfrånvaro', exact: true })).toBeVisible();
  await saveScreenshot(page, 'keyboard-1-indicator-table');
});
