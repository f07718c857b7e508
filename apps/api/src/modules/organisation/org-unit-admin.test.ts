import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';

const CREATE = graphql(`
  mutation OrgUnitAdminTest_Create($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      id
      code
      name
      kind
      validFrom
      isClosed
      version
      parent {
        code
      }
    }
  }
`);
const RENAME = graphql(`
  mutation OrgUnitAdminTest_Rename($input: RenameOrgUnitInput!) {
    renameOrgUnit(input: $input) {
      id
      name
      version
    }
  }
`);
const MOVE = graphql(`
  mutation OrgUnitAdminTest_Move($input: MoveOrgUnitInput!) {
    moveOrgUnit(input: $input) {
      id
      version
      parent {
        code
      }
    }
  }
`);
const CLOSE = graphql(`
  mutation OrgUnitAdminTest_Close($input: CloseOrgUnitInput!) {
    closeOrgUnit(input: $input) {
      id
      validTo
      isClosed
      version
    }
  }
`);
const CREATE_REPORT = graphql(`
  mutation OrgUnitAdminTest_CreateReport($input: CreateReportInput!) {
    createReport(input: $input) {
      content {
        orgUnitName
      }
    }
  }
`);
const TREE_AS_OF = graphql(`
  query OrgUnitAdminTest_TreeAsOf($asOf: String) {
    orgUnits(asOf: $asOf) {
      code
      name
      parent {
        code
      }
    }
  }
`);

interface Unit {
  id: string;
  version: number;
}

describe('org unit administration', () => {
  let server: GraphqlTestServer;
  let ids: Record<'city' | 'committee' | 'businessArea' | 'otherCommittee', string>;
  let actors: Record<
    'cityAdmin' | 'committeeAdmin' | 'committeeAnalyst' | 'cityAnalyst',
    Awaited<ReturnType<GraphqlTestServer['createUser']>>
  >;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    await createGoalFixture(server.prisma);
    const unitId = async (code: string) =>
      String((await server.prisma.orgUnit.findUniqueOrThrow({ where: { code } })).id);
    ids = {
      city: await unitId('goteborg'),
      committee: await unitId('intraservice'),
      businessArea: await unitId('digital-infrastruktur'),
      otherCommittee: await unitId('kommunstyrelsen'),
    };
    actors = {
      cityAdmin: await server.createUser([{ role: 'ADMIN', orgUnitCode: 'goteborg' }]),
      committeeAdmin: await server.createUser([{ role: 'ADMIN', orgUnitCode: 'intraservice' }]),
      committeeAnalyst: await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }]),
      cityAnalyst: await server.createUser([{ role: 'ANALYST', orgUnitCode: 'goteborg' }]),
    };
  });
  afterAll(() => server.stop());

  async function create(code: string, parentId: string): Promise<Unit> {
    const data = await server.query(CREATE, { input: { parentId, code, name: `Enhet ${code}`, kind: 'DEPARTMENT' } });
    return data.createOrgUnit;
  }

  async function treeAsOf(asOf: string | null) {
    return (
      await server.query(TREE_AS_OF, {
        asOf,
      })
    ).orgUnits;
  }

  it('creates a unit under a unit its administrator administers, last among its siblings, audited', async () => {
    server.actAs(actors.committeeAdmin);
    const data = await server.query(CREATE, {
      input: {
        parentId: ids.businessArea,
        code: ' nat-drift ',
        name: ' Nätdrift ',
        kind: 'DEPARTMENT',
        validFrom: '2024-01-01',
      },
    });
    expect(data.createOrgUnit).toEqual({
      id: expect.any(String) as unknown,
      code: 'nat-drift',
      name: 'Nätdrift',
      kind: 'DEPARTMENT',
      validFrom: '2024-01-01',
      isClosed: false,
      version: 1,
      parent: { code: 'digital-infrastruktur' },
    });
    const events = await server.prisma.auditEvent.findMany({ where: { operation: 'createOrgUnit' } });
    expect(events.map((event) => [event.entityType, event.action, event.userId])).toEqual([
      ['OrgUnit', 'CREATE', actors.committeeAdmin.id],
      ['OrgUnitVersion', 'CREATE', actors.committeeAdmin.id],
    ]);
    // It did not exist before its first day.
    expect((await treeAsOf('2023-12-31')).map((unit) => unit.code)).not.toContain('nat-drift');
    expect((await treeAsOf('2024-01-01')).map((unit) => unit.code)).toContain('nat-drift');
  });

  it('refuses a taken code, a parent outside the administrator’s units, and a non-administrator', async () => {
    server.actAs(actors.committeeAdmin);
    const input = { parentId: ids.committee, code: 'INTRASERVICE', name: 'Dubblett', kind: 'BUSINESS_AREA' as const };
    expect((await server.queryErrors(CREATE, { input }))[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'input.code', message: 'codeTaken' }],
    });
    const underCity = { ...input, code: 'ny-namnd', parentId: ids.city };
    expect((await server.queryErrors(CREATE, { input: underCity }))[0]?.extensions?.code).toBe('FORBIDDEN');
    const underSibling = { ...input, code: 'ny-enhet', parentId: ids.otherCommittee };
    expect((await server.queryErrors(CREATE, { input: underSibling }))[0]?.extensions?.code).toBe('NOT_FOUND');
    server.actAs(actors.committeeAnalyst);
    expect((await server.queryErrors(CREATE, { input: { ...input, code: 'x' } }))[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('renames from a day on: earlier periods show the earlier name, in the tree as of a day', async () => {
    server.actAs(actors.committeeAdmin);
    const unit = await create('servicedesk', ids.businessArea);
    await server.query(RENAME, {
      input: { id: unit.id, expectedVersion: 1, name: 'Användarstöd', validFrom: '2024-03-01' },
    });
    const before = await treeAsOf('2024-02-29');
    const after = await treeAsOf('2024-03-01');
    expect(before.find((row) => row.code === 'servicedesk')?.name).toBe('Enhet servicedesk');
    expect(after.find((row) => row.code === 'servicedesk')?.name).toBe('Användarstöd');
    expect((await treeAsOf(null)).find((row) => row.code === 'servicedesk')?.name).toBe('Användarstöd');
    // History is appended: a change dated before the latest one is refused.
    const backdated = await server.queryErrors(RENAME, {
      input: { id: unit.id, expectedVersion: 2, name: 'Helpdesk', validFrom: '2024-02-01' },
    });
    expect(backdated[0]?.extensions?.fieldErrors).toEqual([
      { field: 'input.validFrom', message: 'beforeLatestChange' },
    ]);
  });

  it('gives a unit written before its history was kept its earlier name as its first version, which reports read', async () => {
    server.actAs(actors.cityAdmin);
    const committee = await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'intraservice' } });
    await server.query(RENAME, {
      input: {
        id: ids.committee,
        expectedVersion: committee.version,
        name: 'Nämnden för Intraservice',
        validFrom: '2023-06-01',
      },
    });
    expect((await treeAsOf('2023-05-31')).find((row) => row.code === 'intraservice')?.name).toBe('Intraservice');
    expect((await treeAsOf('2023-06-01')).find((row) => row.code === 'intraservice')?.name).toBe(
      'Nämnden för Intraservice',
    );

    // A report names the unit as it was named at the end of its month.
    server.actAs(actors.cityAnalyst);
    const report = async (month: number) =>
      (
        await server.query(CREATE_REPORT, {
          input: { orgUnitId: ids.committee, type: 'MONTHLY', period: { year: 2023, month } },
        })
      ).createReport.content.orgUnitName;
    expect(await report(5)).toBe('Intraservice');
    expect(await report(6)).toBe('Nämnden för Intraservice');
  });

  it('moves a unit, never under itself or below it, keeping its earlier place for earlier periods', async () => {
    server.actAs(actors.cityAdmin);
    const unit = await create('drift', ids.businessArea);
    const child = await create('drift-nord', unit.id);
    const cycle = await server.queryErrors(MOVE, { input: { id: unit.id, expectedVersion: 1, parentId: child.id } });
    expect(cycle[0]?.extensions?.fieldErrors).toEqual([{ field: 'input.parentId', message: 'cycle' }]);
    const self = await server.queryErrors(MOVE, { input: { id: unit.id, expectedVersion: 1, parentId: unit.id } });
    expect(self[0]?.extensions?.fieldErrors).toEqual([{ field: 'input.parentId', message: 'cycle' }]);

    const moved = await server.query(MOVE, {
      input: { id: unit.id, expectedVersion: 1, parentId: ids.otherCommittee, validFrom: '2024-07-01' },
    });
    expect(moved.moveOrgUnit).toEqual({ id: unit.id, version: 2, parent: { code: 'kommunstyrelsen' } });
    expect((await treeAsOf('2024-06-30')).find((row) => row.code === 'drift')?.parent).toEqual({
      code: 'digital-infrastruktur',
    });
    expect((await treeAsOf('2024-07-01')).find((row) => row.code === 'drift')?.parent).toEqual({
      code: 'kommunstyrelsen',
    });
  });

  it('lets an administrator move a unit only to where they administer', async () => {
    server.actAs(actors.committeeAdmin);
    const unit = await create('flyttbar', ids.businessArea);
    const errors = await server.queryErrors(MOVE, {
      input: { id: unit.id, expectedVersion: 1, parentId: ids.otherCommittee },
    });
    expect(errors[0]?.extensions?.code).toBe('NOT_FOUND');
    const toCity = await server.queryErrors(MOVE, { input: { id: unit.id, expectedVersion: 1, parentId: ids.city } });
    expect(toCity[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('closes a unit after its last day, keeping it and its history; not while units below it are open', async () => {
    server.actAs(actors.committeeAdmin);
    const parent = await create('avveckla', ids.businessArea);
    const child = await create('avveckla-del', parent.id);
    const open = await server.queryErrors(CLOSE, {
      input: { id: parent.id, expectedVersion: 1, validTo: '2024-12-31' },
    });
    expect(open[0]?.extensions?.fieldErrors).toEqual([{ field: 'input.validTo', message: 'openChildren' }]);

    await server.query(CLOSE, { input: { id: child.id, expectedVersion: 1, validTo: '2024-12-31' } });
    const closed = await server.query(CLOSE, {
      input: { id: parent.id, expectedVersion: 1, validTo: '2024-12-31' },
    });
    expect(closed.closeOrgUnit).toEqual({ id: parent.id, validTo: '2024-12-31', isClosed: true, version: 2 });
    expect((await treeAsOf('2024-12-31')).map((row) => row.code)).toContain('avveckla');
    expect((await treeAsOf('2025-01-01')).map((row) => row.code)).not.toContain('avveckla');
    expect((await treeAsOf(null)).map((row) => row.code)).toContain('avveckla');

    const renameClosed = await server.queryErrors(RENAME, { input: { id: parent.id, expectedVersion: 2, name: 'Ny' } });
    expect(renameClosed[0]?.extensions?.fieldErrors).toEqual([{ field: 'input.id', message: 'unitClosed' }]);
    const underClosed = await server.queryErrors(CREATE, {
      input: { parentId: parent.id, code: 'under-stangd', name: 'Under', kind: 'DEPARTMENT' },
    });
    expect(underClosed[0]?.extensions?.fieldErrors).toEqual([{ field: 'input.parentId', message: 'parentClosed' }]);
  });

  it('keeps the tree a tree when two crossing moves are saved at the same moment: one is refused as a cycle', async () => {
    // As one administrator, so that the two requests start together. On PostgreSQL they run side by
    // side and the tree's lock decides; PGlite runs one transaction at a time.
    server.actAs(actors.cityAdmin);
    for (let pair = 1; pair <= 4; pair++) {
      const a = await create(`korsa-a${pair}`, ids.businessArea);
      const b = await create(`korsa-b${pair}`, ids.businessArea);
      const outcomes = await Promise.allSettled([
        server.query(MOVE, { input: { id: a.id, expectedVersion: 1, parentId: b.id } }),
        server.query(MOVE, { input: { id: b.id, expectedVersion: 1, parentId: a.id } }),
      ]);
      expect([pair, outcomes.map((outcome) => outcome.status).sort()]).toEqual([pair, ['fulfilled', 'rejected']]);
      const refused = outcomes.find((outcome) => outcome.status === 'rejected');
      expect([pair, String(refused?.reason)]).toEqual([pair, expect.stringContaining('cycle') as unknown]);
      const parents = await server.prisma.orgUnit.findMany({
        where: { id: { in: [Number(a.id), Number(b.id)] } },
        select: { id: true, parentId: true },
      });
      const underEachOther = parents.filter((unit) => [Number(a.id), Number(b.id)].includes(unit.parentId!));
      expect([pair, underEachOther.length]).toEqual([pair, 1]);
    }
  });

  it('never closes a unit while a unit is created below it: one of the two is refused', async () => {
    server.actAs(actors.cityAdmin);
    for (let pair = 1; pair <= 4; pair++) {
      const parent = await create(`stanga${pair}`, ids.businessArea);
      const [created, closed] = await Promise.allSettled([
        server.query(CREATE, {
          input: { parentId: parent.id, code: `stanga${pair}-ny`, name: 'Ny', kind: 'DEPARTMENT' },
        }),
        server.query(CLOSE, { input: { id: parent.id, expectedVersion: 1, validTo: '2024-12-31' } }),
      ]);
      expect([pair, [created.status, closed.status].sort()]).toEqual([pair, ['fulfilled', 'rejected']]);
      const refusal = String((created.status === 'rejected' ? created : (closed as PromiseRejectedResult)).reason);
      expect([pair, refusal]).toEqual([pair, expect.stringMatching(/parentClosed|openChildren/) as unknown]);
    }
  });

  it('refuses a change from a form opened before someone else saved, showing the unit as it is', async () => {
    server.actAs(actors.committeeAdmin);
    const unit = await create('konflikt', ids.businessArea);
    await server.query(RENAME, { input: { id: unit.id, expectedVersion: 1, name: 'Först' } });
    const errors = await server.queryErrors(RENAME, { input: { id: unit.id, expectedVersion: 1, name: 'Sedan' } });
    expect(errors[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      current: { id: Number(unit.id), code: 'konflikt', name: 'Först', version: 2 },
    });
  });

  it('refuses an unreadable day for the tree as of a day', async () => {
    server.actAs(actors.committeeAdmin);
    const errors = await server.queryErrors(TREE_AS_OF, { asOf: '2023-02-30' });
    expect(errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'asOf', message: 'invalidDate' }],
    });
  });
});
