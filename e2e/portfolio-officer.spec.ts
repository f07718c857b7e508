import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { DEMO, signIn } from './support/app';
import { focusedName, tabTo } from './support/keyboard';

/** The month a status update filed today belongs to, as the period parameter names it. */
function currentPeriod(): string {
  const today = new Date();
  return `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}`;
}

async function openProject(page: Page, name: string): Promise<void> {
  await page.goto(`/portfolj?enhet=intraservice&period=${currentPeriod()}`);
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

/**
 * Journey 2: the portfolio office files a status update with a project red on time. The form will not take a
 * red without cause and action; once filed, the overview's red projects list the project;
 * a colleague who had the same form open is told that a status update came in meanwhile.
 */
test('a portfolio officer files a project red on time with cause and action, and a second editor gets the conflict', async ({
  page,
  browser,
}) => {
  const project = 'Införa stöd för dokument och ärendehantering';
  await signIn(page, DEMO.portfolioOfficer);
  await openProject(page, project);
  await saveScreenshot(page, 'portfolio-officer-1-project');
  await checkAccessibility(page, 'project (/portfolj/projekt/:id)');

  // A colleague opens the same form at the same time, in a browser of their own.
  const colleagueContext = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'sv-SE' });
  const colleague = await colleagueContext.newPage();
  await signIn(colleague, DEMO.portfolioOfficer);
  await openProject(colleague, project);
  await colleague.getByRole('button', { name: 'Ny statusrapport' }).click();

  await page.getByRole('button', { name: 'Ny statusrapport' }).click();
  const form = page.getByRole('dialog', { name: `Ny statusrapport: ${project}` });
  await form.getByRole('group', { name: 'Tid' }).getByRole('button', { name: 'röd' }).click();
  await form.getByRole('group', { name: 'Kostnad' }).getByRole('button', { name: 'grön' }).click();
  await form.getByRole('group', { name: 'Resultat' }).getByRole('button', { name: 'grön' }).click();
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form.getByRole('textbox', { name: 'Orsak (tid)' })).toHaveAccessibleDescription(
    'Ange orsak när statusen är gul eller röd.',
  );
  await expect(form.getByRole('textbox', { name: 'Åtgärd (tid)' })).toHaveAccessibleDescription(
    'Ange åtgärd när statusen är gul eller röd.',
  );
  await saveScreenshot(page, 'portfolio-officer-2-cause-required');
  await checkAccessibility(page, 'status update dialog with field errors');

  await form.getByRole('textbox', { name: 'Orsak (tid)' }).fill('Leverantören har inte levererat integrationen.');
  await form
    .getByRole('textbox', { name: 'Åtgärd (tid)' })
    .fill('Eskalerat till leverantörens ledning; ny plan i december.');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText('Leverantören har inte levererat integrationen.')).toBeVisible();

  await page.goto(`/oversikt?enhet=intraservice&period=${currentPeriod()}`);
  await expect(page.getByRole('region', { name: 'Projekt med röd status' })).toContainText(project);
  await saveScreenshot(page, 'portfolio-officer-3-overview-red-projects');

  // The colleague's form was opened on the status update before: saving it is refused, not lost.
  const colleagueForm = colleague.getByRole('dialog', { name: `Ny statusrapport: ${project}` });
  await colleagueForm.getByRole('group', { name: 'Tid' }).getByRole('button', { name: 'grön' }).click();
  await colleagueForm.getByRole('group', { name: 'Kostnad' }).getByRole('button', { name: 'grön' }).click();
  await colleagueForm.getByRole('group', { name: 'Resultat' }).getByRole('button', { name: 'grön' }).click();
  await colleagueForm.getByRole('button', { name: 'Spara' }).click();
  await expect(colleagueForm).toContainText('Någon annan har sparat en ändring sedan du öppnade formuläret.');
  await expect(colleagueForm).toContainText('tid röd');
  await saveScreenshot(colleague, 'portfolio-officer-4-conflict');
  await colleagueContext.close();
});

/** Journey 2 with the keyboard alone: the status update is filed without a mouse. */
test('a portfolio officer files a status update with the keyboard alone', async ({ page }) => {
  const project = 'Införande av virtuell klient';
  await signIn(page, DEMO.portfolioOfficer);
  await openProject(page, project);

  await tabTo(page, 'Ny statusrapport');
  await page.keyboard.press('Enter');
  const form = page.getByRole('dialog', { name: `Ny statusrapport: ${project}` });
  await expect(form).toBeVisible();
  // Time yellow: Tab reaches a dimension's colours, the arrow keys move among them, Space picks one.
  await tabTo(page, 'grön');
  await page.keyboard.press('ArrowRight');
  expect(await focusedName(page)).toBe('gul');
  await page.keyboard.press('Space');
  await expect(form.getByRole('textbox', { name: 'Orsak (tid)' })).toBeVisible();
  await tabTo(page, 'Orsak (tid)');
  await page.keyboard.type('Testmiljön blev klar två veckor sent.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Utrullningen flyttas till januari.');
  await tabTo(page, 'Spara');
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  await expect(page.getByText('Testmiljön blev klar två veckor sent.')).toBeVisible();
  await saveScreenshot(page, 'portfolio-officer-5-keyboard-status-update-filed');
});
