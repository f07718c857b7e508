import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';
import { runAudited, withAuditedWrites } from './audited-writes';
import { Prisma } from '@lagesbild/db';
import type { PrismaClient } from '@lagesbild/db';
import { createRecordNameLoader, RECORD_NAMES, referencedType } from './audit-record-names';

const AUDIT_LOG = graphql(`
  query AuditLogNamesTest_Log($filter: AuditLogFilter, $first: Int) {
    auditLog(filter: $filter, first: $first) {
      events {
        action
        entityType
        entityName
        changes {
          field
          oldValue
          newValue
          referencedType
          oldName
          newName
        }
      }
    }
  }
`);

describe('the audit log names records and references as people know them', () => {
  let server: GraphqlTestServer;
  let guarded: PrismaClient;
  let unitId: number;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    guarded = withAuditedWrites(server.prisma);
    await createGoalFixture(server.prisma, { committeeGoals: 1 });
    unitId = (await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'intraservice' } })).id;
    server.actAs(await server.createUser([{ role: 'ADMIN', orgUnitCode: 'goteborg' }], 'Ada Administratör'));
  });
  afterAll(() => server.stop());

  const write = <T>(work: Parameters<typeof runAudited<T>>[3]) => runAudited(guarded, 'test', null, work);
  const log = async (entityType: string, first = 50) =>
    (await server.query(AUDIT_LOG, { filter: { entityType }, first })).auditLog.events;

  it('names a project and the portfolios it moved between, before and after', async () => {
    const [from, to] = await write((tx) =>
      Promise.all([
        tx.portfolio.create({ data: { orgUnitId: unitId, name: 'Digitala tjänster' } }),
        tx.portfolio.create({ data: { orgUnitId: unitId, name: 'Infrastruktur' } }),
      ]),
    );
    const project = await write((tx) => tx.project.create({ data: { portfolioId: from.id, name: 'Nytt lönesystem' } }));
    await write((tx) =>
      tx.project.update({ where: { id: project.id }, data: { portfolioId: to.id, state: 'PAUSED' } }),
    );

    const [moved] = await log('Project', 1);
    expect(moved).toMatchObject({ action: 'UPDATE', entityType: 'Project', entityName: 'Nytt lönesystem' });
    expect(moved!.changes).toEqual(
      expect.arrayContaining([
        {
          field: 'portfolioId',
          oldValue: String(from.id),
          newValue: String(to.id),
          referencedType: 'Portfolio',
          oldName: 'Digitala tjänster',
          newName: 'Infrastruktur',
        },
        {
          field: 'state',
          oldValue: '"NOT_STARTED"',
          newValue: '"PAUSED"',
          referencedType: null,
          oldName: null,
          newName: null,
        },
      ]),
    );
  });

  it('names plans, values, goals and users; a deleted record has no name', async () => {
    await write((tx) => tx.plan.create({ data: { orgUnitId: unitId, year: 2023 } }));
    expect((await log('Plan', 1))[0]!.entityName).toBe('2023 Intraservice');

    const value = await server.prisma.indicatorValue.findFirstOrThrow({
      where: { indicator: { code: 'SJUKFRANVARO-1' }, granularity: 'MONTH', year: 2023, periodNumber: 5 },
    });
    await write((tx) => tx.indicatorValue.update({ where: { id: value.id }, data: { outcome: 4.2 } }));
    expect((await log('IndicatorValue', 1))[0]!.entityName).toBe('Sjukfrånvaro 1 · 2023-05');

    const goal = await server.prisma.goal.findFirstOrThrow({ where: { level: 'COMMITTEE' } });
    const longTitle = `${'Ett mycket långt mål om hållbar och trygg arbetsmiljö för alla medarbetare '.repeat(2)}slut`;
    await write((tx) => tx.goal.update({ where: { id: goal.id }, data: { title: longTitle } }));
    const goalName = (await log('Goal', 1))[0]!.entityName!;
    expect(goalName.length).toBeLessThan(longTitle.length);
    expect(goalName).toMatch(/^Ett mycket långt mål.*… · \d{4}$/);

    const user = await write((tx) => tx.user.create({ data: { email: 'ny@example.se', name: 'Nils Nyman' } }));
    expect((await log('User', 1))[0]!.entityName).toBe('Nils Nyman');
    await write((tx) => tx.roleAssignment.create({ data: { userId: user.id, orgUnitId: unitId, role: 'VIEWER' } }));
    expect((await log('RoleAssignment', 1))[0]).toMatchObject({
      entityName: 'Nils Nyman · Intraservice',
      changes: expect.arrayContaining([
        expect.objectContaining({ field: 'userId', referencedType: 'User', newName: 'Nils Nyman' }),
        expect.objectContaining({ field: 'orgUnitId', referencedType: 'OrgUnit', newName: 'Intraservice' }),
      ]) as unknown,
    });

    const doomed = await write((tx) => tx.riskCategory.create({ data: { code: 'tillfallig', name: 'Tillfällig' } }));
    await write((tx) => tx.riskCategory.delete({ where: { id: doomed.id } }));
    const [deleted, created] = await log('RiskCategory', 2);
    expect(deleted).toMatchObject({ action: 'DELETE', entityName: null });
    expect(created).toMatchObject({ action: 'CREATE', entityName: null });
  });

  it('sends the same number of SQL statements for a page of 2 events as for 12', async () => {
    const portfolio = await server.prisma.portfolio.findFirstOrThrow({ where: { name: 'Digitala tjänster' } });
    const other = await server.prisma.portfolio.findFirstOrThrow({ where: { name: 'Infrastruktur' } });
    for (let index = 0; index < 12; index += 1) {
      const project = await write((tx) =>
        tx.project.create({ data: { portfolioId: portfolio.id, name: `Projekt nummer ${index}` } }),
      );
      await write((tx) => tx.project.update({ where: { id: project.id }, data: { portfolioId: other.id } }));
    }
    const statementsFor = async (first: number) => {
      server.statements.length = 0;
      const events = await log('Project', first);
      expect(events).toHaveLength(first);
      expect(events.every((event) => event.entityName?.startsWith('Projekt nummer'))).toBe(true);
      return server.statements.length;
    };
    expect(await statementsFor(12)).toBe(await statementsFor(2));
  });

  it('has a name for every kind of record an audited write records, and a target for every reference', async () => {
    // Written by the server itself, outside audited writes (the reminder job records what each mail held).
    const bookkeeping = [
      'AuditEvent',
      'DataVersion',
      'Session',
      'SignInFailure',
      'ValueImport',
      'ValueImportRow',
      'ReminderMailItem',
    ];
    // Link tables have no id of their own: their fields (both references) name them.
    const links = ['GoalLink', 'GoalIndicator'];
    const audited = Object.values(Prisma.ModelName).filter((model) => !bookkeeping.includes(model));
    expect(audited.filter((model) => !links.includes(model) && !RECORD_NAMES[model])).toEqual([]);

    const scalarFields = Prisma as unknown as Record<string, Record<string, string> | undefined>;
    const unresolved = audited.flatMap((model) =>
      Object.values(scalarFields[`${model}ScalarFieldEnum`] ?? {})
        .filter((field) => field.endsWith('Id') && referencedType(model, field) === null)
        .map((field) => `${model}.${field}`),
    );
    expect(unresolved).toEqual([]);

    // Every name's SQL runs (one statement per kind).
    const names = await createRecordNameLoader(server.prisma).loadMany(
      Object.keys(RECORD_NAMES).map((type) => `${type}:1`),
    );
    expect(names.filter((name) => name instanceof Error)).toEqual([]);
  });
});
