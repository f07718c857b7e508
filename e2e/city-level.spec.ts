import { expect, test } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { chooseOrgUnit, DEMO, signIn } from './support/app';

/**
 * The city level (issue 18): Göteborgs Stad opens on the month its units have reported, not
 * on the one early figure of another committee; its overview counts the council goals and
 * links to them by committee; its economy is its committees' summed, and says so.
 */
test('the city opens on its reported month, with its council goals by committee and its committees’ economy summed', async ({
  page,
}) => {
  await signIn(page, DEMO.administrator);
  await chooseOrgUnit(page, 'Göteborgs Stad');
  // Kommunstyrelsen's few figures of August 2024 do not move the city to a nearly empty month.
  await expect(page.getByText('Göteborgs Stad med underliggande enheter, läget i maj 2023.')).toBeVisible();
  const staff = page.getByRole('region', { name: 'Medarbetare' });
  await saveScreenshot(page, 'city-level-1-overview');

  await staff.getByRole('link', { name: '2 centrala mål (KF-mål) per nämnd' }).click();
  await expect(page.getByRole('heading', { name: 'Centrala mål per nämnd', level: 2 })).toBeVisible();
  const matrix = page.getByRole('table', { name: 'Centrala mål för Göteborgs Stad 2023 och nämndernas bedömning' });
  await expect(matrix.getByRole('columnheader', { name: 'Nämnden för Intraservice' })).toBeVisible();
  await expect(
    matrix.getByRole('row', { name: /Arbetsmiljön och arbetsvillkoren för Göteborgs Stads anställda/ }),
  ).toContainText('Ej bedömt');
  await saveScreenshot(page, 'city-level-2-council-goals');
  await checkAccessibility(page, 'council goals by committee (Mål och indikatorer, Göteborgs Stad)');

  await page.getByRole('tab', { name: 'Ekonomi', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Ekonomi', level: 1 })).toBeVisible();
  const personnel = page.getByRole('rowheader', { name: /^Personalkostnader/ });
  await expect(personnel).toContainText('Summerat från 1 enhet: Nämnden för Intraservice');
  await expect(page.getByRole('row', { name: /Personalkostnader/ })).toContainText('225 712');
  await expect(page.getByRole('rowheader', { name: /^Summa Göteborgs Stad/ })).toBeVisible();
  await saveScreenshot(page, 'city-level-3-economy');
  await checkAccessibility(page, 'economy (Ekonomi, Göteborgs Stad)');
});

/**
 * "The same at the city" (issue 18's first "Done means"): what needs attention in Göteborgs Stad
 * leads its overview, each item one click from the thing itself, and the committees' summed
 * result reads in the right colour.
 */
test('at the city, what needs attention is one click from the thing itself, and the summed result reads green', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, DEMO.administrator);
  await chooseOrgUnit(page, 'Göteborgs Stad');
  const attention = page.getByRole('region', { name: 'Behöver uppmärksamhet' });
  await expect(attention).toBeInViewport();

  const redIndicators = attention.getByRole('region', { name: /^Röda indikatorer \(\d+\)$/ });
  const indicator = redIndicators.getByRole('listitem').first();
  await expect(indicator.locator('[data-status]')).toHaveAttribute('data-status', 'RED');
  const indicatorName = (await indicator.getByRole('link').textContent())!;
  await indicator.getByRole('link').click();
  await expect(page).toHaveURL(/\/indikatorer\/\d+/);
  await expect(page.getByRole('heading', { name: indicatorName, level: 1 })).toBeVisible();
  await page.goBack();

  const redProjects = attention.getByRole('region', { name: /^Röda projekt \(\d+\)$/ });
  const project = redProjects.getByRole('listitem').first();
  await expect(project.locator('[data-status]')).toHaveAttribute('data-status', 'RED');
  const projectName = (await project.getByRole('link').textContent())!;
  await project.getByRole('link').click();
  await expect(page).toHaveURL(/\/portfolj\/projekt\/\d+/);
  await expect(page.getByRole('heading', { name: projectName, level: 1 })).toBeVisible();
  await page.goBack();

  await page.getByRole('tab', { name: 'Ekonomi', exact: true }).click();
  // Intraservice's May 2023 result, 25 mkr better than its budgeted deficit, summed at the city.
  const result = page.getByRole('row', { name: /^Verksamhetens resultat/ }).first();
  await expect(result).toContainText('Summerat från');
  await expect(result.locator('[data-status]')).toHaveAttribute('data-status', 'GREEN');
  await expect(result).toContainText('Når målet');
  await saveScreenshot(page, 'city-level-4-result');
});
