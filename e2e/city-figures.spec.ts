import { expect, test } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { chooseOrgUnit, DEMO, expectNoSidewaysScroll, signIn } from './support/app';

/**
 * The city's key figures (issue 18, point 3): Göteborgs Stad keeps no key indicators of its
 * own, so its tiles are its committees' figures rolled up as each indicator says, and each
 * tile says so. Only reads: the figures of other journeys are left as they are.
 */
test("the city's key indicators are its committees' figures rolled up, each tile saying how and from whom", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, DEMO.departmentHead);
  await chooseOrgUnit(page, 'Göteborgs Stad');
  await expect(page.getByText('Göteborgs Stad med underliggande enheter, läget i maj 2023.')).toBeVisible();
  const tiles = page.getByRole('region', { name: 'Nyckeltal' });
  const sickLeave = tiles.getByRole('article', { name: 'Sjukfrånvaro' });
  await expect(sickLeave).toContainText(/Medelvärde av 1 enhet: Nämnden för Intraservice/);
  const payslips = tiles.getByRole('article', { name: 'Lönespecifikationer' });
  await expect(payslips).toContainText(/Summerat från 1 enhet: Nämnden för Intraservice/);
  // Customer satisfaction is listed unit by unit, never averaged.
  const satisfaction = tiles.getByRole('article', { name: 'Nöjd Kund Index (NKI)' });
  await expect(satisfaction).toContainText('Per enhet, 1 enhet');
  await expect(satisfaction.getByRole('listitem').first()).toContainText('Nämnden för Intraservice');
  await sickLeave.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'city-figures-1-key-indicators');
  await checkAccessibility(page, 'key indicators rolled up (Översikt, Göteborgs Stad)');
});

/**
 * Issue 18, point 13: however many pages an administrator's roles bring, the app bar is one
 * row at 1366 px; the user's name, language and signing out are one account menu.
 */
test("the administrator's app bar is one row at 1366 px, its account menu usable by keyboard", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, DEMO.administrator);
  const bar = page.getByRole('banner');
  const account = bar.getByRole('button', { name: /^Konto: / });
  await expect(account).toBeVisible();
  // One toolbar row is 64 px; a second row made it 120.
  const box = (await bar.boundingBox())!;
  expect(box.height).toBeLessThanOrEqual(72);
  const accountBox = (await account.boundingBox())!;
  expect(accountBox.x + accountBox.width).toBeLessThanOrEqual(1366);
  const lastTab = (await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('tab').last().boundingBox())!;
  expect(Math.abs(accountBox.y + accountBox.height / 2 - (lastTab.y + lastTab.height / 2))).toBeLessThan(12);
  await saveScreenshot(page, 'city-figures-2-admin-bar-1366');

  await account.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitemradio', { name: 'Svenska' })).toHaveAttribute('aria-checked', 'true');
  await expect(menu.getByRole('menuitem', { name: 'Logga ut' })).toBeVisible();
  await saveScreenshot(page, 'city-figures-3-account-menu');
  await checkAccessibility(page, 'account menu (app bar)');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(account).toBeFocused();

  await page.setViewportSize({ width: 360, height: 740 });
  await expect(account).toBeVisible();
  await expectNoSidewaysScroll(page);
  await saveScreenshot(page, 'city-figures-4-admin-bar-360');
});
