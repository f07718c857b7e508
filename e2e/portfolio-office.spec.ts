import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { DEMO, expectNoSidewaysScroll, signIn } from './support/app';
import { dateField, fillDate } from './support/date-fields';

// Avdelningen Uppdrag has no demo portfolio and no other journey asserts on it, so what this
// journey creates there changes nothing another journey reads.
const UNIT = 'uppdrag';
const PORTFOLIO = 'Uppdragsstyrning';
const PROJECT = 'Digital uppföljning av uppdrag';
const ACTION = 'Tillsätt en ersättare för projektledaren';

async function openBoard(page: Page, period: string): Promise<void> {
  await page.goto(`/portfolj?enhet=${UNIT}&period=${period}`);
  await expect(page.getByRole('heading', { name: 'Portfölj', level: 1 })).toBeVisible();
}

/**
 * The portfolio office sets up a new portfolio and project, files the project's first status
 * update red with cause, action, action owner and due date, and moves it on the board by
 * keyboard; the department head, months later, sees the action overdue.
 */
// Each journey here fills several dialogs and checks accessibility: more than the default minute
// when the machine is busy.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

test('the portfolio office creates a portfolio and a project, reports it red with an owned action, and moves it on the board', async ({
  page,
}) => {
  // Many steps on a shared machine: each dialog, the board and the project page.
  test.setTimeout(180_000);
  await signIn(page, DEMO.portfolioOfficer);
  await openBoard(page, '2026-03');

  await page.getByRole('button', { name: 'Ny portfölj' }).click();
  const portfolioForm = page.getByRole('dialog', { name: 'Ny portfölj' });
  await portfolioForm.getByRole('button', { name: 'Spara' }).click();
  await expect(portfolioForm.getByRole('textbox', { name: 'Namn' })).toHaveAccessibleDescription('Fyll i fältet.');
  await portfolioForm.getByRole('textbox', { name: 'Namn' }).fill(PORTFOLIO);
  await portfolioForm.getByRole('combobox', { name: 'Ägande enhet' }).click();
  await page.getByRole('option', { name: 'Avdelningen Uppdrag' }).click();
  // Agnes has no account: her name is typed and kept as a name.
  await portfolioForm.getByRole('combobox', { name: 'Portföljägare' }).fill('Agnes Avdelningschef');
  await expect(portfolioForm.getByRole('combobox', { name: 'Portföljägare' })).toHaveAccessibleDescription(
    'Namn, utan konto i Lägesbild.',
  );
  await portfolioForm.getByRole('spinbutton', { name: 'Rapporteringsintervall, veckor' }).fill('4');
  await saveScreenshot(page, 'portfolio-office-1-new-portfolio');
  await checkAccessibility(page, 'new portfolio dialog');
  await portfolioForm.getByRole('button', { name: 'Spara' }).click();
  await expect(portfolioForm).toBeHidden();
  const section = page.getByRole('region', { name: PORTFOLIO, exact: true });
  await expect(section).toBeVisible();

  await section.getByRole('button', { name: 'Nytt projekt' }).click();
  const projectForm = page.getByRole('dialog', { name: `Nytt projekt i ${PORTFOLIO}` });
  await projectForm.getByRole('textbox', { name: 'Namn' }).fill(PROJECT);
  // The committee's head has an account: choosing it links the project to her (her to-do list finds it).
  await projectForm.getByRole('combobox', { name: 'Projektägare' }).fill('Vera');
  await page.getByRole('option', { name: 'Vera Förvaltningschef' }).click();
  await expect(projectForm.getByRole('combobox', { name: 'Projektägare' })).toHaveAccessibleDescription(
    'Användare i Lägesbild.',
  );
  await projectForm.getByRole('combobox', { name: 'Projektledare' }).fill('Pelle Projektledare');
  await projectForm.getByRole('combobox', { name: 'Fas' }).click();
  await page.getByRole('option', { name: 'Planering' }).click();
  await fillDate(projectForm, 'Planerad start', '2026-02-01');
  await fillDate(projectForm, 'Planerat slut', '2026-01-31');
  await projectForm.getByRole('textbox', { name: 'Budget, tkr' }).fill('1500');
  await projectForm.getByRole('textbox', { name: 'Slutkostnadsprognos, tkr' }).fill('1800');
  await projectForm.getByRole('button', { name: 'Spara' }).click();
  await expect(dateField(projectForm, 'Planerat slut')).toHaveAccessibleDescription(
    'Slutet kan inte ligga före starten.',
  );
  await fillDate(projectForm, 'Planerat slut', '2026-12-31');
  await saveScreenshot(page, 'portfolio-office-2-new-project');
  // The pickers fit a phone's width too.
  const wide = page.viewportSize()!;
  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoSidewaysScroll(page);
  await saveScreenshot(page, 'portfolio-office-2b-new-project-360');
  await page.setViewportSize(wide);
  await checkAccessibility(page, 'new project dialog');
  await projectForm.getByRole('button', { name: 'Spara' }).click();
  await expect(projectForm).toBeHidden();
  await expect(section.getByRole('link', { name: PROJECT })).toBeVisible();
  await expect(section).toContainText('Budget 1 500 tkr');
  await expect(section).toContainText('Prognos 1 800 tkr');
  await expect(section).toContainText('Avvikelse +300 tkr · Prognos över budget');

  // The board by phase; the card moves on with the keyboard alone, from its "Move to" menu.
  await section.getByRole('button', { name: 'Tavla per fas' }).click();
  await expect(section.getByRole('region', { name: 'Planering (1)' })).toContainText(PROJECT);
  await section.getByRole('button', { name: `Flytta till, ${PROJECT}` }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Genomförande' })).toBeVisible();
  // The menu opens on its first item (Initiering); the next one is Genomförande.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(section.getByRole('region', { name: 'Genomförande (1)' })).toContainText(PROJECT);
  await saveScreenshot(page, 'portfolio-office-3-board-by-phase');
  await checkAccessibility(page, 'board by phase');

  // The first status update: red on time, with cause, action, action owner and due date.
  await section.getByRole('link', { name: PROJECT }).first().click();
  await expect(page.getByRole('heading', { name: PROJECT, level: 1 })).toBeVisible();
  await expect(page.getByText('Vera Förvaltningschef')).toBeVisible();
  await expect(page.getByText('1 800 tkr')).toBeVisible();
  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoSidewaysScroll(page);
  await saveScreenshot(page, 'portfolio-office-3b-project-facts-360');
  await page.setViewportSize(wide);
  await page.getByRole('button', { name: 'Ny statusrapport' }).click();
  const form = page.getByRole('dialog', { name: `Ny statusrapport: ${PROJECT}` });
  await fillDate(form, 'Rapportdatum', '2026-03-31');
  await form.getByRole('group', { name: 'Tid' }).getByRole('button', { name: 'röd' }).click();
  await form.getByRole('textbox', { name: 'Orsak (tid)' }).fill('Projektledaren är sjukskriven.');
  await form.getByRole('textbox', { name: 'Åtgärd (tid)' }).fill(ACTION);
  await form.getByRole('combobox', { name: 'Ansvarig för åtgärden (tid)' }).fill('Agnes Avdelningschef');
  await fillDate(form, 'Klart senast (tid)', '2026-04-30');
  await saveScreenshot(page, 'portfolio-office-4-red-status-update');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByText('Ansvarig för åtgärden: Agnes Avdelningschef · Klart senast: 2026-04-30')).toBeVisible();

  await openBoard(page, '2026-03');
  const board = page.getByRole('region', { name: PORTFOLIO, exact: true });
  await board.getByRole('button', { name: 'Tavla per status' }).click();
  await expect(board.getByRole('region', { name: 'Röd (1)' })).toContainText(PROJECT);
  // Not yet due at the end of March.
  await expect(board.getByRole('region', { name: `${PORTFOLIO}: Försenade åtgärder` })).toContainText(
    'Inga försenade åtgärder.',
  );
  await saveScreenshot(page, 'portfolio-office-5-board-by-status');

  // The view is in the URL: a reload opens it again, and Back returns to the list.
  await expect(page).toHaveURL(/vy=status/);
  await page.reload();
  await expect(board.getByRole('region', { name: 'Röd (1)' })).toContainText(PROJECT);
  await page.goBack();
  await expect(page).not.toHaveURL(/vy=/);
  await expect(board.getByRole('button', { name: 'Lista' })).toHaveAttribute('aria-pressed', 'true');
});

/** Months later the department head sees the action overdue, in the summary and on the card (after the journey above). */
test('the department head sees the overdue action of the new project in June', async ({ page: head }) => {
  await signIn(head, DEMO.departmentHead);
  await openBoard(head, '2026-06');
  const headBoard = head.getByRole('region', { name: PORTFOLIO, exact: true });
  const overdue = headBoard.getByRole('region', { name: `${PORTFOLIO}: Försenade åtgärder` });
  await expect(overdue).toContainText(`${PROJECT}, tid: ${ACTION}`);
  await expect(overdue).toContainText('Skulle vara klar 2026-04-30 · Ansvarig: Agnes Avdelningschef');
  await expect(head.getByRole('button', { name: 'Ny portfölj' })).toHaveCount(0);
  await expect(headBoard.getByRole('button', { name: 'Nytt projekt' })).toHaveCount(0);
  await headBoard.getByRole('button', { name: 'Tavla per fas' }).click();
  await expect(headBoard.getByRole('region', { name: 'Genomförande (1)' })).toContainText('Försenad åtgärd');
  await expect(headBoard.getByRole('button', { name: /Flytta till/ })).toHaveCount(0);
  await head.setViewportSize({ width: 1366, height: 768 });
  await saveScreenshot(head, 'portfolio-office-6-overdue-1366');
  await checkAccessibility(head, 'portfolio board with an overdue action');
  await head.setViewportSize({ width: 360, height: 800 });
  await expectNoSidewaysScroll(head);
  await saveScreenshot(head, 'portfolio-office-7-overdue-360');
});

const RECRUITMENT = 'Uppföljning av uppdrag i nämnden';
const REHABILITATION = 'Uppföljning av uppdrag i förvaltningen';
const SECOND_PORTFOLIO = 'Uppdragsstöd';

/**
 * The portfolio office moves the journey's project to a second portfolio on 15 June, then splits
 * it in two on 1 July (after the journeys above): each new project names it as its origin, and its
 * page, with its history intact, lists them. The board reads the project in its first portfolio in
 * May, in the second in June, and the two new projects from July.
 */
test('the portfolio office moves the project to another portfolio, then splits it in two, and each names its origin', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.portfolioOfficer);
  await page.setViewportSize({ width: 1366, height: 768 });
  await openBoard(page, '2026-07');
  await page.getByRole('button', { name: 'Ny portfölj' }).click();
  const portfolioForm = page.getByRole('dialog', { name: 'Ny portfölj' });
  await portfolioForm.getByRole('textbox', { name: 'Namn' }).fill(SECOND_PORTFOLIO);
  await portfolioForm.getByRole('combobox', { name: 'Ägande enhet' }).click();
  await page.getByRole('option', { name: 'Avdelningen Uppdrag' }).click();
  await portfolioForm.getByRole('spinbutton', { name: 'Rapporteringsintervall, veckor' }).fill('4');
  await portfolioForm.getByRole('button', { name: 'Spara' }).click();
  await expect(portfolioForm).toBeHidden();

  await page.getByRole('region', { name: PORTFOLIO, exact: true }).getByRole('link', { name: PROJECT }).first().click();
  await expect(page.getByRole('heading', { name: PROJECT, level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Flytta till portfölj' }).click();
  const move = page.getByRole('dialog', { name: `Flytta till portfölj: ${PROJECT}` });
  await move.getByRole('combobox', { name: 'Till portfölj' }).click();
  await page.getByRole('option', { name: SECOND_PORTFOLIO, exact: true }).click();
  await fillDate(move, 'Flyttdatum', '2026-06-15');
  await move.getByRole('textbox', { name: 'Skäl' }).fill('Uppdragsstödet tar över uppföljningen.');
  await move.getByRole('button', { name: 'Spara' }).click();
  await expect(move).toBeHidden();
  await expect(page.getByText(`2026-06-15: ${PORTFOLIO} → ${SECOND_PORTFOLIO}`)).toBeVisible();

  await page.getByRole('button', { name: 'Dela projekt' }).click();
  const form = page.getByRole('dialog', { name: `Dela projekt: ${PROJECT}` });
  await fillDate(form, 'Datum för delningen', '2026-07-01');
  await form.getByRole('textbox', { name: 'Skäl' }).fill('Nämndens och förvaltningens uppdrag följs upp var för sig.');
  const part = (number: number) => form.getByRole('group', { name: `Nytt projekt ${number}` });
  await part(1).getByRole('textbox', { name: 'Namn' }).fill(RECRUITMENT);
  await part(2).getByRole('textbox', { name: 'Namn' }).fill(RECRUITMENT.toUpperCase());
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(part(2).getByRole('textbox', { name: 'Namn' })).toHaveAccessibleDescription(
    'Två nya projekt kan inte ha samma namn.',
  );
  await part(2).getByRole('textbox', { name: 'Namn' }).fill(REHABILITATION);
  await part(1).getByRole('textbox', { name: 'Andel av budgeten, tkr' }).fill('600');
  await part(2).getByRole('textbox', { name: 'Andel av budgeten, tkr' }).fill('900');
  await part(2).getByRole('textbox', { name: 'Projektledare' }).fill('Stina Styrning');
  await saveScreenshot(page, 'portfolio-office-8-split-dialog');
  await checkAccessibility(page, 'split project dialog');
  await form.getByRole('button', { name: 'Spara' }).click();
  await expect(form).toBeHidden();

  // The origin lists its successors; its state change closes it on the date.
  const lineage = page.getByRole('region', { name: 'Ursprung och efterföljare' });
  await expect(lineage).toContainText(`Delades i: ${RECRUITMENT}, ${REHABILITATION} (2026-07-01)`);
  await expect(page.getByRole('button', { name: 'Dela projekt' })).toHaveCount(0);
  await expect(page.getByText('2026-07-01: Ej startat → Avslutat')).toBeVisible();

  // A new project names its origin, a link to the origin's page, whose history is intact.
  await lineage.getByRole('link', { name: REHABILITATION }).click();
  await expect(page.getByRole('heading', { name: REHABILITATION, level: 1 })).toBeVisible();
  const origin = page.getByRole('region', { name: 'Ursprung och efterföljare' });
  await expect(origin).toContainText(`Ursprung: ${PROJECT} (delat 2026-07-01)`);
  await saveScreenshot(page, 'portfolio-office-9-new-project-names-origin-1366');
  await checkAccessibility(page, 'a project split from another');
  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoSidewaysScroll(page);
  await saveScreenshot(page, 'portfolio-office-10-new-project-names-origin-360');
  await page.setViewportSize({ width: 1366, height: 768 });
  await origin.getByRole('link', { name: PROJECT }).click();
  await expect(page.getByRole('heading', { name: PROJECT, level: 1 })).toBeVisible();
  await expect(page.getByText(ACTION).first()).toBeVisible();

  // May reads the project in its first portfolio, June in the second, as it stood; July reads the
  // two new projects beside it, closed.
  await openBoard(page, '2026-05');
  const may = page.getByRole('region', { name: PORTFOLIO, exact: true });
  await expect(may.getByRole('link', { name: PROJECT }).first()).toBeVisible();
  await openBoard(page, '2026-06');
  await expect(
    page.getByRole('region', { name: PORTFOLIO, exact: true }).getByRole('link', { name: PROJECT }),
  ).toHaveCount(0);
  const june = page.getByRole('region', { name: SECOND_PORTFOLIO, exact: true });
  await expect(june.getByRole('link', { name: PROJECT }).first()).toBeVisible();
  await expect(june.getByRole('link', { name: RECRUITMENT })).toHaveCount(0);
  await openBoard(page, '2026-07');
  const july = page.getByRole('region', { name: SECOND_PORTFOLIO, exact: true });
  await expect(july.getByRole('link', { name: RECRUITMENT }).first()).toBeVisible();
  await expect(july.getByRole('link', { name: REHABILITATION }).first()).toBeVisible();
  await saveScreenshot(page, 'portfolio-office-11-board-after-split');
});
