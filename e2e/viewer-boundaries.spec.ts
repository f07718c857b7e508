import { expect, test } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { DEMO, postGraphql, signIn } from './support/app';

/**
 * Journey 3: a viewer reads everything of their unit but is offered no edit action, and
 * the API refuses a write sent with their session all the same.
 */
test('a viewer sees no edit actions and a forced write is refused with FORBIDDEN', async ({ page }) => {
  await signIn(page, DEMO.departmentHead);

  await page.getByRole('tab', { name: 'Mål och indikatorer' }).click();
  await expect(page.getByRole('heading', { name: 'Mål och indikatorer', level: 1 })).toBeVisible();
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bedöm' })).toHaveCount(0);
  await saveScreenshot(page, 'viewer-1-goals-without-edit-actions');
  await checkAccessibility(page, 'goals as a viewer (/mal)');

  // The portfolio and the risks are read, never edited, by a viewer.
  await page.getByRole('tab', { name: 'Portfölj' }).click();
  await expect(page.getByRole('heading', { name: 'Portfölj', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Upphandla och införa helhetslösning för telefoni' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Skriv lägesbeskrivning/i })).toHaveCount(0);
  await saveScreenshot(page, 'viewer-portfolio-board');
  await checkAccessibility(page, 'portfolio board as a viewer (/portfolj)');
  await page.getByRole('tab', { name: 'Risker' }).click();
  await expect(page.getByRole('heading', { name: 'Risker och internkontroll', level: 1 })).toBeVisible();
  await expect(page.getByText('Ökad risk för cyberattacker').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ny risk' })).toHaveCount(0);
  await saveScreenshot(page, 'viewer-risk-register');
  await checkAccessibility(page, 'risk register as a viewer (/risker)');
  await page.getByRole('tab', { name: 'Internkontrollplan' }).click();
  await expect(page).toHaveURL(/\/risker\/internkontroll/);
  await expect(page.getByRole('table').first()).toBeVisible();
  await checkAccessibility(page, 'internal control follow-up as a viewer (/risker/internkontroll)');

  // Administration is neither in the menu nor reachable by its address.
  await expect(page.getByRole('tab', { name: 'Administration' })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Planering' })).toHaveCount(0);
  await page.goto('/anvandare');
  await expect(page.getByRole('alert')).toHaveText('Du har inte behörighet till det här.');
  await expect(page.getByRole('button', { name: 'Ny användare' })).toHaveCount(0);
  await saveScreenshot(page, 'viewer-2-users-page-refused');
  await page.goto('/granskningslogg');
  await expect(page.getByRole('alert')).toHaveText('Du har inte behörighet till det här.');

  // The viewer may read the goals of their unit, so they know what to aim a forced write at.
  const goals = await postGraphql<{ goals: { id: string; title: string }[] }>(
    page.request,
    'query { goals(orgUnitCode: "intraservice", year: 2023) { id title } }',
  );
  expect(goals.errors).toBeUndefined();
  const goalId = goals.data!.goals[0]!.id;

  const assessment = await postGraphql(
    page.request,
    `mutation ($input: GoalAssessmentInput!) { setGoalAssessment(input: $input) { id fulfilment } }`,
    { input: { goalId, year: 2023, month: 5, fulfilment: 'FULFILLED', comment: 'Forcerat av en läsare' } },
  );
  expect(assessment.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(assessment.data ?? null).toBeNull();

  const indicatorValue = await postGraphql(
    page.request,
    `mutation ($input: IndicatorValueInput!) { saveIndicatorValue(input: $input) { id outcome } }`,
    { input: await firstIndicatorValueInput(page.request) },
  );
  expect(indicatorValue.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

  // Nothing was written: the goal still has no assessment from the viewer.
  const after = await postGraphql<{ goals: { id: string; assessment: { comment: string | null } | null }[] }>(
    page.request,
    'query { goals(orgUnitCode: "intraservice", year: 2023) { id assessment(upTo: { year: 2023, month: 5 }) { comment } } }',
  );
  expect(after.data!.goals.find((goal) => goal.id === goalId)?.assessment?.comment ?? null).not.toBe(
    'Forcerat av en läsare',
  );
});

async function firstIndicatorValueInput(request: Parameters<typeof postGraphql>[0]) {
  const goals = await postGraphql<{ goals: { indicators: { id: string }[] }[] }>(
    request,
    'query { goals(orgUnitCode: "intraservice", year: 2023) { indicators { id } } }',
  );
  const indicatorId = goals.data!.goals.flatMap((goal) => goal.indicators)[0]!.id;
  return { indicatorId, period: '2023-05', outcome: 1 };
}
