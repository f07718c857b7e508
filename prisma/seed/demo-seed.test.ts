import { verifyPassword } from '../src/password-hashing';
import { prepareDatabase } from '../src/prepare-database';
import { createTestDatabase } from '../src/testing';
import type { TestDatabase } from '../src/testing';
import { demoDataset } from './demo';

describe('the demo seed', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await prepareDatabase(database, { seedDemoDataIfEmpty: true });
  });
  afterAll(() => database.destroy());

  it('loads every part of the dataset', async () => {
    const { prisma } = database;
    expect(await prisma.orgUnit.count()).toBe(demoDataset.orgUnits.length);
    expect(await prisma.goal.count()).toBe(demoDataset.goals.length);
    expect(await prisma.indicator.count()).toBe(demoDataset.indicators.length);
    expect(await prisma.indicatorValue.count()).toBe(demoDataset.indicatorValues.length);
    expect(await prisma.activity.count()).toBe(demoDataset.activities.length);
    expect(await prisma.assignment.count()).toBe(demoDataset.assignments.length);
    expect(await prisma.risk.count()).toBe(demoDataset.risks.length);
    expect(await prisma.project.count()).toBe(demoDataset.portfolios.flatMap((portfolio) => portfolio.projects).length);
  });

  it('holds the May 2023 sick leave of source 000: 5,9 % against a target of 5 %', async () => {
    const value = await database.prisma.indicatorValue.findFirstOrThrow({
      where: {
        indicator: { name: 'Sjukfrånvaro', orgUnit: { code: 'intraservice' } },
        granularity: 'MONTH',
        year: 2023,
        periodNumber: 5,
      },
    });
    expect(value).toMatchObject({ outcome: 5.9, periodTarget: 5, isSynthetic: false });
  });

  it('holds the 2023 plan of every committee as adopted, with what it held as revision 1', async () => {
    const committees = await database.prisma.orgUnit.findMany({ where: { kind: 'COMMITTEE' } });
    const plans = await database.prisma.plan.findMany({ where: { year: 2023 }, include: { revisions: true } });
    expect(plans.map((plan) => plan.orgUnitId).sort()).toEqual(committees.map((unit) => unit.id).sort());
    for (const plan of plans) {
      expect(plan).toMatchObject({ status: 'ADOPTED', revision: 1 });
      expect(plan.revisions.map((revision) => [revision.number, revision.caseNumber])).toEqual([[1, plan.caseNumber]]);
    }
    const intraservice = plans.find(
      (plan) => plan.orgUnitId === committees.find((unit) => unit.code === 'intraservice')!.id,
    )!;
    const snapshot = intraservice.revisions[0]!.snapshot as { goals: unknown[]; targets: unknown[] };
    expect(snapshot.goals).toHaveLength(demoDataset.goals.filter((goal) => goal.orgUnitKey === 'intraservice').length);
    expect(snapshot.targets.length).toBeGreaterThan(0);
  });

  it('marks the generated values, and only those, as synthetic', async () => {
    const synthetic = await database.prisma.indicatorValue.count({ where: { isSynthetic: true } });
    expect(synthetic).toBe(demoDataset.indicatorValues.filter((value) => value.isSynthetic).length);
    expect(synthetic).toBeGreaterThan(0);
    expect(await database.prisma.indicatorValue.count({ where: { isSynthetic: true, source: { not: null } } })).toBe(0);
  });

  it('keeps the red time and cost of the telephony project with cause and action', async () => {
    const report = await database.prisma.projectStatusUpdate.findFirstOrThrow({
      where: { project: { name: { contains: 'telefoni' } }, statusDate: new Date('2023-05-31') },
      include: { deviations: { orderBy: { dimension: 'asc' } } },
    });
    expect([report.time, report.cost]).toEqual(['RED', 'RED']);
    expect(report.deviations.map((deviation) => deviation.dimension)).toEqual(['TIME', 'COST']);
    expect(report.deviations[0]!.cause).toMatch(/saknar i dagsläget resurser/);
  });

  it('has one demo account per role, with its published password', async () => {
    const users = await database.prisma.user.findMany({ include: { roles: true }, orderBy: { id: 'asc' } });
    expect(new Set(users.flatMap((user) => user.roles.map((role) => role.role)))).toEqual(
      new Set(['VIEWER', 'APPROVER', 'ANALYST', 'PORTFOLIO_OFFICE', 'PLANNER', 'ADMIN']),
    );
    expect(users.every((user) => user.isDemo)).toBe(true);
    const analyst = users.find((user) => user.email === 'analytiker@demo.lagesbild.se')!;
    expect(await verifyPassword(analyst.passwordHash, 'demo-analytiker')).toBe(true);
    expect(await verifyPassword(analyst.passwordHash, 'demo-admin')).toBe(false);
  });

  it('is loaded only into an empty database: starting again changes nothing', async () => {
    const before = await database.prisma.indicatorValue.count();
    expect(await prepareDatabase(database, { seedDemoDataIfEmpty: true })).toEqual({
      appliedMigrations: [],
      seededDemoData: false,
      hasUsers: true,
    });
    expect(await database.prisma.indicatorValue.count()).toBe(before);
  });
});
