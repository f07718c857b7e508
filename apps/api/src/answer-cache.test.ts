import { createTestDatabase } from '@lagesbild/db/testing';
import type { TestDatabase } from '@lagesbild/db/testing';
import { print } from 'graphql';
import { AnswerCache, CACHEABLE_ROOT_FIELDS, PERSONAL_ROOT_FIELDS } from './answer-cache';
import type { SignedInUser } from './modules/access';
import { runAudited, withAuditedWrites } from './modules/audit';
import { createGoalFixture } from './testing/fixtures';
import { createSchema } from './schema';
import { createApolloServer } from './server';
import { graphql } from './testing/generated';
import { sessionCookieOf, startHttpTestServer } from './testing/http-test-server';
import type { ListeningServer } from './testing/http-test-server';
import { startGraphqlTestServer } from './testing/graphql-test-server';
import type { GraphqlTestServer } from './testing/graphql-test-server';

const MAY_VALUE = graphql(`
  query AnswerCacheMayValue($id: ID!) {
    indicator(id: $id) {
      name
      value(period: "2023-05") {
        outcome
        version
      }
    }
  }
`);

const SAVE_VALUE = graphql(`
  mutation AnswerCacheSaveValue($input: IndicatorValueInput!) {
    saveIndicatorValue(input: $input) {
      outcome
    }
  }
`);

const OVERVIEW_OF = graphql(`
  query AnswerCacheOverviewOf($code: String!) {
    overview(orgUnitCode: $code, upTo: { year: 2023, month: 5 }) {
      orgUnit {
        code
      }
    }
  }
`);

const UNITS = graphql(`
  query AnswerCacheUnits {
    orgUnits {
      code
    }
  }
`);

/** A question about the user beside one about the data (computing the overview reads the database). */
const VIEWER_AND_OVERVIEW = graphql(`
  query AnswerCacheViewerAndOverview {
    viewer {
      name
    }
    overview(orgUnitCode: "intraservice", upTo: { year: 2023, month: 5 }) {
      orgUnit {
        code
      }
    }
  }
`);

describe('the answer cache', () => {
  let server: GraphqlTestServer;
  let today: string;
  let indicatorId: string;
  let analyst: SignedInUser;
  let reader: SignedInUser;

  let day = 0;

  beforeAll(async () => {
    server = await startGraphqlTestServer({ answerCache: new AnswerCache({ today: () => today }) });
    await createGoalFixture(server.prisma, { committeeGoals: 1 });
    indicatorId = String((await server.prisma.indicator.findFirstOrThrow({ where: { code: 'SJUKFRANVARO-1' } })).id);
    analyst = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }], 'Analytiker');
    reader = await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }], 'Läsare');
  });
  afterAll(() => server.stop());
  // A day of its own for each test: the date is part of the key, so no test finds another's answers.
  beforeEach(() => {
    day += 1;
    today = `2023-07-${String(day).padStart(2, '0')}`;
  });

  /** The SQL statements one operation sends. */
  async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
    server.statements.length = 0;
    await run();
    return [...server.statements];
  }

  const mayOutcome = async () => (await server.query(MAY_VALUE, { id: indicatorId })).indicator?.value?.outcome;

  it('answers a question asked again from the cache, reading only the data version', async () => {
    server.actAs(reader);
    const computed = await statementsOf(mayOutcome);
    const cached = await statementsOf(mayOutcome);
    expect(await mayOutcome()).toBeGreaterThan(0);
    expect(computed.length).toBeGreaterThan(cached.length);
    // Neither the indicator nor the org tree, which is kept per data version too.
    expect(cached).toHaveLength(1);
    expect(cached[0]).toContain('"DataVersion"');
  });

  it('reads a unit created by another server process at the next request, with the access it gives', async () => {
    server.actAs(reader);
    const committee = await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'intraservice' } });
    await runAudited(withAuditedWrites(server.prisma), 'createOrgUnit', analyst.id, (tx) =>
      tx.orgUnit.create({
        data: { code: 'ny-enhet', name: 'Ny enhet', kind: 'BUSINESS_AREA', parentId: committee.id },
      }),
    );
    // A tree kept from before the write would not place the new unit under Intraservice, and the
    // reader of Intraservice would not be let read it.
    expect((await server.query(OVERVIEW_OF, { code: 'ny-enhet' })).overview?.orgUnit.code).toBe('ny-enhet');
  });

  it('shows a saved value at the next read', async () => {
    server.actAs(reader);
    const { indicator } = await server.query(MAY_VALUE, { id: indicatorId });
    server.actAs(analyst);
    const saved = indicator!.value!.outcome! + 0.5;
    await server.query(SAVE_VALUE, {
      input: { indicatorId, period: '2023-05', outcome: saved, expectedVersion: indicator!.value!.version },
    });
    server.actAs(reader);
    expect(await mayOutcome()).toBe(saved);
  });

  it('shows a write committed by another server process at the next read', async () => {
    server.actAs(reader);
    const saved = (await mayOutcome())! + 1.2;
    // Another process shares only the database: its write reaches this one through the data version.
    const otherProcess = withAuditedWrites(server.prisma);
    await runAudited(otherProcess, 'saveIndicatorValue', analyst.id, async (tx) => {
      const value = await tx.indicatorValue.findFirstOrThrow({
        where: { indicatorId: Number(indicatorId), granularity: 'MONTH', year: 2023, periodNumber: 5 },
      });
      await tx.indicatorValue.update({ where: { id: value.id }, data: { outcome: saved } });
    });
    expect(await mayOutcome()).toBe(saved);
  });

  it('goes on answering from the cache after a write that was rolled back', async () => {
    server.actAs(reader);
    const before = await mayOutcome();
    const cached = await statementsOf(mayOutcome);
    await expect(
      runAudited(withAuditedWrites(server.prisma), 'saveIndicatorValue', analyst.id, async (tx) => {
        const value = await tx.indicatorValue.findFirstOrThrow({
          where: { indicatorId: Number(indicatorId), granularity: 'MONTH', year: 2023, periodNumber: 5 },
        });
        await tx.indicatorValue.update({ where: { id: value.id }, data: { outcome: 0 } });
        throw new Error('The save was given up');
      }),
    ).rejects.toThrow('given up');
    expect(await statementsOf(mayOutcome)).toHaveLength(cached.length);
    expect(await mayOutcome()).toBe(before);
  });

  it('gives users who may read different units their own answers', async () => {
    const cityReader = await server.createUser([{ role: 'VIEWER', orgUnitCode: 'goteborg' }], 'Stadens läsare');
    server.actAs(reader);
    const codesOfReader = (await server.query(UNITS)).orgUnits.map((unit) => unit.code);
    server.actAs(cityReader);
    const codesOfCityReader = (await server.query(UNITS)).orgUnits.map((unit) => unit.code);
    expect(codesOfReader).not.toContain('kommunstyrelsen');
    expect(codesOfCityReader).toContain('kommunstyrelsen');
  });

  it('shares one answer among users who may read the same', async () => {
    const secondReader = await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }], 'Andra läsaren');
    server.actAs(reader);
    const computed = await statementsOf(mayOutcome);
    server.actAs(secondReader);
    expect((await statementsOf(mayOutcome)).length).toBeLessThan(computed.length);
  });

  it('never answers a question about the user from another user’s answer', async () => {
    const secondReader = await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }], 'Tredje läsaren');
    server.actAs(reader);
    expect((await server.query(VIEWER_AND_OVERVIEW)).viewer?.name).toBe('Läsare');
    server.actAs(secondReader);
    expect((await server.query(VIEWER_AND_OVERVIEW)).viewer?.name).toBe('Tredje läsaren');
  });

  it('keeps a page that asks about the user for that user alone', async () => {
    const fourthReader = await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }], 'Fjärde läsaren');
    server.actAs(reader);
    const computed = await statementsOf(() => server.query(VIEWER_AND_OVERVIEW));
    expect((await statementsOf(() => server.query(VIEWER_AND_OVERVIEW))).length).toBeLessThan(computed.length);
    server.actAs(fourthReader);
    expect(await statementsOf(() => server.query(VIEWER_AND_OVERVIEW))).toHaveLength(computed.length);
  });

  it('names only root fields the schema has', () => {
    const queryFields = Object.keys(createSchema().getQueryType()!.getFields());
    expect([...CACHEABLE_ROOT_FIELDS, ...PERSONAL_ROOT_FIELDS].filter((field) => !queryFields.includes(field))).toEqual(
      [],
    );
  });

  it('computes again on a new day, since what is overdue follows the calendar', async () => {
    server.actAs(reader);
    const computed = await statementsOf(mayOutcome);
    today = `2023-08-${String(day).padStart(2, '0')}`;
    expect(await statementsOf(mayOutcome)).toHaveLength(computed.length);
  });

  it('computes identical questions asked at the same moment once', async () => {
    server.actAs(reader);
    const once = await statementsOf(mayOutcome);
    today = `2023-09-${String(day).padStart(2, '0')}`;
    const tenAtOnce = await statementsOf(() => Promise.all(Array.from({ length: 10 }, mayOutcome)));
    // One computation, and for each request its org tree and the data version.
    expect(tenAtOnce.length).toBeLessThan(once.length + 10 * 2 + 1);
  });
});

/** As a browser gets it: the cached answer over HTTP, from the server `pnpm start` runs. */
describe('a cached answer over HTTP', () => {
  let database: TestDatabase;
  let server: ListeningServer;
  let cookie: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    await createGoalFixture(database.prisma, { committeeGoals: 2 });
    const committee = await database.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'intraservice' } });
    const user = await database.prisma.user.create({
      data: {
        email: 'chef@test.lagesbild.se',
        name: 'Chef',
        roles: { create: { role: 'VIEWER', orgUnitId: committee.id } },
      },
    });
    cookie = await sessionCookieOf(database.prisma, user.id);
    server = await startHttpTestServer({
      prisma: database.prisma,
      apollo: createApolloServer({ answerCache: new AnswerCache() }),
    });
  });
  afterAll(async () => {
    await server.close();
    await database.destroy();
  });

  async function askForTheOverview(accept?: string) {
    const response = await fetch(`${server.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, ...(accept ? { accept } : {}) },
      body: JSON.stringify({ query: print(VIEWER_AND_OVERVIEW) }),
    });
    return { contentType: response.headers.get('content-type'), text: await response.text() };
  }

  it('is sent as the computed answer was, byte for byte, with the type the client asked for', async () => {
    const computed = await askForTheOverview();
    const cached = await askForTheOverview();
    expect(JSON.parse(computed.text)).toEqual({
      data: { viewer: { name: 'Chef' }, overview: { orgUnit: { code: 'intraservice' } } },
    });
    expect(cached).toEqual(computed);
    // Apollo Client asks for the GraphQL media type first.
    const asApolloClientAsks = await askForTheOverview('application/graphql-response+json,application/json;q=0.9');
    expect(asApolloClientAsks).toEqual({
      contentType: 'application/graphql-response+json; charset=utf-8',
      text: computed.text,
    });
  });
});
