import { MAX_ORDERED_ITEMS } from '@lagesbild/types';
import type { SignedInUser } from '../access';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';
import { createRiskFixture } from './risk-fixture';

const CATEGORIES = graphql(`
  query RiskCategoryOrderTest_Categories {
    riskCategories {
      id
      code
      name
      sortOrder
      retired
      version
    }
  }
`);
/** What the risk register reads: its category filter and the risks, grouped by category. */
const REGISTER = graphql(`
  query RiskCategoryOrderTest_Register($orgUnitCode: String!) {
    riskCategories {
      name
      retired
    }
    risks(orgUnitCode: $orgUnitCode) {
      title
      category {
        name
      }
    }
  }
`);
const REORDER = graphql(`
  mutation RiskCategoryOrderTest_Reorder($input: ReorderRiskCategoriesInput!) {
    reorderRiskCategories(input: $input) {
      id
      name
      sortOrder
      version
    }
  }
`);
const CREATE = graphql(`
  mutation RiskCategoryOrderTest_Create($input: CreateRiskCategoryInput!) {
    createRiskCategory(input: $input) {
      id
      sortOrder
      version
    }
  }
`);
const UPDATE = graphql(`
  mutation RiskCategoryOrderTest_Update($input: UpdateRiskCategoryInput!) {
    updateRiskCategory(input: $input) {
      id
      version
    }
  }
`);
const REMOVE = graphql(`
  mutation RiskCategoryOrderTest_Remove($input: RemoveRiskCategoryInput!) {
    removeRiskCategory(input: $input) {
      id
    }
  }
`);

const EXTERNAL = 'Omvärld';
const COMPLIANCE = 'Regelefterlevnad och oegentligheter';
const SECURITY = 'Informationssäkerhet';

describe('the order of the risk categories, kept by the administrators of the city', () => {
  let server: GraphqlTestServer;
  let cityAdmin: SignedInUser;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    await createRiskFixture(server.prisma, { committeeRisks: 2 });
    cityAdmin = await server.createUser([{ role: 'ADMIN', orgUnitCode: 'goteborg' }], 'Administratör');
  });
  beforeEach(() => server.actAs(cityAdmin));
  afterAll(() => server.stop());

  const categories = async () => (await server.query(CATEGORIES)).riskCategories;
  const shownOrder = async () => (await categories()).map((category) => category.id);
  const namesInOrder = async () => (await categories()).map((category) => category.name);
  const reorderEvents = () =>
    server.prisma.auditEvent.findMany({ where: { operation: 'reorderRiskCategories' }, orderBy: { id: 'asc' } });
  /** The ids of the names given, in that order. */
  const idsOf = async (...names: string[]) => {
    const all = await categories();
    return names.map((name) => all.find((category) => category.name === name)!.id);
  };

  it('adds a new category last, and orders the retired ones with the rest', async () => {
    const { createRiskCategory } = await server.query(CREATE, { input: { name: SECURITY } });
    // The fixture's categories are at 1 and 5: the new one comes after the last, not at the count.
    expect(createRiskCategory.sortOrder).toBe(6);
    const external = (await categories()).find((category) => category.name === EXTERNAL)!;
    await server.query(UPDATE, {
      input: { id: external.id, expectedVersion: external.version, name: EXTERNAL, retired: true },
    });
    expect((await categories()).map(({ name, retired }) => [name, retired])).toEqual([
      [EXTERNAL, true],
      [COMPLIANCE, false],
      [SECURITY, false],
    ]);
  });

  it('refuses a category beyond the most a reorder takes, beside its name', async () => {
    const count = await server.prisma.riskCategory.count();
    await server.prisma.riskCategory.createMany({
      data: Array.from({ length: MAX_ORDERED_ITEMS - count }, (_, index) => ({
        code: `fyllnad-${index}`,
        name: `Fyllnad ${index}`,
        sortOrder: 100 + index,
      })),
    });
    const errors = await server.queryErrors(CREATE, { input: { name: 'En för mycket' } });
    expect(errors[0]?.extensions?.fieldErrors).toEqual([{ field: 'input.name', message: 'listFull' }]);
    expect(await server.prisma.riskCategory.count()).toBe(MAX_ORDERED_ITEMS);
    await server.prisma.riskCategory.deleteMany({ where: { code: { startsWith: 'fyllnad-' } } });
  });

  it('puts the categories in a new order, which the register’s category filter and its risks follow, audited', async () => {
    const shown = await shownOrder();
    const ids = await idsOf(SECURITY, COMPLIANCE, EXTERNAL);
    const { reorderRiskCategories } = await server.query(REORDER, { input: { ids, expectedIds: shown } });
    expect(reorderRiskCategories.map(({ name, sortOrder }) => [name, sortOrder])).toEqual([
      [SECURITY, 1],
      [COMPLIANCE, 2],
      [EXTERNAL, 3],
    ]);

    // Everyone signed in reads the new order: an analyst's register lists its filter's categories
    // (the retired one included) and its risks by it.
    server.actAs(await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }]));
    const register = await server.query(REGISTER, { orgUnitCode: 'intraservice' });
    expect(register.riskCategories.map(({ name, retired }) => [name, retired])).toEqual([
      [SECURITY, false],
      [COMPLIANCE, false],
      [EXTERNAL, true],
    ]);
    expect(register.risks.map((risk) => [risk.category.name, risk.title])).toEqual([
      [COMPLIANCE, 'Risk 02'],
      [EXTERNAL, 'Risk 01'],
      [EXTERNAL, 'Driftstörning'],
    ]);

    // Each category whose place changed is one audited write, by the administrator, of its place.
    const events = await reorderEvents();
    expect(
      events.map((event) => [event.entityType, event.entityId, event.action, event.userId, event.changes]),
    ).toEqual([
      ['RiskCategory', ids[0], 'UPDATE', cityAdmin.id, expect.objectContaining({ sortOrder: { old: 6, new: 1 } })],
      ['RiskCategory', ids[1], 'UPDATE', cityAdmin.id, expect.objectContaining({ sortOrder: { old: 5, new: 2 } })],
      ['RiskCategory', ids[2], 'UPDATE', cityAdmin.id, expect.objectContaining({ sortOrder: { old: 1, new: 3 } })],
    ]);

    // A category added after it comes last in the new order.
    server.actAs(cityAdmin);
    const { createRiskCategory } = await server.query(CREATE, { input: { name: 'Klimat' } });
    expect(createRiskCategory.sortOrder).toBe(4);
    expect(await namesInOrder()).toEqual([SECURITY, COMPLIANCE, EXTERNAL, 'Klimat']);
  });

  it('refuses a reorder of a list someone has reordered since, with the categories as they now are', async () => {
    const shown = await shownOrder();
    const [security, compliance, external, climate] = shown;
    // The first administrator moves Klimat up one place …
    await server.query(REORDER, { input: { ids: [security!, compliance!, climate!, external!], expectedIds: shown } });
    const events = (await reorderEvents()).length;
    // … while the second, still looking at the old order, moves Informationssäkerhet down one.
    const stale = await server.queryErrors(REORDER, {
      input: { ids: [compliance!, security!, external!, climate!], expectedIds: shown },
    });
    const now = await categories();
    expect(stale[0]?.extensions).toEqual({
      code: 'CONFLICT',
      current: now.map(({ id, code, name, sortOrder, retired, version }) => ({
        id,
        code,
        name,
        sortOrder,
        retired,
        version,
      })),
    });
    expect(now.map((category) => category.name)).toEqual([SECURITY, COMPLIANCE, 'Klimat', EXTERNAL]);
    expect(await reorderEvents()).toHaveLength(events);
  });

  it('refuses a reorder made before a category was added or removed, as a conflict', async () => {
    const shown = await shownOrder();
    const reversed = [...shown].reverse();
    const { createRiskCategory: added } = await server.query(CREATE, { input: { name: 'Tillfällig' } });
    expect(
      (await server.queryErrors(REORDER, { input: { ids: reversed, expectedIds: shown } }))[0]?.extensions?.code,
    ).toBe('CONFLICT');

    const withAdded = await shownOrder();
    await server.query(REMOVE, { input: { id: added.id, expectedVersion: added.version } });
    expect(
      (await server.queryErrors(REORDER, { input: { ids: [...withAdded].reverse(), expectedIds: withAdded } }))[0]
        ?.extensions?.code,
    ).toBe('CONFLICT');
    expect(await shownOrder()).toEqual(shown);
  });

  it('refuses ids that are not each category once, beside input.ids, changing nothing', async () => {
    const shown = await shownOrder();
    const before = await categories();
    const events = await server.prisma.auditEvent.count();
    const refusal = async (ids: string[]) =>
      (await server.queryErrors(REORDER, { input: { ids, expectedIds: shown } }))[0]?.extensions;

    expect(await refusal([shown[1]!, shown[0]!, shown[1]!, shown[2]!, shown[3]!])).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'input.ids', message: 'duplicate' }],
    });
    expect(await refusal([shown[1]!, shown[0]!, shown[2]!])).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'input.ids', message: 'missingCategory' }],
    });
    expect(await refusal(['999999', ...shown])).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'input.ids', message: 'unknownCategory' }],
    });
    expect((await refusal(['999999', ...shown.slice(1)]))?.fieldErrors).toEqual([
      { field: 'input.ids', message: 'unknownCategory' },
      { field: 'input.ids', message: 'missingCategory' },
    ]);
    expect((await refusal([]))?.fieldErrors).toEqual([{ field: 'input.ids', message: 'required' }]);
    expect((await refusal([shown[0]!, 'abc']))?.fieldErrors).toEqual([{ field: 'input.ids.1', message: 'invalidId' }]);

    expect(await categories()).toEqual(before);
    expect(await server.prisma.auditEvent.count()).toBe(events);
  });

  it('is changed by administrators of the city only', async () => {
    const shown = await shownOrder();
    const input = { ids: [...shown].reverse(), expectedIds: shown };
    for (const actor of [
      await server.createUser([{ role: 'ADMIN', orgUnitCode: 'intraservice' }]),
      await server.createUser([{ role: 'ANALYST', orgUnitCode: 'goteborg' }]),
    ]) {
      server.actAs(actor);
      expect((await server.queryErrors(REORDER, { input }))[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    server.actAs(null);
    expect((await server.queryErrors(REORDER, { input }))[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    server.actAs(cityAdmin);
    expect(await shownOrder()).toEqual(shown);
  });

  it('keeps one of two reorders saved at the same moment and refuses the other, never a mix of both', async () => {
    // As one administrator, so that the two requests start together. On PostgreSQL they run side by
    // side and the category list's lock decides; PGlite runs one transaction at a time.
    for (let pair = 1; pair <= 6; pair++) {
      const shown = await shownOrder();
      const [a, b, c, d] = shown;
      const firstTwoSwapped = [b!, a!, c!, d!];
      const lastTwoSwapped = [a!, b!, d!, c!];
      const [first, second] = await Promise.allSettled([
        server.query(REORDER, { input: { ids: firstTwoSwapped, expectedIds: shown } }),
        server.query(REORDER, { input: { ids: lastTwoSwapped, expectedIds: shown } }),
      ]);
      expect([pair, [first.status, second.status].sort()]).toEqual([pair, ['fulfilled', 'rejected']]);
      const refused = [first, second].find((outcome) => outcome.status === 'rejected');
      expect([pair, String(refused?.reason)]).toEqual([pair, expect.stringMatching(/CONFLICT/) as unknown]);
      expect([pair, await shownOrder()]).toEqual([
        pair,
        first.status === 'fulfilled' ? firstTwoSwapped : lastTwoSwapped,
      ]);
    }
  });
});
