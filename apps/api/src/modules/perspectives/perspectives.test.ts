import { MAX_ORDERED_ITEMS } from '@lagesbild/types';
import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';

const PERSPECTIVES = graphql(`
  query PerspectivesTest_List($year: Int) {
    perspectives(year: $year) {
      id
      code
      name
      sortOrder
      description
      year
      version
    }
  }
`);
const CREATE = graphql(`
  mutation PerspectivesTest_Create($input: CreatePerspectiveInput!) {
    createPerspective(input: $input) {
      id
      code
      name
      sortOrder
      description
      year
      version
    }
  }
`);
const UPDATE = graphql(`
  mutation PerspectivesTest_Update($input: UpdatePerspectiveInput!) {
    updatePerspective(input: $input) {
      id
      name
      description
      year
      version
    }
  }
`);
const REORDER = graphql(`
  mutation PerspectivesTest_Reorder($input: ReorderPerspectivesInput!) {
    reorderPerspectives(input: $input) {
      id
      name
      sortOrder
    }
  }
`);
const REMOVE = graphql(`
  mutation PerspectivesTest_Remove($input: RemovePerspectiveInput!) {
    removePerspective(input: $input) {
      id
      name
    }
  }
`);
const COPY = graphql(`
  mutation PerspectivesTest_Copy($input: CopyPerspectivesInput!) {
    copyPerspectivesFromPreviousYear(input: $input) {
      id
      name
      sortOrder
      description
      year
    }
  }
`);
const GOALS = graphql(`
  query PerspectivesTest_Goals($year: Int!) {
    goals(orgUnitCode: "intraservice", year: $year) {
      title
      perspective {
        id
        name
        year
      }
    }
  }
`);

describe('perspectives per city and year', () => {
  let server: GraphqlTestServer;
  let staffId: string;
  let actors: Record<
    'cityAdmin' | 'committeeAdmin' | 'cityAnalyst',
    Awaited<ReturnType<GraphqlTestServer['createUser']>>
  >;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    const fixture = await createGoalFixture(server.prisma);
    staffId = String(fixture.perspective.id);
    actors = {
      cityAdmin: await server.createUser([{ role: 'ADMIN', orgUnitCode: 'goteborg' }]),
      committeeAdmin: await server.createUser([{ role: 'ADMIN', orgUnitCode: 'intraservice' }]),
      cityAnalyst: await server.createUser([{ role: 'ANALYST', orgUnitCode: 'goteborg' }]),
    };
  });
  afterAll(() => server.stop());

  const list = async (year: number) => (await server.query(PERSPECTIVES, { year })).perspectives;
  const events = (operation: string) =>
    server.prisma.auditEvent.findMany({ where: { operation }, orderBy: { id: 'asc' } });

  it('adds a perspective to a year, last in its order, audited, and refuses a name the year has', async () => {
    server.actAs(actors.cityAdmin);
    const data = await server.query(CREATE, {
      input: { year: 2023, name: ' Kund och ägare ', description: ' Brukarna och ägaren ' },
    });
    expect(data.createPerspective).toEqual({
      id: expect.any(String) as unknown,
      code: 'kund-och-agare',
      name: 'Kund och ägare',
      sortOrder: 3,
      description: 'Brukarna och ägaren',
      year: 2023,
      version: 1,
    });
    expect((await events('createPerspective')).map((event) => [event.entityType, event.action])).toEqual([
      ['Perspective', 'CREATE'],
      ['PerspectiveYear', 'CREATE'],
    ]);
    expect((await list(2023)).map((perspective) => perspective.name)).toEqual(['Medarbetare', 'Kund och ägare']);
    expect((await server.queryErrors(CREATE, { input: { year: 2023, name: 'MEDARBETARE' } }))[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'input.name', message: 'nameTaken' }],
    });
  });

  it('is changed by administrators of the city only', async () => {
    for (const actor of [actors.committeeAdmin, actors.cityAnalyst]) {
      server.actAs(actor);
      expect((await server.queryErrors(CREATE, { input: { year: 2023, name: 'Process' } }))[0]?.extensions?.code).toBe(
        'FORBIDDEN',
      );
      expect((await server.queryErrors(COPY, { input: { year: 2030 } }))[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    server.actAs(null);
    expect((await server.queryErrors(PERSPECTIVES, { year: 2023 }))[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Everyone signed in reads them.
    server.actAs(actors.cityAnalyst);
    expect((await list(2023)).length).toBe(2);
  });

  it('renames a perspective in one year only: goals of other years keep their name', async () => {
    server.actAs(actors.cityAdmin);
    await server.prisma.goal.create({
      data: {
        title: 'Friskare arbetsplatser 2022',
        level: 'COMMITTEE',
        year: 2022,
        perspectiveId: Number(staffId),
        orgUnitId: (await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'intraservice' } })).id,
      },
    });
    const renamed = await server.query(UPDATE, {
      input: { id: staffId, year: 2023, expectedVersion: 1, name: 'Medarbetare och ledarskap', description: 'HR' },
    });
    expect(renamed.updatePerspective).toEqual({
      id: staffId,
      name: 'Medarbetare och ledarskap',
      description: 'HR',
      year: 2023,
      version: 2,
    });
    const [event] = await events('updatePerspective');
    expect(event?.changes).toMatchObject({
      name: { old: 'Medarbetare', new: 'Medarbetare och ledarskap' },
      description: { old: '', new: 'HR' },
    });
    const names = async (year: number) =>
      new Set(
        (await server.query(GOALS, { year })).goals.map((goal) => `${goal.perspective.year} ${goal.perspective.name}`),
      );
    expect(await names(2023)).toEqual(new Set(['2023 Medarbetare och ledarskap']));
    expect(await names(2022)).toEqual(new Set(['2022 Medarbetare']));
    expect((await list(2022)).map((perspective) => perspective.name)).toEqual(['Medarbetare']);
  });

  it('refuses a stale version with the perspective as it now is', async () => {
    server.actAs(actors.cityAdmin);
    const errors = await server.queryErrors(UPDATE, {
      input: { id: staffId, year: 2023, expectedVersion: 1, name: 'Personal' },
    });
    expect(errors[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      current: { id: Number(staffId), name: 'Medarbetare och ledarskap', version: 2 },
    });
    expect((await list(2023)).find((perspective) => perspective.id === staffId)?.name).toBe(
      'Medarbetare och ledarskap',
    );
  });

  it('reorders a year, refusing a list that is not exactly the year’s perspectives', async () => {
    server.actAs(actors.cityAdmin);
    const before = await list(2023);
    const shown = before.map((perspective) => perspective.id);
    const reversed = [...shown].reverse();
    const data = await server.query(REORDER, { input: { year: 2023, ids: reversed, expectedIds: shown } });
    expect(data.reorderPerspectives.map((perspective) => [perspective.id, perspective.sortOrder])).toEqual([
      [reversed[0], 1],
      [reversed[1], 2],
    ]);
    expect((await events('reorderPerspectives')).every((event) => event.entityType === 'PerspectiveYear')).toBe(true);
    // The other year keeps its order.
    expect((await list(2022)).map((perspective) => perspective.sortOrder)).toEqual([2]);
    const missing = await server.queryErrors(REORDER, {
      input: { year: 2023, ids: [reversed[0]!], expectedIds: reversed },
    });
    expect(missing[0]?.extensions?.fieldErrors).toEqual([{ field: 'input.ids', message: 'notTheYearsPerspectives' }]);
  });

  it('refuses a reorder of a list someone has reordered since, with the order as it now is', async () => {
    server.actAs(actors.cityAdmin);
    const shown = (await list(2023)).map((perspective) => perspective.id);
    const reversed = [...shown].reverse();
    await server.query(REORDER, { input: { year: 2023, ids: reversed, expectedIds: shown } });
    // A second administrator, still looking at the old order, moves the same two back.
    const stale = await server.queryErrors(REORDER, { input: { year: 2023, ids: shown, expectedIds: shown } });
    expect(stale[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      current: reversed.map((id, index) => ({ id: Number(id), sortOrder: index + 1 })),
    });
    expect((await list(2023)).map((perspective) => perspective.id)).toEqual(reversed);
    // The year as the tests after this one expect it.
    await server.query(REORDER, { input: { year: 2023, ids: shown, expectedIds: reversed } });
  });

  it('keeps one of two reorders saved at the same moment and refuses the other, never a mix of both', async () => {
    server.actAs(actors.cityAdmin);
    for (const name of ['Ett', 'Två', 'Tre', 'Fyra']) {
      await server.query(CREATE, { input: { year: 2031, name, description: '' } });
    }
    // As one administrator, so that the two requests start together. On PostgreSQL they run side by
    // side and the year's list lock decides; PGlite runs one transaction at a time.
    for (let pair = 1; pair <= 6; pair++) {
      const shown = (await list(2031)).map((perspective) => perspective.id);
      const [a, b, c, d] = shown;
      const firstTwoSwapped = [b!, a!, c!, d!];
      const lastTwoSwapped = [a!, b!, d!, c!];
      const [first, second] = await Promise.allSettled([
        server.query(REORDER, { input: { year: 2031, ids: firstTwoSwapped, expectedIds: shown } }),
        server.query(REORDER, { input: { year: 2031, ids: lastTwoSwapped, expectedIds: shown } }),
      ]);
      expect([pair, [first.status, second.status].sort()]).toEqual([pair, ['fulfilled', 'rejected']]);
      const refused = [first, second].find((outcome) => outcome.status === 'rejected');
      expect([pair, String(refused?.reason)]).toEqual([pair, expect.stringMatching(/CONFLICT/) as unknown]);
      expect([pair, (await list(2031)).map((perspective) => perspective.id)]).toEqual([
        pair,
        first.status === 'fulfilled' ? firstTwoSwapped : lastTwoSwapped,
      ]);
    }
  });

  it('gives perspectives added to a year at the same moment places of their own', async () => {
    server.actAs(actors.cityAdmin);
    await Promise.all(
      ['Fem', 'Sex', 'Sju'].map((name) => server.query(CREATE, { input: { year: 2031, name, description: '' } })),
    );
    const places = (await list(2031)).map((perspective) => perspective.sortOrder);
    expect(places).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('refuses a perspective beyond the most a reorder takes, beside its name', async () => {
    server.actAs(actors.cityAdmin);
    const city = await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'goteborg' } });
    for (let index = 0; index < MAX_ORDERED_ITEMS; index++) {
      await server.prisma.perspective.create({
        data: {
          cityId: city.id,
          code: `fyllnad-${index}`,
          years: { create: { year: 2032, name: `Fyllnad ${index}`, sortOrder: index + 1 } },
        },
      });
    }
    const errors = await server.queryErrors(CREATE, { input: { year: 2032, name: 'En för mycket', description: '' } });
    expect(errors[0]?.extensions?.fieldErrors).toEqual([{ field: 'input.name', message: 'listFull' }]);
    expect(await list(2032)).toHaveLength(MAX_ORDERED_ITEMS);
    // Another year has room.
    await server.query(CREATE, { input: { year: 2033, name: 'En för mycket', description: '' } });
  });

  it('removes a perspective from a year only while nothing of that year points at it', async () => {
    server.actAs(actors.cityAdmin);
    const staff = (await list(2023)).find((perspective) => perspective.id === staffId)!;
    const refused = await server.queryErrors(REMOVE, {
      input: { id: staffId, year: 2023, expectedVersion: staff.version },
    });
    expect(refused[0]?.extensions?.fieldErrors).toEqual([
      { field: 'input.id', message: 'usedByGoals' },
      { field: 'input.id', message: 'usedByActivities' },
    ]);
    const customer = (await list(2023)).find((perspective) => perspective.code === 'kund-och-agare')!;
    const stale = await server.queryErrors(REMOVE, {
      input: { id: customer.id, year: 2023, expectedVersion: customer.version + 1 },
    });
    expect(stale[0]?.extensions?.code).toBe('CONFLICT');
    const data = await server.query(REMOVE, {
      input: { id: customer.id, year: 2023, expectedVersion: customer.version },
    });
    expect(data.removePerspective.map((perspective) => perspective.id)).toEqual([staffId]);
    // Nothing pointed at it in any year: the perspective itself is gone too, each deletion audited.
    expect(await server.prisma.perspective.findUnique({ where: { id: Number(customer.id) } })).toBeNull();
    expect((await events('removePerspective')).map((event) => [event.entityType, event.action])).toEqual([
      ['PerspectiveYear', 'DELETE'],
      ['Perspective', 'DELETE'],
    ]);
  });

  it('copies the latest earlier year into an empty year, keeping each perspective’s identity', async () => {
    server.actAs(actors.cityAdmin);
    await server.query(UPDATE, {
      input: {
        id: staffId,
        year: 2023,
        expectedVersion: (await list(2023))[0]!.version,
        name: 'Medarbetare',
        description: 'Arbetsmiljö',
      },
    });
    const data = await server.query(COPY, { input: { year: 2025 } });
    expect(data.copyPerspectivesFromPreviousYear).toEqual([
      { id: staffId, name: 'Medarbetare', sortOrder: 2, description: 'Arbetsmiljö', year: 2025 },
    ]);
    expect((await events('copyPerspectivesFromPreviousYear')).map((event) => event.entityType)).toEqual([
      'PerspectiveYear',
    ]);
    expect((await server.queryErrors(COPY, { input: { year: 2025 } }))[0]?.extensions?.fieldErrors).toEqual([
      { field: 'input.year', message: 'yearHasPerspectives' },
    ]);
    expect((await server.queryErrors(COPY, { input: { year: 2000 } }))[0]?.extensions?.fieldErrors).toEqual([
      { field: 'input.year', message: 'noEarlierYear' },
    ]);
  });

  it('gives a new report of a year without perspectives a copy of the latest earlier year’s, for its sections', async () => {
    server.actAs(actors.cityAnalyst);
    const committee = await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'intraservice' } });
    const CREATE_REPORT = graphql(`
      mutation PerspectivesTest_CreateReport($input: CreateReportInput!) {
        createReport(input: $input) {
          content {
            sections {
              kind
              perspectiveName
            }
          }
        }
      }
    `);
    const data = await server.query(CREATE_REPORT, {
      input: { orgUnitId: String(committee.id), type: 'MONTHLY', period: { year: 2027, month: 2 } },
    });
    expect(
      data.createReport.content.sections
        .filter((section) => section.kind === 'PERSPECTIVE')
        .map((s) => s.perspectiveName),
    ).toEqual(['Medarbetare']);
    expect((await list(2027)).map((perspective) => perspective.description)).toEqual(['Arbetsmiljö']);
  });

  it('names every goal’s perspective in a fixed number of statements', async () => {
    server.actAs(actors.cityAdmin);
    const count = async () => {
      server.statements.length = 0;
      await server.query(GOALS, { year: 2023 });
      return server.statements.length;
    };
    const before = await count();
    const committee = await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'intraservice' } });
    for (const title of ['Ett', 'Två', 'Tre'])
      await server.prisma.goal.create({
        data: { title, level: 'COMMITTEE', year: 2023, perspectiveId: Number(staffId), orgUnitId: committee.id },
      });
    expect(await count()).toBe(before);
  });
});
