import { expect, test } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { chooseOrgUnit, DEMO, expectNoSidewaysScroll, openFromMenu, signIn } from './support/app';
import { fillDate } from './support/date-fields';

/** The sign-in page, and the administrator's pages: users and roles, and the audit log. */
test('the sign-in page and an administrator’s users and audit log pages', async ({ page }) => {
  await page.goto('/logga-in');
  await expect(page.getByRole('heading', { name: 'Logga in', level: 1 })).toBeVisible();
  // The demo accounts are listed (and only then) because the demo data is loaded.
  await expect(page.getByRole('table', { name: 'Demokonton' })).toContainText(DEMO.administrator.email);
  await expect(page.getByRole('group', { name: 'Språk' })).toBeVisible();
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
  // On a phone the users table scrolls in its own box, and the page does not.
  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoSidewaysScroll(page);
  await page.setViewportSize({ width: 1366, height: 768 });

  await openFromMenu(page, 'Administration', 'Granskningslogg');
  await expect(page.getByRole('heading', { name: 'Granskningslogg', level: 1 })).toBeVisible();
  await expect(page.getByRole('table').or(page.getByText('Inga ändringar matchar filtret.')).first()).toBeVisible();
  await saveScreenshot(page, 'administrator-3-audit-log');
  await checkAccessibility(page, 'audit log (/granskningslogg)');
});

/** An administrator plans on Mål och indikatorer: a new committee goal with an activity, moved into place. */
test('an administrator adds a goal serving a council goal, with an activity, where the goals are read', async ({
  page,
}) => {
  // axe over the whole goal tree of a committee takes a while on two busy cores.
  test.setTimeout(300_000);
  await signIn(page, DEMO.administrator);
  // The 2023 plan is adopted, so it is locked: a change begins with a new revision.
  await page.getByRole('tab', { name: 'Plan', exact: true }).click();
  await page.getByRole('button', { name: 'Öppna ny revision' }).click();
  await page
    .getByRole('dialog', { name: /^Öppna revision \d+$/ })
    .getByRole('button', { name: 'Öppna revision' })
    .click();
  await expect(page.getByText(/^Revision \d+ är öppen för ändringar\.$/)).toBeVisible();
  await page.getByRole('tab', { name: 'Mål och indikatorer' }).click();
  await expect(page.getByRole('heading', { name: 'Mål och indikatorer', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Nytt mål i perspektivet Medarbetare' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nytt mål' });
  await dialog.getByRole('button', { name: 'Spara' }).click();
  // Refused beside the fields, before anything is sent.
  await expect(dialog.getByRole('textbox', { name: 'Mål' })).toHaveAccessibleDescription('Fyll i fältet.');
  await dialog
    .getByRole('textbox', { name: 'Mål' })
    .fill('Fler medarbetare ska vilja rekommendera oss som arbetsgivare');
  await dialog.getByRole('checkbox').first().check();
  await saveScreenshot(page, 'administrator-4-new-goal-dialog');
  await checkAccessibility(page, 'new goal dialog (/mal, administrator)');
  await page.setViewportSize({ width: 360, height: 800 });
  await saveScreenshot(page, 'administrator-5-new-goal-dialog-360');
  await checkAccessibility(page, 'new goal dialog at 360 px (/mal, administrator)');
  await page.setViewportSize({ width: 1366, height: 900 });
  await dialog.getByRole('button', { name: 'Spara' }).click();
  await expect(dialog).toBeHidden();

  const goal = page.getByRole('article', { name: 'Fler medarbetare ska vilja rekommendera oss som arbetsgivare' });
  await expect(goal).toBeVisible();
  await goal.getByRole('button', { name: 'Ny aktivitet' }).click();
  const activityDialog = page.getByRole('dialog', { name: /^Ny aktivitet för/ });
  await activityDialog.getByRole('textbox', { name: 'Aktivitet' }).fill('Ta fram en rekryteringsfilm');
  await activityDialog.getByRole('combobox', { name: 'Ansvarig' }).fill('Extern byrå');
  await fillDate(activityDialog, 'Slutdatum', '2023-10-31');
  await checkAccessibility(page, 'new activity dialog (/mal, administrator)');
  await activityDialog.getByRole('button', { name: 'Spara' }).click();
  await expect(activityDialog).toBeHidden();
  const activity = goal.getByRole('row', { name: /Ta fram en rekryteringsfilm/ });
  await expect(activity).toContainText('Extern byrå');
  await expect(activity).toContainText('2023-10-31');

  // The plan menu is a menu button: opened and chosen from by keyboard.
  await goal.getByRole('button', { name: /^Planera målet/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Flytta upp' })).toBeVisible();
  await saveScreenshot(page, 'administrator-6-goal-plan-menu');
  await checkAccessibility(page, 'goal plan menu (/mal, administrator)');
  await page.keyboard.press('Escape');
  await checkAccessibility(page, 'goals as a planner (/mal, administrator)');

  // The revision with the new goal is adopted again, with the committee's decision.
  await page.getByRole('tab', { name: 'Plan', exact: true }).click();
  await page.getByRole('button', { name: 'Anta planen' }).click();
  const adoption = page.getByRole('dialog', { name: 'Anta verksamhetsplan 2023' });
  await fillDate(adoption, 'Beslutsdatum', '2023-06-15');
  // The calendar speaks the interface's language, not the browser's: "juni 2023", Swedish weekdays.
  await adoption.getByRole('button', { name: /^Välj datum, valt datum är 15 jun 2023/ }).click();
  const calendar = page.getByRole('dialog').filter({ has: page.getByRole('grid') });
  await expect(calendar).toContainText('juni 2023');
  await saveScreenshot(page, 'administrator-7-date-picker-open');
  await checkAccessibility(page, 'date picker open in the adoption dialog (/plan, administrator)');
  await page.keyboard.press('Escape');
  await expect(calendar).toBeHidden();
  await adoption.getByLabel('Diarienummer').fill('N170-0456/23');
  await adoption.getByRole('button', { name: 'Anta planen' }).click();
  await expect(page.getByText('Planen är antagen.')).toBeVisible();
});

/** An administrator plans too: next year's target of an indicator on Målvärden och budget, at 1366 and 360 px. */
test('an administrator sets a target for next year on Målvärden och budget', async ({ page }) => {
  // Two screens, two axe runs and a save: more than the default minute on two shared cores.
  test.slow();
  await signIn(page, DEMO.administrator);
  await page.setViewportSize({ width: 1366, height: 900 });
  await openFromMenu(page, 'Planering', 'Målvärden');
  await expect(page.getByRole('heading', { name: 'Målvärden och budget', level: 1 })).toBeVisible();
  // The page's menu is marked as where the user is.
  await expect(
    page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('tab', { name: 'Planering' }),
  ).toHaveAttribute('aria-selected', 'true');
  await chooseOrgUnit(page, 'Nämnden för Intraservice');
  await page.getByRole('combobox', { name: 'År' }).click();
  await page.getByRole('option', { name: '2024' }).click();
  const target = page.getByRole('textbox', { name: 'Årsmål 2024, Lönespecifikationer' });
  await target.fill('725 000');
  await target.press('Enter');
  await page.getByRole('button', { name: 'Spara 1 ändrad rad' }).click();
  await expect(page.getByText('1 rad sparad.')).toBeVisible();
  await expect(target).toHaveValue(/^725\s000$/);
  await saveScreenshot(page, 'administrator-7-targets');
  await checkAccessibility(page, 'targets (/malvarden)');

  await page.getByRole('tab', { name: 'Budget' }).click();
  // The tab lives in the URL too: react-router's setSearchParams reads the last rendered URL, so
  // a switch flipped before the tab's navigation has rendered would put the tab back.
  await expect(page.getByRole('tab', { name: 'Budget' })).toHaveAttribute('aria-selected', 'true');
  // The switch lives in the URL (?underliggande=ja): it shows checked once the page has navigated.
  await page.getByLabel('Visa underliggande enheter').click();
  await expect(page.getByLabel('Visa underliggande enheter')).toBeChecked();
  await expect(
    page.getByRole('textbox', { name: /^Årsmål 2024, Resultat förvaltning – Digital infrastruktur$/ }),
  ).toBeVisible();
  await page.setViewportSize({ width: 360, height: 800 });
  await saveScreenshot(page, 'administrator-8-budget-360');
  await checkAccessibility(page, 'budget at 360 px (/malvarden?visa=budget)');
});

/** Administration → Perspektiv: this year's list (the demo data has the five), its dialog, an empty year, and 360 px. */
test('an administrator’s perspectives page', async ({ page }) => {
  await signIn(page, DEMO.administrator);
  await page.setViewportSize({ width: 1366, height: 900 });

  await openFromMenu(page, 'Administration', 'Perspektiv');
  await expect(page.getByRole('heading', { name: 'Perspektiv', level: 1 })).toBeVisible();
  const thisYear = new Date().getFullYear();
  const list = page.getByRole('list', { name: `Perspektiven ${thisYear}` });
  await expect(list.getByRole('heading')).toHaveText([
    '1. Kund och ägare',
    '2. Medarbetare',
    '3. Process',
    '4. Ekonomi',
    '5. Hållbarhet',
  ]);
  await saveScreenshot(page, 'administrator-9-perspectives');
  await checkAccessibility(page, 'perspectives (/administration/perspektiv)');
  await page.getByRole('button', { name: 'Ändra Medarbetare' }).click();
  await expect(page.getByRole('dialog', { name: `Ändra Medarbetare (${thisYear})` })).toBeVisible();
  await checkAccessibility(page, 'perspective dialog');
  await page.getByRole('button', { name: 'Avbryt' }).click();
  await page.goto(`/administration/perspektiv?ar=${thisYear + 2}`);
  await expect(page.getByRole('button', { name: 'Kopiera från föregående år' })).toBeVisible();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/administration/perspektiv?ar=${thisYear}`);
  await expect(page.getByRole('list', { name: `Perspektiven ${thisYear}` })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await checkAccessibility(page, 'perspectives at 360 px');
});

/** The audit log after the journeys above: the plan the administrator opened a revision of, by name. */
test('an administrator reads in the audit log what was changed, by name, in Swedish', async ({ page }) => {
  await signIn(page, DEMO.administrator);
  await openFromMenu(page, 'Administration', 'Granskningslogg');
  await page.getByRole('combobox', { name: 'Typ av post' }).click();
  await page.getByRole('option', { name: 'Verksamhetsplan', exact: true }).click();
  const log = page.getByRole('table', { name: 'Granskningslogg' });
  const newest = log.locator(':scope > tbody > tr').first();
  // "Ändrad: Verksamhetsplan 2023 Intraservice", never "Plan 4"; its fields by their Swedish labels.
  await expect(newest).toContainText(/Ändrad: Verksamhetsplan \d{4} \S/);
  await expect(newest).toContainText('Status');
  await expect(newest.locator('td').first()).toHaveText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  await saveScreenshot(page, 'administrator-10-audit-log-named');
  await checkAccessibility(page, 'audit log filtered (/granskningslogg?typ=Plan)');
});
