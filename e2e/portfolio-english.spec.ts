import { expect, test } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { DEMO, expectNoSidewaysScroll, signIn } from './support/app';

const TELEPHONY = 'Upphandla och införa helhetslösning för telefoni';

/**
 * The portfolio office's screens in English, read-only: the board by phase, the project page with
 * its split and merge actions, and the dialogs, at 1366 and 360 px, with no axe finding. (The
 * journeys that write run in Swedish; this one only opens and closes.)
 */
test('a portfolio officer works the board, the project page and its dialogs in English', async ({ page }) => {
  test.slow();
  await signIn(page, DEMO.portfolioOfficer);
  await page.getByRole('button', { name: /^Konto:/ }).click();
  await page.getByRole('menuitemradio', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: /^Account:/ })).toBeVisible();

  await page.goto('/portfolj?enhet=intraservice&period=2023-05');
  await expect(page.getByRole('heading', { name: 'Portfolio', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New portfolio' })).toBeVisible();
  await page.getByRole('button', { name: 'Board by phase' }).first().click();
  await expect(page).toHaveURL(/vy=fas/);
  await saveScreenshot(page, 'portfolio-english-1-board-by-phase');
  await checkAccessibility(page, 'portfolio board by phase, in English');

  await page.getByRole('link', { name: TELEPHONY, exact: true }).first().click();
  await expect(page.getByRole('heading', { name: TELEPHONY, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Split project' }).click();
  const split = page.getByRole('dialog', { name: `Split project: ${TELEPHONY}` });
  await expect(split.getByRole('group', { name: 'New project 1' })).toBeVisible();
  await saveScreenshot(page, 'portfolio-english-2-split-dialog');
  await checkAccessibility(page, 'split project dialog, in English');
  await page.keyboard.press('Escape');
  await expect(split).toBeHidden();

  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoSidewaysScroll(page);
  await page.getByRole('button', { name: 'Merge projects' }).click();
  const merge = page.getByRole('dialog', { name: `Merge projects: ${TELEPHONY}` });
  await expect(merge).toBeVisible();
  await saveScreenshot(page, 'portfolio-english-3-merge-dialog-360');
  await checkAccessibility(page, 'merge projects dialog at 360 px, in English');
  await page.keyboard.press('Escape');
  await expect(merge).toBeHidden();
  await saveScreenshot(page, 'portfolio-english-4-project-page-360');
  await checkAccessibility(page, 'project page at 360 px, in English');
});
