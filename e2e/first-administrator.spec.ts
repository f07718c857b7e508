import { expect, test } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { startEmptyInstance } from './support/empty-instance';
import type { EmptyInstance } from './support/empty-instance';

/**
 * An installation started without the demo data: the sign-in page leads to the first run,
 * the setup code comes from the server's log, and the first administrator lands signed in
 * on an empty overview. A second server on its own port and database, so the other
 * journeys keep their demo data.
 */
const port = Number(process.env.E2E_EMPTY_PORT ?? Number(process.env.E2E_PORT ?? 4200) + 1);
let instance: EmptyInstance;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  instance = await startEmptyInstance(port);
});

test.afterAll(async () => {
  await instance?.stop();
});

test('the first administrator sets up an empty installation and lands signed in on its overview', async ({ page }) => {
  // On a phone first: the whole form fits 360 px without scrolling sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`${instance.baseURL}/logga-in`);
  await expect(page).toHaveURL(/\/forsta-start$/);
  await expect(page.getByRole('heading', { name: 'Kom igång med Lägesbild', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Engångskod')).toBeFocused();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await saveScreenshot(page, 'first-administrator-1-phone');
  await checkAccessibility(page, 'first run at 360 px (/forsta-start)');
  await page.setViewportSize({ width: 1366, height: 900 });

  // A wrong code is refused beside its field.
  await page.getByLabel('Engångskod').fill('AAAA-BBBB-CCCC');
  await page.getByLabel('Kommunens namn').fill('Göteborgs Stad');
  await page.getByRole('textbox', { name: 'Namn', exact: true }).fill('Anna Administratör');
  await page.getByLabel('E-postadress').fill('anna@goteborg.se');
  await page.getByLabel('Lösenord').fill('ett långt lösenord');
  await page.getByRole('button', { name: 'Skapa och logga in' }).click();
  await expect(page.getByText('Koden stämmer inte. Kontrollera den mot serverns logg.')).toBeVisible();
  await saveScreenshot(page, 'first-administrator-2-wrong-code');
  await checkAccessibility(page, 'first run, wrong code (/forsta-start)');

  // The code from the log, typed as a person might (lower case), and sent with the keyboard.
  await page.getByLabel('Engångskod').fill('');
  await page.getByLabel('Engångskod').pressSequentially(instance.setupCode.toLowerCase());
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/oversikt/);
  await expect(page.getByRole('heading', { name: 'Översikt', level: 1 })).toBeVisible();
  // The city it created, with nothing in it yet.
  await expect(page.getByRole('combobox', { name: 'Organisation' })).toHaveValue('Göteborgs Stad');
  await expect(page.getByText('Det finns inga mål för enheten det här året.')).toBeVisible();
  await expect(page.getByText('Inga projekt har röd status.')).toBeVisible();
  // Signed in as her: the account menu in the app bar names her.
  await expect(page.getByRole('button', { name: 'Konto: Anna Administratör' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Administration' })).toBeVisible();
  await saveScreenshot(page, 'first-administrator-3-overview');
  await checkAccessibility(page, 'overview of an empty installation (/oversikt)');

  // The first run is over: the sign-in page stays, in a new browser too.
  const strangersBrowser = await page.context().browser()!.newContext();
  const stranger = await strangersBrowser.newPage();
  await stranger.goto(`${instance.baseURL}/forsta-start`);
  await expect(stranger.getByText(/Lägesbild har redan en administratör/)).toBeVisible();
  await stranger.goto(`${instance.baseURL}/logga-in`);
  await expect(stranger.getByRole('heading', { name: 'Logga in', level: 1 })).toBeVisible();
  await strangersBrowser.close();
});
