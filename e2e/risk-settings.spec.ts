import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { checkAccessibility } from './support/accessibility';
import { saveScreenshot } from './support/artifacts';
import { DEMO, expectNoSidewaysScroll, openFromMenu, signIn } from './support/app';

/**
 * The administrator keeps the risk categories in the app: adds one (last), moves it up above
 * Stadenleveranser, renames it and sees the municipality's scale (the demo's 1–4, left as it is);
 * an analyst registers a risk in the new category, offered in that order; the administrator retires
 * it, and the analyst's next new risk is not offered it while the risk already in it keeps it.
 */
const ADDED = 'Informationssäkerhet';
const RENAMED = 'Informations- och cybersäkerhet';
const RISK = 'Nätfiske mot förvaltningens e-post';

/** The Kategori field's choices in an open risk dialog, closed again after reading them. */
async function offeredCategories(page: Page, dialogName: RegExp | string): Promise<string[]> {
  await page.getByRole('dialog', { name: dialogName }).getByRole('combobox', { name: 'Kategori' }).click();
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toBeVisible();
  const names = await options.allTextContents();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  return names;
}

test('an administrator adds, renames and retires a risk category, and an analyst’s new risks follow', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);

  // 1. The administrator adds Informationssäkerhet and renames it; the scale is 1–4.
  await signIn(page, DEMO.administrator);
  await openFromMenu(page, 'Administration', 'Riskkategorier och riskskala');
  await expect(page.getByRole('heading', { name: 'Riskkategorier och riskskala', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/administration\/riskkategorier$/);
  await expect(page.getByText('Nuvarande skala: 1–4.')).toBeVisible();
  await expect(page.getByRole('radio', { name: '1–4' })).toBeChecked();
  const categories = page.getByRole('list', { name: 'Riskkategorierna' });
  await expect(categories.getByRole('heading', { name: 'Omvärld', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Ny kategori' }).click();
  const create = page.getByRole('dialog', { name: 'Ny riskkategori' });
  await create.getByRole('textbox', { name: 'Namn' }).fill(ADDED);
  await checkAccessibility(page, 'new risk category dialog (/administration/riskkategorier)');
  await create.getByRole('button', { name: 'Spara' }).click();
  await expect(create).toBeHidden();
  await expect(page.getByText(`${ADDED} har lagts till.`)).toBeVisible();
  const added = categories.getByRole('listitem').filter({ has: page.getByRole('heading', { name: ADDED }) });
  await expect(added).toContainText('Inga risker');
  const lastTwo = async () => (await categories.getByRole('heading').allTextContents()).slice(-2);
  expect(await lastTwo()).toEqual(['Stadenleveranser', ADDED]);

  // Moved up by keyboard: the list's order changes and focus stays on the moved category.
  await page.getByRole('button', { name: `Flytta upp ${ADDED}` }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`${ADDED} är nu nummer 6 av 7.`)).toBeAttached();
  expect(await lastTwo()).toEqual([ADDED, 'Stadenleveranser']);
  await expect(page.getByRole('button', { name: `Flytta upp ${ADDED}` })).toBeFocused();

  await page.getByRole('button', { name: `Ändra ${ADDED}` }).click();
  const rename = page.getByRole('dialog', { name: `Ändra ${ADDED}` });
  await rename.getByRole('textbox', { name: 'Namn' }).fill(RENAMED);
  await rename.getByRole('button', { name: 'Spara' }).click();
  await expect(rename).toBeHidden();
  await expect(categories.getByRole('heading', { name: RENAMED, exact: true })).toBeVisible();
  await expect(categories.getByRole('heading', { name: ADDED, exact: true })).toHaveCount(0);
  await saveScreenshot(page, 'risk-settings-1-categories');
  await checkAccessibility(page, 'risk categories and scale (/administration/riskkategorier)');
  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoSidewaysScroll(page);
  await saveScreenshot(page, 'risk-settings-2-360px');
  await page.setViewportSize({ width: 1280, height: 900 });

  // 2. The analyst registers a risk of Intraservice in the renamed category.
  const analystContext = await browser.newContext({ baseURL, locale: 'sv-SE', viewport: { width: 1280, height: 900 } });
  const analyst = await analystContext.newPage();
  await signIn(analyst, DEMO.analyst);
  await analyst.goto('/risker?enhet=intraservice');
  await expect(analyst.getByRole('heading', { name: 'Risker och internkontroll', level: 1 })).toBeVisible();
  await analyst.getByRole('button', { name: 'Ny risk' }).click();
  const newRisk = /^Ny risk för /;
  const riskDialog = analyst.getByRole('dialog', { name: newRisk });
  await riskDialog.getByRole('textbox', { name: 'Risk', exact: true }).fill(RISK);
  expect((await offeredCategories(analyst, newRisk)).slice(-2)).toEqual([RENAMED, 'Stadenleveranser']);
  await riskDialog.getByRole('combobox', { name: 'Kategori' }).click();
  await analyst.getByRole('option', { name: RENAMED, exact: true }).click();
  await riskDialog.getByRole('spinbutton', { name: 'Sannolikhet' }).fill('2');
  await riskDialog.getByRole('spinbutton', { name: 'Konsekvens' }).fill('1');
  await riskDialog.getByRole('button', { name: 'Spara' }).click();
  await expect(riskDialog).toBeHidden();
  await expect(analyst.getByRole('button', { name: RISK })).toBeVisible();

  // 3. The administrator sees the risk counted, and retires the category instead of removing it.
  await page.reload();
  const renamed = categories.getByRole('listitem').filter({ has: page.getByRole('heading', { name: RENAMED }) });
  await expect(renamed).toContainText('1 risk');
  await page.getByRole('button', { name: `Ta bort ${RENAMED}` }).click();
  const remove = page.getByRole('dialog', { name: `Ta bort ${RENAMED}?` });
  await expect(remove).toContainText('1 risk hör till kategorin, så den kan inte tas bort.');
  await remove.getByRole('button', { name: 'Stäng' }).click();
  await expect(remove).toBeHidden();
  await page.getByRole('button', { name: `Ändra ${RENAMED}` }).click();
  const retire = page.getByRole('dialog', { name: `Ändra ${RENAMED}` });
  await retire.getByRole('checkbox', { name: 'Pensionerad: erbjuds inte för nya risker' }).check();
  await retire.getByRole('button', { name: 'Spara' }).click();
  await expect(retire).toBeHidden();
  await expect(renamed).toContainText('Pensionerad');
  await saveScreenshot(page, 'risk-settings-3-retired');

  // 4. The analyst's next new risk is not offered the retired category; the risk in it keeps it.
  await analyst.reload();
  await analyst.getByRole('button', { name: 'Ny risk' }).click();
  const offered = await offeredCategories(analyst, newRisk);
  expect(offered).not.toContain(RENAMED);
  expect(offered).toContain('Omvärld');
  await riskDialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(riskDialog).toBeHidden();
  await analyst.getByRole('button', { name: RISK }).click();
  await analyst.getByRole('dialog', { name: RISK }).getByRole('button', { name: 'Redigera risk' }).click();
  const edit = analyst.getByRole('dialog', { name: 'Redigera risk' });
  await expect(edit.getByRole('combobox', { name: 'Kategori' })).toHaveText(`${RENAMED} (pensionerad)`);
  await saveScreenshot(analyst, 'risk-settings-4-risk-keeps-retired-category');
  await checkAccessibility(analyst, 'a risk in a retired category (/risker)');
  await analystContext.close();
});
