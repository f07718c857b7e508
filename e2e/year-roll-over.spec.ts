import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { chooseOrgUnit, DEMO, openFromMenu, signIn } from './support/app';
import { fillDate } from './support/date-fields';

/*
 * The year's switch, done in the app: the administrator rolls Intraservice's 2023 plan over to
 * 2024, changes a goal, adds an indicator to it with its 2024 targets, registers an assignment
 * and adopts the plan; the analyst enters January 2024 and the overview of January 2024 shows the
 * goal with its indicator. This journey writes 2024 data for Intraservice, so it runs after every
 * journey that reads it (plan.spec.ts expects no 2024 plan yet): journeys run in file order.
 */

const GOAL = 'Vi ska attrahera, utveckla och behålla medarbetare och chefer';
const CHANGED_GOAL = 'Vi ska attrahera, utveckla och behålla medarbetare och chefer i hela förvaltningen';
const INDICATOR = 'Vakansmånader';
const JANUARY_2024 = '?enhet=intraservice&period=2024-01';

/** The goal's card on Mål och indikatorer. */
const goalCard = (page: Page, title: string) => page.getByRole('article', { name: title, exact: true });

/** The goal's table of indicators: a page of few goals shows it open, one of many behind a button. */
async function indicatorsOf(card: Locator, title: string): Promise<Locator> {
  const table = card.getByRole('table', { name: `Indikatorer för ${title}` });
  const show = card.getByRole('button', { name: /^Visa indikatorer/ });
  await expect(table.or(show)).toBeVisible();
  if (await show.isVisible()) await show.click();
  return table;
}

test('the administrator makes the plan for 2024 from 2023 and adopts it; January 2024 is followed up against it', async ({
  page,
}) => {
  // Many screens, saves and axe runs on two busy cores: far more than the default minute.
  test.setTimeout(10 * 60_000);
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, DEMO.administrator);

  // ── The roll-over, on Verksamhetsplan for 2023 ──────────────────────────────────────────
  await page.goto('/oversikt?enhet=intraservice&period=2023-12');
  await page.getByRole('tab', { name: 'Plan', exact: true }).click();
  await expect(
    page.getByRole('heading', { name: 'Verksamhetsplan 2023: Nämnden för Intraservice', level: 1 }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Skapa planen för 2024' }).click();
  const rollOver = page.getByRole('dialog', { name: 'Skapa planen för 2024 från 2023' });
  // The committee goals are re-linked to the city's council goals of 2024 (the demo data's).
  await expect(rollOver.getByText(/\(samma mål, fört vidare\)$/).first()).toBeVisible({ timeout: 60_000 });
  await expect(rollOver.getByText(/^Kopplas till: Inget motsvarande mål/)).toHaveCount(0);
  // The indicator leaves the goal it measured in 2023, targets and all: it is added to another below.
  await rollOver.getByRole('checkbox', { name: `Ta med ${INDICATOR} → Kompetensförsörjning` }).uncheck();
  const carriedTarget = rollOver.getByRole('checkbox', { name: new RegExp(`^Ta med ${INDICATOR}: `) });
  if (await carriedTarget.isEnabled()) await carriedTarget.uncheck();
  await saveScreenshot(page, 'year-roll-over-1-preview');
  await checkAccessibility(page, 'roll-over preview (/verksamhetsplan)');
  await rollOver.getByRole('button', { name: 'Spara' }).click();
  await expect(page.getByText('Planen för 2024 är skapad som utkast.')).toBeVisible({ timeout: 60_000 });
  await expect(rollOver).toBeHidden();

  // ── A goal changed and an indicator added, on Mål och indikatorer for 2024 ─────────────
  await page.goto(`/mal${JANUARY_2024}`);
  await expect(page.getByRole('heading', { name: 'Mål och indikatorer', level: 1 })).toBeVisible();
  await goalCard(page, GOAL)
    .getByRole('button', { name: /^Planera målet/ })
    .click();
  await page.getByRole('menuitem', { name: 'Ändra' }).click();
  const goalDialog = page.getByRole('dialog', { name: 'Ändra mål' });
  await goalDialog.getByRole('textbox', { name: 'Mål' }).fill(CHANGED_GOAL);
  await goalDialog.getByRole('button', { name: 'Spara' }).click();
  await expect(goalDialog).toBeHidden();
  const changedGoal = goalCard(page, CHANGED_GOAL);
  await expect(changedGoal).toBeVisible();

  await changedGoal.getByRole('button', { name: /^Planera målet/ }).click();
  await page.getByRole('menuitem', { name: 'Koppla indikatorer' }).click();
  const linkDialog = page.getByRole('dialog', { name: `Indikatorer för ${CHANGED_GOAL}` });
  const indicatorBox = linkDialog.getByRole('checkbox', { name: new RegExp(`^${INDICATOR} \\(`) });
  await expect(indicatorBox).not.toBeChecked();
  await indicatorBox.check();
  await saveScreenshot(page, 'year-roll-over-2-link-indicator');
  await checkAccessibility(page, 'link indicators dialog (/mal, 2024)');
  await linkDialog.getByRole('button', { name: 'Spara' }).click();
  await expect(linkDialog).toBeHidden();
  await expect(await indicatorsOf(changedGoal, CHANGED_GOAL)).toContainText(INDICATOR);

  // ── Its 2024 targets, and the roll-over's proposals confirmed, on Målvärden och budget ──
  await openFromMenu(page, 'Planering', 'Målvärden');
  await expect(page.getByRole('heading', { name: 'Målvärden och budget', level: 1 })).toBeVisible();
  await chooseOrgUnit(page, 'Nämnden för Intraservice');
  await page.getByRole('combobox', { name: 'År' }).click();
  await page.getByRole('option', { name: '2024' }).click();
  const annualTarget = page.getByRole('textbox', { name: `Årsmål 2024, ${INDICATOR}` });
  await expect(annualTarget).toHaveValue('');
  await annualTarget.fill('6');
  // Cumulative: January's target is the year so far.
  await page.getByRole('textbox', { name: `januari 2024, ${INDICATOR}` }).fill('1');
  await page.getByRole('button', { name: 'Spara 1 ändrad rad' }).click();
  await expect(page.getByText('1 rad sparad.')).toBeVisible();
  // Last year's targets came along as proposals, marked on their rows until confirmed.
  await expect(page.getByRole('rowheader', { name: /^Sjukfrånvaro/ })).toContainText('Förslag');
  await saveScreenshot(page, 'year-roll-over-3-targets-with-proposals');
  await checkAccessibility(page, 'targets with proposals (/malvarden, 2024)');
  await page.getByRole('button', { name: 'Bekräfta förslag' }).click();
  await expect(page.getByText(/^Förslagen på \d+ rad(er)? är bekräftade som årets målvärden\.$/)).toBeVisible();
  await expect(page.getByRole('rowheader', { name: /^Sjukfrånvaro/ })).not.toContainText('Förslag');
  await expect(page.getByRole('button', { name: 'Bekräfta förslag' })).toHaveCount(0);

  // ── An assignment with its case number, on Uppdrag ─────────────────────────────────────
  await page.goto(`/uppdrag${JANUARY_2024}`);
  await page.getByRole('button', { name: 'Registrera uppdrag' }).click();
  const assignment = page.getByRole('dialog', { name: 'Registrera uppdrag' });
  await assignment
    .getByRole('textbox', { name: 'Uppdrag' })
    .fill('Nämnden för Intraservice får i uppdrag att minska vakanserna inom IT.');
  await fillDate(assignment, 'Slutdatum', '2024-11-30');
  await assignment.getByRole('textbox', { name: 'Diarienummer' }).fill('SLK-2024-00077');
  await assignment.getByRole('button', { name: 'Spara' }).click();
  await expect(assignment).toBeHidden();
  await expect(
    page
      .getByRole('table', { name: 'Uppdrag till Nämnden för Intraservice' })
      .getByRole('row', { name: /minska vakanserna inom IT/ }),
  ).toContainText('SLK-2024-00077');

  // ── The plan adopted with the committee's decision, on Verksamhetsplan for 2024 ────────
  await page.getByRole('tab', { name: 'Plan', exact: true }).click();
  await expect(
    page.getByRole('heading', { name: 'Verksamhetsplan 2024: Nämnden för Intraservice', level: 1 }),
  ).toBeVisible();
  await expect(page.getByText('Status: Utkast')).toBeVisible();
  await page.getByRole('button', { name: 'Anta planen' }).click();
  const adoption = page.getByRole('dialog', { name: 'Anta verksamhetsplan 2024' });
  await fillDate(adoption, 'Beslutsdatum', '2023-12-12');
  await adoption.getByLabel('Diarienummer').fill('N170-0777/23');
  await checkAccessibility(page, 'adopt the 2024 plan (/verksamhetsplan)');
  await adoption.getByRole('button', { name: 'Anta planen' }).click();
  await expect(page.getByText('Planen är antagen.')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Status: Antagen')).toBeVisible();
  await expect(page.getByText('Beslut 2023-12-12, dnr N170-0777/23')).toBeVisible();
  await saveScreenshot(page, 'year-roll-over-4-adopted');
  await checkAccessibility(page, 'adopted 2024 plan (/verksamhetsplan)');

  // Adopted, the goal tree offers no planning: it points to a new revision instead.
  await page.getByRole('tab', { name: 'Mål och indikatorer' }).click();
  await expect(goalCard(page, CHANGED_GOAL)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('link', { name: 'Öppna en ny revision på Verksamhetsplan' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Planera målet/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Nytt mål' })).toHaveCount(0);
  await saveScreenshot(page, 'year-roll-over-5-goals-adopted');
  await checkAccessibility(page, 'goals of an adopted plan (/mal, administrator)');

  // ── The analyst enters January 2024 ────────────────────────────────────────────────────
  await page.context().clearCookies();
  await signIn(page, DEMO.analyst);
  await page.goto(`/registrera${JANUARY_2024}`);
  // The month's sheet takes a while to read on a busy machine.
  await expect(page.getByRole('heading', { name: 'Registrera värden', level: 1 })).toBeVisible({ timeout: 60_000 });
  // The plan's target is there beside the outcome.
  await expect(page.getByRole('textbox', { name: new RegExp(`^Periodmål, ${INDICATOR}`) })).toHaveValue('1');
  await page.getByRole('textbox', { name: new RegExp(`^Utfall, ${INDICATOR}`) }).fill('1');
  await page.getByRole('button', { name: 'Spara 1 ändrad rad' }).click();
  await expect(page.getByText('1 rad sparad.')).toBeVisible();
  await saveScreenshot(page, 'year-roll-over-6-january-entered');

  // ── The overview of January 2024, down to the changed goal and its indicator ──────────
  await page.goto(`/oversikt${JANUARY_2024}`);
  await expect(page.getByRole('heading', { name: 'Översikt', level: 1 })).toBeVisible();
  const staff = page.getByRole('region', { name: 'Medarbetare' });
  await expect(staff.getByRole('link', { name: /^[1-9]\d* Når målet$/ })).toBeVisible({ timeout: 60_000 });
  await saveScreenshot(page, 'year-roll-over-7-overview');
  await checkAccessibility(page, 'overview of January 2024 (/oversikt)');
  await staff.getByRole('link', { name: 'Medarbetare', exact: true }).click();
  const followedUp = goalCard(page, CHANGED_GOAL);
  const indicatorRow = (await indicatorsOf(followedUp, CHANGED_GOAL)).getByRole('row', {
    name: new RegExp(INDICATOR),
  });
  await expect(indicatorRow).toContainText('Når målet');
  await saveScreenshot(page, 'year-roll-over-8-goal-with-indicator');
  await checkAccessibility(page, 'the changed goal with its indicator (/mal, January 2024)');
});
