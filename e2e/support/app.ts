import { expect } from '@playwright/test';
import type { APIRequestContext, Page } from '@playwright/test';

/** The demo accounts (prisma/seed/demo-users.ts), one per role. */
export const DEMO = {
  departmentHead: { email: 'forvaltningschef@demo.lagesbild.se', password: 'demo-visare' },
  analyst: { email: 'analytiker@demo.lagesbild.se', password: 'demo-analytiker' },
  administrator: { email: 'administrator@demo.lagesbild.se', password: 'demo-admin' },
  portfolioOfficer: { email: 'portfoljkontoret@demo.lagesbild.se', password: 'demo-portfolj' },
  planner: { email: 'planerare@demo.lagesbild.se', password: 'demo-planerare' },
} as const;

export type DemoAccount = (typeof DEMO)[keyof typeof DEMO];

/** Signs in through the sign-in page, as a person does, and waits for the overview. */
export async function signIn(page: Page, account: DemoAccount): Promise<void> {
  await page.goto('/logga-in');
  await page.getByLabel('E-post').fill(account.email);
  await page.getByLabel('Lösenord').fill(account.password);
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await expect(page).toHaveURL(/\/oversikt/);
}

/** Opens a page that the main navigation gathers under a menu (Administration, Planering). */
export async function openFromMenu(page: Page, menu: 'Administration' | 'Planering', pageName: string): Promise<void> {
  const item = page.getByRole('menuitem', { name: pageName, exact: true });
  // The tabs move while the to-do count and the menus' tabs arrive (or after a resize): a click
  // that opened nothing, or the neighbouring menu, is made again, as a person would.
  await expect(async () => {
    if (await item.isVisible()) return;
    if (await page.getByRole('menu').isVisible()) await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: menu }).click();
    await expect(item).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await item.click();
  await expect(page.getByRole('menu')).toBeHidden();
}

/** The page does not scroll sideways: what is wider than the screen scrolls in its own box. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth))
    .toBe(0);
}

/** Opens the organisation tree and picks a unit by its name, as a person does. */
export async function chooseOrgUnit(page: Page, name: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Organisation' }).click();
  await page.getByRole('tree', { name: 'Organisation' }).getByText(name, { exact: true }).click();
  await expect(page.getByRole('tree')).toBeHidden();
}

export interface GraphqlResponse<Data> {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Sends a GraphQL operation with the page's cookies, as a script in the signed-in user's
 * browser could. Apollo's CSRF prevention wants a header a plain form cannot send.
 */
export async function postGraphql<Data>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphqlResponse<Data>> {
  const response = await request.post('/graphql', {
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    data: { query, variables },
  });
  return (await response.json()) as GraphqlResponse<Data>;
}
