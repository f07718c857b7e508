import { expect, test } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { DEMO, expectNoSidewaysScroll, openFromMenu, signIn } from './support/app';
import { tabTo } from './support/keyboard';

/** The month under way, as the period parameter names it: a move made today belongs to it. */
function currentPeriod(): string {
  const today = new Date();
  return `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}`;
}

// A project of Kommunikation that no other journey asserts on; it moves today, so the views of
// May 2023 (which the other journeys read) must still show it, and the others, as they were then.
const PROJECT = 'Ljudbibliotek för enklare film och animation i stadens mediabank';
const TELEPHONY = 'Upphandla och införa helhetslösning för telefoni';

/**
 * The portfolio office moves a project to another portfolio with a date and a reason; the move
 * is on the project's page and, with both portfolios' names, in the audit log; the May 2023
 * views still place the demo projects where they were then (telefoni in Kommunikation).
 */
test('a portfolio officer moves a project to another portfolio; its page and the audit log name both portfolios', async ({
  page,
  browser,
}) => {
  // Two sign-ins, a save and four accessibility checks.
  test.slow();
  await signIn(page, DEMO.portfolioOfficer);
  await page.goto(`/portfolj?enhet=intraservice&period=${currentPeriod()}`);
  await page.getByRole('link', { name: PROJECT, exact: true }).click();
  await expect(page.getByRole('heading', { name: PROJECT, level: 1 })).toBeVisible();
  await expect(page.getByText('Projektet har inte flyttats mellan portföljer.')).toBeVisible();

  // By keyboard: the action is a button among the project's actions.
  await tabTo(page, 'Flytta till portfölj');
  await page.keyboard.press('Enter');
  const form = page.getByRole('dialog', { name: `Flytta till portfölj: ${PROJECT}` });
  await expect(form).toBeVisible();
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form.getByRole('textbox', { name: 'Skäl' })).toHaveAccessibleDescription('Fyll i fältet.');
  await saveScreenshot(page, 'project-move-1-dialog-reason-required');
  await checkAccessibility(page, 'move project dialog with a field error');

  await form.getByRole('combobox', { name: 'Till portfölj' }).click();
  await page.getByRole('option', { name: 'Digital infrastruktur', exact: true }).click();
  await form.getByRole('textbox', { name: 'Skäl' }).fill('Mediabanken förvaltas av digital infrastruktur.');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form).toBeHidden();

  const history = page.getByRole('region', { name: 'Lägesändringar' });
  await expect(history).toContainText('Kommunikation → Digital infrastruktur');
  await expect(history).toContainText('Mediabanken förvaltas av digital infrastruktur.');
  await expect(page.getByRole('region', { name: 'Uppgifter' })).toContainText('Digital infrastruktur');
  await saveScreenshot(page, 'project-move-2-project-page-with-move');
  await checkAccessibility(page, 'project page with a move');

  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoSidewaysScroll(page);
  await saveScreenshot(page, 'project-move-3-project-page-360');
  await page.getByRole('button', { name: 'Flytta till portfölj' }).click();
  await expect(page.getByRole('dialog', { name: `Flytta till portfölj: ${PROJECT}` })).toBeVisible();
  await saveScreenshot(page, 'project-move-4-dialog-360');
  await checkAccessibility(page, 'move project dialog at 360 px');
  await page.keyboard.press('Escape');

  // The administrator reads the move in the audit log, by the names of both portfolios.
  const adminContext = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'sv-SE' });
  const admin = await adminContext.newPage();
  await signIn(admin, DEMO.administrator);
  await openFromMenu(admin, 'Administration', 'Granskningslogg');
  await admin.getByRole('combobox', { name: 'Typ av post' }).click();
  await admin.getByRole('option', { name: 'Flytt av projekt', exact: true }).click();
  const newest = admin.getByRole('table', { name: 'Granskningslogg' }).locator(':scope > tbody > tr').first();
  await expect(newest).toContainText(`${PROJECT}`);
  await expect(newest).toContainText('Kommunikation → Digital infrastruktur');
  await saveScreenshot(admin, 'project-move-5-audit-log');
  await checkAccessibility(admin, 'audit log of project moves');
  await adminContext.close();
});

/** The May 2023 views read as source 000: telefoni red in Kommunikation, Navet red and not yet closed. */
test('the May 2023 overview and board show the demo projects as they stood in May 2023', async ({ page }) => {
  test.slow();
  await signIn(page, DEMO.portfolioOfficer);
  await page.goto('/oversikt?enhet=intraservice&period=2023-05');
  const red = page.getByRole('region', { name: 'Projekt med röd status' });
  await expect(red).toContainText(TELEPHONY, { timeout: 30_000 });
  await expect(red).toContainText('Lansera digitala Navet');
  await saveScreenshot(page, 'project-move-6-overview-may-2023');

  await page.goto('/portfolj?enhet=intraservice&period=2023-05');
  const kommunikation = page.getByRole('region', { name: 'Kommunikation', exact: true });
  // The whole board of the committee is read at once: give it the time a loaded machine needs.
  await expect(kommunikation.getByRole('link', { name: TELEPHONY, exact: true })).toBeVisible({ timeout: 30_000 });
  // Moved today: in May 2023 the mediabank project was still Kommunikation's.
  await expect(kommunikation.getByRole('link', { name: PROJECT, exact: true })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Digital infrastruktur', exact: true }).getByRole('link', { name: TELEPHONY }),
  ).toHaveCount(0);
  await saveScreenshot(page, 'project-move-7-board-may-2023');
});
