import { expect, test } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { chooseOrgUnit, DEMO, signIn } from './support/app';

/**
 * Journey 1: a department head sees where Intraservice stands in May 2023 (source 000, the
 * monthly report), drills from a red indicator to its trend, reads it as a table, looks at
 * another unit, and the address alone brings the same view back.
 */
test('a department head goes from the overview to a red indicator’s trend, and the URL reproduces the view', async ({
  page,
  context,
}) => {
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
  await expect(fresh.getByRole('textbox', { name: 'Period' })).toHaveValue('2023-05');
  await saveScreenshot(fresh, 'department-head-4-same-view-from-url');

  await fresh.getByRole('tab', { name: 'Ekonomi' }).click();
  await expect(fresh).toHaveURL(/\/ekonomi\?.*enhet=digital-infrastruktur/);
  await expect(fresh.getByRole('heading', { name: 'Ekonomi', level: 1 })).toBeVisible();
  await chooseOrgUnit(fresh, 'Nämnden för Intraservice');
  await expect(fresh.getByRole('table').first()).toBeVisible();
  await saveScreenshot(fresh, 'department-head-5-economy');
  await checkAccessibility(fresh, 'economy (/ekonomi)');

  // A yearly indicator opens at its own periodicity: its months are empty.
  await fresh.goto('/mal?enhet=intraservice&period=2023-05');
  await fresh.getByRole('link', { name: 'Nöjd Kund Index (NKI)' }).first().click();
  await expect(fresh).toHaveURL(/niva=YEAR/);
  await fresh.getByRole('tab', { name: 'Tabell' }).first().click();
  await expect(fresh.getByRole('table', { name: 'Nöjd Kund Index (NKI)', exact: true })).toContainText('66,9');
});
