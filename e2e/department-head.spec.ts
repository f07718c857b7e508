import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot, SCREENSHOTS_DIR } from './support/artifacts';
import { chooseOrgUnit, DEMO, signIn } from './support/app';
import { dateField } from './support/date-fields';

/** The overview's section of what needs attention, and one of its groups by its heading's start. */
const attentionOf = (page: Page) => page.getByRole('region', { name: 'Behöver uppmärksamhet' });
const groupOf = (page: Page, title: string) =>
  attentionOf(page).getByRole('region', { name: new RegExp(`^${title} \\(\\d+\\)$`) });

/**
 * Opens an item of a group in one click, after reading its status in words and colour: returns
 * the item's name, for the landing page to be checked against.
 */
async function openItem(item: Locator, statusText: string, status: string): Promise<string> {
  await expect(item.locator('[data-status]')).toHaveText(statusText);
  await expect(item.locator('[data-status]')).toHaveAttribute('data-status', status);
  const link = item.getByRole('link');
  const name = (await link.textContent())!;
  await link.click();
  return name;
}

/**
 * Journey 1: a department head sees where Intraservice stands in May 2023 (source 000, the
 * monthly report), drills from a red indicator to its trend, reads it as a table, looks at
 * another unit, and the address alone brings the same view back; the result on Ekonomi reads
 * green.
 */
test('a department head goes from the overview to a red indicator’s trend, and the URL reproduces the view', async ({
  page,
  context,
}) => {
  // Two pages, eight views and two accessibility checks: more than a minute on two busy cores.
  test.slow();
  await signIn(page, DEMO.departmentHead);

  await expect(page.getByRole('heading', { name: 'Översikt', level: 1 })).toBeVisible();
  await expect(page.getByText('Nämnden för Intraservice med underliggande enheter, läget i maj 2023.')).toBeVisible();
  // Sick leave 5,9 % in May 2023 against a target of 5 %: lower is better, so not on target.
  const sickLeave = page.getByRole('article', { name: 'Sjukfrånvaro' });
  await expect(sickLeave).toContainText('5,9 %');
  await expect(sickLeave).toContainText('maj 2023');
  await expect(sickLeave).toContainText('Mål: 5 %');
  await expect(sickLeave).toContainText('Når inte målet');
  await expect(page.getByRole('region', { name: 'Projekt med röd status' })).toContainText('Lansera digitala Navet');
  await saveScreenshot(page, 'department-head-1-overview');
  await checkAccessibility(page, 'overview (Översikt)');

  await sickLeave.getByRole('link', { name: 'Sjukfrånvaro' }).click();
  await expect(page).toHaveURL(/\/indikatorer\/\d+/);
  await expect(page.getByRole('heading', { name: 'Sjukfrånvaro', level: 1 })).toBeVisible();
  // The first chart is the series; the forecast rounds have a chart and tabs of their own below.
  await expect(page.getByRole('figure').first()).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Diagram' }).first()).toHaveAttribute('aria-selected', 'true');
  // The click left the pointer over the chart; its tooltip would cover the screenshot.
  await page.mouse.move(0, 0);
  await saveScreenshot(page, 'department-head-2-indicator-chart');
  await checkAccessibility(page, 'indicator, chart (/indikatorer/:id)');

  await page.getByRole('tab', { name: 'Tabell' }).first().click();
  await expect(page).toHaveURL(/visa=tabell/);
  const table = page.getByRole('table', { name: 'Sjukfrånvaro', exact: true });
  await expect(table).toBeVisible();
  await expect(table).toContainText('5,9');
  await saveScreenshot(page, 'department-head-3-indicator-table');
  await checkAccessibility(page, 'indicator, table (/indikatorer/:id?visa=tabell)');

  await chooseOrgUnit(page, 'Digital infrastruktur');
  await expect(page).toHaveURL(/enhet=digital-infrastruktur/);
  const sharedUrl = page.url();

  // The address alone, in a page of its own, shows the same indicator, table, unit and period.
  const fresh = await context.newPage();
  await fresh.goto(sharedUrl);
  await expect(fresh.getByRole('heading', { name: 'Sjukfrånvaro', level: 1 })).toBeVisible();
  await expect(fresh.getByRole('tab', { name: 'Tabell' }).first()).toHaveAttribute('aria-selected', 'true');
  await expect(fresh.getByRole('table', { name: 'Sjukfrånvaro', exact: true })).toContainText('5,9');
  await expect(fresh.getByRole('combobox', { name: 'Organisation' })).toHaveValue('Digital infrastruktur');
  await expect(dateField(fresh, 'Period').getByRole('spinbutton')).toHaveText(['maj', '2023']);
  await saveScreenshot(fresh, 'department-head-4-same-view-from-url');
  // The period's calendar is Swedish whatever the browser's language: months "jan.", "maj".
  await dateField(fresh, 'Period')
    .getByRole('button', { name: /^Välj datum/ })
    .click();
  const months = fresh.getByRole('dialog').filter({ has: fresh.getByRole('radiogroup') });
  await expect(months.getByRole('radio', { name: /^maj/ })).toBeChecked();
  await saveScreenshot(fresh, 'department-head-4b-period-picker-open');
  await checkAccessibility(fresh, 'period picker open (/indikatorer/:id)');
  await fresh.keyboard.press('Escape');
  await expect(months).toBeHidden();

  await fresh.getByRole('tab', { name: 'Ekonomi' }).click();
  await expect(fresh).toHaveURL(/\/ekonomi\?.*enhet=digital-infrastruktur/);
  await expect(fresh.getByRole('heading', { name: 'Ekonomi', level: 1 })).toBeVisible();
  await chooseOrgUnit(fresh, 'Nämnden för Intraservice');
  await expect(fresh.getByRole('table').first()).toBeVisible();
  // May 2023's result, 25 mkr better than the budgeted deficit, reaches its target: green, in words too.
  const result = fresh.getByRole('row', { name: /^Verksamhetens resultat/ }).first();
  await expect(result.locator('[data-status]')).toHaveAttribute('data-status', 'GREEN');
  await expect(result).toContainText('Når målet');
  await saveScreenshot(fresh, 'department-head-5-economy');
  await checkAccessibility(fresh, 'economy (/ekonomi)');

  // A yearly indicator opens at its own periodicity: its months are empty.
  await fresh.goto('/mal?enhet=intraservice&period=2023-05');
  await fresh.getByRole('link', { name: 'Nöjd Kund Index (NKI)' }).first().click();
  await expect(fresh).toHaveURL(/niva=YEAR/);
  await fresh.getByRole('tab', { name: 'Tabell' }).first().click();
  await expect(fresh.getByRole('table', { name: 'Nöjd Kund Index (NKI)', exact: true })).toContainText('66,9');
});

/**
 * Journey 1b: what needs attention leads the overview, in view at 1366×768 (the README's
 * screenshot); the department head opens each kind of item in one click and lands on the thing
 * itself, having read its status in words and colour.
 */
test('a department head reaches each thing that needs attention in one click from the overview', async ({ page }) => {
  // Eight pages opened and read on two busy cores.
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, DEMO.departmentHead);
  await expect(page.getByText('Nämnden för Intraservice med underliggande enheter, läget i maj 2023.')).toBeVisible();

  // What needs attention leads the page: at 1366×768 all of it is in view without scrolling.
  await expect(attentionOf(page)).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: join(SCREENSHOTS_DIR, 'department-head-overview-1366x768.png') });
  // No chip says "0 …": a count of zero is no chip.
  await expect(page.getByRole('main').getByText(/^0 /)).toHaveCount(0);

  // Each kind of item is one click from the overview, and lands on the thing itself.
  const red = await openItem(
    groupOf(page, 'Röda indikatorer').getByRole('listitem').first(),
    'Ny: når inte målet',
    'RED',
  );
  await expect(page).toHaveURL(/\/indikatorer\/\d+\?.*period=2023-05/);
  await expect(page.getByRole('heading', { name: red, level: 1 })).toBeVisible();
  await page.goBack();

  const notReported = await openItem(
    groupOf(page, 'Ej rapporterade indikatorer').getByRole('listitem').first(),
    'Ej rapporterad',
    'NOT_ASSESSED',
  );
  await expect(page).toHaveURL(/\/indikatorer\/\d+/);
  await expect(page.getByRole('heading', { name: notReported, level: 1 })).toBeVisible();
  await page.goBack();

  const project = await openItem(groupOf(page, 'Röda projekt').getByRole('listitem').first(), 'Röd', 'RED');
  await expect(page).toHaveURL(/\/portfolj\/projekt\/\d+/);
  await expect(page.getByRole('heading', { name: project, level: 1 })).toBeVisible();
  await page.goBack();

  const risk = await openItem(
    groupOf(page, 'Risker över toleransen').getByRole('listitem').first(),
    'Över toleransen',
    'RED',
  );
  await expect(page).toHaveURL(/\/risker\?.*risk=\d+/);
  await expect(page.getByRole('dialog', { name: risk })).toBeVisible();
  await page.goBack();

  // Nothing was overdue in May 2023; by November an assignment and audit actions are. (November:
  // the assignments journey, which runs earlier, declares the assignment complete in December.)
  await page.goto('/oversikt?enhet=intraservice&period=2023-11');
  const overdue = groupOf(page, 'Försenade uppdrag och åtgärder').getByRole('listitem');
  await openItem(overdue.filter({ hasText: 'försenat sedan 2023-11-24' }), 'Försenat', 'RED');
  await expect(page).toHaveURL(/\/uppdrag\?.*#uppdrag-\d+$/);
  const assignmentRow = page.locator(`#${new URL(page.url()).hash.slice(1)}`);
  await expect(assignmentRow).toBeInViewport();
  await expect(assignmentRow).toBeFocused();
  await expect(assignmentRow).toContainText('försenat');
  await page.goBack();
  const action = await openItem(overdue.filter({ hasText: 'Stadsrevisionens granskning' }).first(), 'Försenat', 'RED');
  await expect(page).toHaveURL(/\/uppdrag\?.*#atgard-\d+$/);
  const actionRow = page.locator(`#${new URL(page.url()).hash.slice(1)}`);
  await expect(actionRow).toBeInViewport();
  await expect(actionRow).toContainText(action);

  // At 360 px the section stacks its groups and the page does not scroll sideways.
  await page.goto('/oversikt?enhet=intraservice&period=2023-05');
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(groupOf(page, 'Röda projekt')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await saveScreenshot(page, 'department-head-overview-360');
});
