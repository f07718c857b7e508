import { expect, test } from '@playwright/test';
import { DEMO, signIn } from './support/app';

/**
 * The app starts with the first page's Swedish strings and fetches the rest beside it
 * (apps/web/src/i18n/first-page-sv.ts). With the rest held back, the overview and the shell
 * around it must still have a string for every key (a missing one shows as its key, and the app
 * says so in the console), and another page must wait for the rest rather than show keys.
 */
test('the overview needs none of the strings fetched after it, and another page waits for them', async ({ page }) => {
  await signIn(page, DEMO.departmentHead);
  const missing: string[] = [];
  page.on('console', (message) => {
    if (message.text().startsWith('Missing translation')) missing.push(message.text());
  });
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let heldBack = false;
  await page.route('**/assets/all-swedish-strings-*.js', async (route) => {
    heldBack = true;
    await held;
    await route.continue();
  });

  await page.goto('/oversikt');
  await expect(page.getByRole('heading', { name: 'Översikt', level: 1 })).toBeVisible();
  const sickLeave = page.getByRole('article', { name: 'Sjukfrånvaro' });
  await expect(sickLeave).toContainText('Når inte målet');
  await expect(page.getByRole('region', { name: 'Projekt med röd status' })).toContainText('Lansera digitala Navet');
  await expect(page.getByRole('region', { name: 'Behöver uppmärksamhet' })).toBeVisible();
  await expect(page.getByRole('tab', { name: /^Att göra/ })).toBeVisible();
  await page.getByRole('button', { name: /^Konto:/ }).click();
  await expect(page.getByRole('menuitem', { name: 'Min sida' })).toBeVisible();
  await page.keyboard.press('Escape');
  expect(heldBack).toBe(true);
  expect(missing).toEqual([]);

  // Risker cannot render its strings yet: it waits for them (App.tsx's lazyPage), not shows keys.
  await page.getByRole('tab', { name: 'Risker' }).click();
  release();
  await expect(page.getByRole('heading', { name: 'Risker och internkontroll', level: 1 })).toBeVisible();
  expect(missing).toEqual([]);
});
