import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { SignedInUser } from '../access';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';
import { createRiskFixture } from './risk-fixture';

const CATEGORIES = graphql(`
  query RiskSettingsTest_Categories {
    riskCategories {
      id
      code
      name
      sortOrder
      retired
      riskCount
      version
    }
    riskScale {
      max
      largestValued
    }
  }
`);
const CREATE_CATEGORY = graphql(`
  mutation RiskSettingsTest_CreateCategory($input: CreateRiskCategoryInput!) {
    createRiskCategory(input: $input) {
      id
      code
      name
      sortOrder
      retired
      riskCount
      version
    }
  }
`);
const UPDATE_CATEGORY = graphql(`
  mutation RiskSettingsTest_UpdateCategory($input: UpdateRiskCategoryInput!) {
    updateRiskCategory(input: $input) {
      id
      name
      retired
      version
    }
  }
`);
const REMOVE_CATEGORY = graphql(`
  mutation RiskSettingsTest_RemoveCategory($input: RemoveRiskCategoryInput!) {
    removeRiskCategory(input: $input) {
      name
    }
  }
`);
const SET_SCALE = graphql(`
  mutation RiskSettingsTest_SetScale($input: SetRiskScaleInput!) {
    setRiskScale(input: $input) {
      max
      largestValued
    }
  }
`);
const CREATE_RISK = graphql(`
  mutation RiskSettingsTest_CreateRisk($input: CreateRiskInput!) {
    createRisk(input: $input) {
      id
      version
      category {
        name
      }
    }
  }
`);
const UPDATE_RISK = graphql(`
  mutation RiskSettingsTest_UpdateRisk($input: UpdateRiskInput!) {
    updateRisk(input: $input) {
      title
      version
      category {
        name
      }
    }
  }
`);

describe('risk categories and the risk scale, kept by the administrators of the city', () => {
  let server: GraphqlTestServer;
  let fixture: Awaited<ReturnType<typeof createRiskFixture>>;
  let cityAdmin: SignedInUser;
  let committeeAdmin: SignedInUser;
  let analyst: SignedInUser;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    fixture = await createRiskFixture(server.prisma, { committeeRisks: 2 });
    cityAdmin = await server.createUser([{ role: 'ADMIN', orgUnitCode: 'goteborg' }], 'Administratör');
    committeeAdmin = await server.createUser([{ role: 'ADMIN', orgUnitCode: 'intraservice' }]);
    analyst = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }]);
  });
  beforeEach(() => server.actAs(cityAdmin));
  afterAll(() => server.stop());

  const categories = async () => (await server.query(CATEGORIES)).riskCategories;
  const categoryNamed = async (name: string) => (await categories()).find((category) => category.name === name)!;
  const errorOf = async <Data, Variables>(document: TypedDocumentNode<Data, Variables>, variables: Variables) =>
    (await server.queryErrors(document, variables))[0]?.extensions;
  const newRisk = (categoryId: string, title = 'Ny risk') => ({
    orgUnitId: String(fixture.committee.id),
    categoryId,
    title,
    valuation: { valuedOn: '2023-06-01', probability: 2, consequence: 3 },
  });

  it('lists the categories in order with how many risks, of every unit, each holds', async () => {
    const riskCount = (categoryId: number) => server.prisma.risk.count({ where: { categoryId } });
    expect((await categories()).map(({ name, riskCount, retired }) => [name, riskCount, retired])).toEqual([
      ['Omvärld', await riskCount(fixture.external.id), false],
      ['Regelefterlevnad och oegentligheter', await riskCount(fixture.compliance.id), false],
    ]);
    expect(await riskCount(fixture.compliance.id)).toBeGreaterThan(1);
  });

  it('adds a category last, with a code made from its name, audited; a name taken or empty is refused', async () => {
    const { createRiskCategory } = await server.query(CREATE_CATEGORY, { input: { name: ' Informationssäkerhet ' } });
    expect(createRiskCategory).toMatchObject({
      code: 'informationssakerhet',
      name: 'Informationssäkerhet',
      sortOrder: 6,
      retired: false,
      riskCount: 0,
      version: 1,
    });
    const events = await server.prisma.auditEvent.findMany({ where: { operation: 'createRiskCategory' } });
    expect(events.map((event) => [event.entityType, event.action, event.userId])).toEqual([
      ['RiskCategory', 'CREATE', cityAdmin.id],
    ]);

    expect(await errorOf(CREATE_CATEGORY, { input: { name: 'OMVÄRLD' } })).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'input.name', message: 'nameTaken' }],
    });
    expect((await errorOf(CREATE_CATEGORY, { input: { name: '   ' } }))?.fieldErrors).toEqual([
      { field: 'input.name', message: 'required' },
    ]);
  });

  it('renames a category, and tells the second of two editors that someone saved first', async () => {
    const category = await categoryNamed('Informationssäkerhet');
    const input = { id: category.id, expectedVersion: category.version, name: 'Informations- och cybersäkerhet' };
    const { updateRiskCategory } = await server.query(UPDATE_CATEGORY, { input: { ...input, retired: false } });
    expect(updateRiskCategory).toMatchObject({ name: 'Informations- och cybersäkerhet', version: 2 });

    const stale = await errorOf(UPDATE_CATEGORY, { input: { ...input, name: 'Cybersäkerhet', retired: false } });
    expect(stale).toEqual({
      code: 'CONFLICT',
      current: {
        id: category.id,
        code: 'informationssakerhet',
        name: 'Informations- och cybersäkerhet',
        sortOrder: 6,
        retired: false,
        version: 2,
      },
    });
    expect(
      (await errorOf(UPDATE_CATEGORY, { input: { ...input, expectedVersion: 2, name: 'omvärld', retired: false } }))
        ?.fieldErrors,
    ).toEqual([{ field: 'input.name', message: 'nameTaken' }]);
  });

  it('retires a category: not offered for a new risk or a move, kept by the risks already in it', async () => {
    server.actAs(analyst);
    const { createRisk } = await server.query(CREATE_RISK, {
      input: newRisk(String(fixture.compliance.id), 'Risk i en kategori som pensioneras'),
    });
    server.actAs(cityAdmin);
    const compliance = await categoryNamed('Regelefterlevnad och oegentligheter');
    const { updateRiskCategory } = await server.query(UPDATE_CATEGORY, {
      input: { id: compliance.id, expectedVersion: compliance.version, name: compliance.name, retired: true },
    });
    expect(updateRiskCategory.retired).toBe(true);

    server.actAs(analyst);
    expect((await errorOf(CREATE_RISK, { input: newRisk(compliance.id) }))?.fieldErrors).toEqual([
      { field: 'input.categoryId', message: 'categoryRetired' },
    ]);
    // The risk already in it is edited without losing its category …
    const { updateRisk } = await server.query(UPDATE_RISK, {
      input: {
        id: createRisk.id,
        expectedVersion: createRisk.version,
        categoryId: compliance.id,
        title: 'Omformulerad',
      },
    });
    expect(updateRisk).toMatchObject({ title: 'Omformulerad', category: { name: compliance.name } });
    // … but no other risk moves into it.
    const other = fixture.risks[0]!;
    expect(
      (
        await errorOf(UPDATE_RISK, {
          input: { id: String(other.id), expectedVersion: 1, categoryId: compliance.id, title: 'X' },
        })
      )?.fieldErrors,
    ).toEqual([{ field: 'input.categoryId', message: 'categoryRetired' }]);

    // Put back in use, it is offered again.
    server.actAs(cityAdmin);
    const retired = await categoryNamed(compliance.name);
    await server.query(UPDATE_CATEGORY, {
      input: { id: retired.id, expectedVersion: retired.version, name: retired.name, retired: false },
    });
    server.actAs(analyst);
    expect(
      (await server.query(CREATE_RISK, { input: newRisk(compliance.id, 'Åter i bruk') })).createRisk.category,
    ).toEqual({ name: compliance.name });
  });

  it('removes a category no risk is in, and refuses one that has risks', async () => {
    const inUse = await categoryNamed('Omvärld');
    expect(await errorOf(REMOVE_CATEGORY, { input: { id: inUse.id, expectedVersion: inUse.version } })).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'input.id', message: 'categoryInUse' }],
    });
    const unused = await categoryNamed('Informations- och cybersäkerhet');
    const { removeRiskCategory } = await server.query(REMOVE_CATEGORY, {
      input: { id: unused.id, expectedVersion: unused.version },
    });
    expect(removeRiskCategory.map((category) => category.name)).toEqual([
      'Omvärld',
      'Regelefterlevnad och oegentligheter',
    ]);
  });

  it('widens the scale to 1–5, and refuses to narrow it below a valuation already made', async () => {
    expect((await server.query(CATEGORIES)).riskScale).toEqual({ max: 4, largestValued: 4 });
    expect((await server.query(SET_SCALE, { input: { max: 5, expectedMax: 4 } })).setRiskScale).toEqual({
      max: 5,
      largestValued: 4,
    });
    expect(await errorOf(SET_SCALE, { input: { max: 4, expectedMax: 4 } })).toMatchObject({
      code: 'CONFLICT',
      current: { max: 5 },
    });

    server.actAs(analyst);
    const { createRisk } = await server.query(CREATE_RISK, {
      input: {
        ...newRisk(String(fixture.external.id), 'Värderad 5'),
        valuation: { valuedOn: '2023-06-01', probability: 5, consequence: 2 },
      },
    });
    expect(createRisk.id).toBeTruthy();

    server.actAs(cityAdmin);
    expect(await errorOf(SET_SCALE, { input: { max: 4, expectedMax: 5 } })).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'input.max', message: 'valuationsAboveScale' }],
    });
    expect((await errorOf(SET_SCALE, { input: { max: 3, expectedMax: 5 } }))?.fieldErrors).toEqual([
      { field: 'input.max', message: 'fourOrFive' },
    ]);
    expect((await server.query(CATEGORIES)).riskScale).toEqual({ max: 5, largestValued: 5 });
    const events = await server.prisma.auditEvent.findMany({ where: { operation: 'setRiskScale' } });
    expect(events.map((event) => [event.entityType, event.action])).toEqual([['OrgUnit', 'UPDATE']]);
  });

  it('never holds a 5 on a 1–4 scale, when a narrowing and a valuation of 5 are saved at the same moment', async () => {
    // Both as one person, so that the two requests start together. On PostgreSQL they run side
    // by side and the row lock decides; PGlite runs one transaction at a time.
    server.actAs(
      await server.createUser([
        { role: 'ADMIN', orgUnitCode: 'goteborg' },
        { role: 'ANALYST', orgUnitCode: 'goteborg' },
      ]),
    );
    const city = await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'goteborg' } });
    for (let pair = 1; pair <= 6; pair++) {
      await server.prisma.riskValuation.deleteMany({ where: { OR: [{ probability: 5 }, { consequence: 5 }] } });
      await server.prisma.orgUnit.update({ where: { id: city.id }, data: { riskScaleMax: 5 } });
      const [narrowed, valued] = await Promise.allSettled([
        server.query(SET_SCALE, { input: { max: 4, expectedMax: 5 } }),
        server.query(CREATE_RISK, {
          input: {
            ...newRisk(String(fixture.external.id), `Samtidig ${pair}`),
            valuation: { valuedOn: '2023-06-01', probability: 5, consequence: 1 },
          },
        }),
      ]);
      const scale = (await server.query(CATEGORIES)).riskScale;
      expect([pair, scale.max === 4 && scale.largestValued === 5]).toEqual([pair, false]);
      // One of the two was saved; the other was refused for it, never both.
      expect([narrowed.status, valued.status].sort()).toEqual(['fulfilled', 'rejected']);
    }
  });

  it('never leaves a risk in a removed category, when the removal and the risk are saved at the same moment', async () => {
    // As one person holding both roles, so that the two requests start together (see above).
    server.actAs(
      await server.createUser([
        { role: 'ADMIN', orgUnitCode: 'goteborg' },
        { role: 'ANALYST', orgUnitCode: 'goteborg' },
      ]),
    );
    for (let pair = 1; pair <= 6; pair++) {
      const { createRiskCategory: category } = await server.query(CREATE_CATEGORY, {
        input: { name: `Tillfällig ${pair}` },
      });
      const [removed, created] = await Promise.allSettled([
        server.query(REMOVE_CATEGORY, { input: { id: category.id, expectedVersion: category.version } }),
        server.query(CREATE_RISK, { input: newRisk(category.id, `Samtidig risk ${pair}`) }),
      ]);
      const inCategory = await server.prisma.risk.count({ where: { categoryId: Number(category.id) } });
      const exists = (await server.prisma.riskCategory.count({ where: { id: Number(category.id) } })) > 0;
      // One of the two was saved and the other refused beside its field, never an internal error.
      const refusal = [removed, created].find((outcome) => outcome.status === 'rejected');
      expect([pair, String(refusal?.reason)]).toEqual([
        pair,
        expect.stringMatching(exists ? /categoryInUse/ : /unknownCategory/) as unknown,
      ]);
      expect([pair, exists, inCategory]).toEqual([pair, ...(exists ? [true, 1] : [false, 0])]);
      await server.prisma.risk.deleteMany({ where: { categoryId: Number(category.id) } });
      await server.prisma.riskCategory.deleteMany({ where: { id: Number(category.id) } });
    }
  });

  it('is changed by administrators of the city only; everyone signed in reads it', async () => {
    const omvarld = await categoryNamed('Omvärld');
    for (const actor of [committeeAdmin, analyst]) {
      server.actAs(actor);
      expect((await errorOf(CREATE_CATEGORY, { input: { name: 'Egen kategori' } }))?.code).toBe('FORBIDDEN');
      expect(
        (
          await errorOf(UPDATE_CATEGORY, {
            input: { id: omvarld.id, expectedVersion: omvarld.version, name: 'Omvärlden', retired: false },
          })
        )?.code,
      ).toBe('FORBIDDEN');
      expect((await errorOf(SET_SCALE, { input: { max: 4, expectedMax: 5 } }))?.code).toBe('FORBIDDEN');
      expect((await categories()).length).toBe(2);
    }
  });
});
