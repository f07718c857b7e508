import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { applyPendingMigrations, diffMigrationsToSchema } from './migrations';
import { createTestDatabase } from './testing';
import type { TestDatabase } from './testing';

describe('migrations without the native engine', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.destroy());

  it('records the committed migrations as prisma migrate deploy does, and applies nothing twice', async () => {
    const recorded = await database.prisma.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM _prisma_migrations`;
    expect(recorded.length).toBeGreaterThan(0);
    expect(recorded.every((row) => row.finished_at !== null)).toBe(true);
    expect(await applyPendingMigrations(database.adapterFactory)).toEqual([]);
  });

  it('keeps one value per indicator and period', async () => {
    const unit = await database.prisma.orgUnit.create({ data: { code: 'u', name: 'U', kind: 'COMMITTEE' } });
    const indicator = await database.prisma.indicator.create({
      data: {
        code: 'SICK',
        name: 'Sjukfrånvaro',
        orgUnitId: unit.id,
        unit: 'PERCENT',
        periodicity: 'MONTH',
        direction: 'LOWER_IS_BETTER',
      },
    });
    const value = {
      indicatorId: indicator.id,
      granularity: 'MONTH' as const,
      year: 2023,
      periodNumber: 5,
      outcome: 5.9,
    };
    await database.prisma.indicatorValue.create({ data: value });
    await expect(database.prisma.indicatorValue.create({ data: value })).rejects.toThrow(/Unique constraint/);
  });

  it('refuses a period that does not exist for its granularity', async () => {
    const indicator = await database.prisma.indicator.findFirstOrThrow();
    await expect(
      database.prisma.indicatorValue.create({
        data: { indicatorId: indicator.id, granularity: 'TERTIAL', year: 2023, periodNumber: 4, outcome: 1 },
      }),
    ).rejects.toThrow(/IndicatorValue_period_in_range/);
  });

  it('refuses a yellow or red dimension without cause and action text', async () => {
    const unit = await database.prisma.orgUnit.findFirstOrThrow();
    const portfolio = await database.prisma.portfolio.create({ data: { name: 'HR', orgUnitId: unit.id } });
    const project = await database.prisma.project.create({ data: { name: 'P', portfolioId: portfolio.id } });
    await expect(
      database.prisma.projectStatusReport.create({
        data: {
          projectId: project.id,
          reportDate: new Date('2023-05-31'),
          time: 'RED',
          cost: 'GREEN',
          result: 'GREEN',
          deviations: { create: [{ dimension: 'TIME', cause: ' ', action: 'Eskaleras' }] },
        },
      }),
    ).rejects.toThrow(/StatusDeviation_cause_and_action_given/);
  });
});

describe('schema.prisma and the committed migrations', () => {
  it('agree: a schema change without its migration fails here (run pnpm --filter @lagesbild/db migration:create <name>)', async () => {
    const scratch = new PGlite();
    try {
      expect(await diffMigrationsToSchema(new PrismaPGlite(scratch))).toBe('');
    } finally {
      await scratch.close();
    }
  });
});
