import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { applyPendingMigrations, diffMigrationsToSchema, hasAppliedAll, readMigrationList } from './migrations';
import { MIGRATIONS_DIR } from './schema-engine';
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

  it('skips the schema engine only while every committed migration is recorded, applied and unchanged', async () => {
    const migrations = await readMigrationList();
    const last = migrations.migrationDirectories.at(-1)!.path;
    expect(await hasAppliedAll(database.adapterFactory, migrations)).toBe(true);

    const [{ checksum }] = await database.prisma.$queryRaw<[{ checksum: string }]>`
      SELECT checksum FROM _prisma_migrations WHERE migration_name = ${last}`;
    await database.prisma.$executeRaw`UPDATE _prisma_migrations SET checksum = 'edited' WHERE migration_name = ${last}`;
    expect(await hasAppliedAll(database.adapterFactory, migrations)).toBe(false);
    await database.prisma
      .$executeRaw`UPDATE _prisma_migrations SET checksum = ${checksum} WHERE migration_name = ${last}`;

    await database.prisma
      .$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = ${last}`;
    expect(await hasAppliedAll(database.adapterFactory, migrations)).toBe(false);
    await database.prisma
      .$executeRaw`UPDATE _prisma_migrations SET rolled_back_at = NULL WHERE migration_name = ${last}`;

    const withNewFolder = {
      ...migrations,
      migrationDirectories: [
        ...migrations.migrationDirectories,
        {
          path: '29991231000000_next',
          migrationFile: { path: 'migration.sql', content: { tag: 'ok' as const, value: 'SELECT 1' } },
        },
      ],
    };
    expect(await hasAppliedAll(database.adapterFactory, withNewFolder)).toBe(false);
    expect(await hasAppliedAll(database.adapterFactory, migrations)).toBe(true);
  });

  it('leaves a database without the migrations table to the schema engine', async () => {
    const scratch = new PGlite();
    try {
      expect(await hasAppliedAll(new PrismaPGlite(scratch), await readMigrationList())).toBe(false);
    } finally {
      await scratch.close();
    }
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
      database.prisma.projectStatusUpdate.create({
        data: {
          projectId: project.id,
          statusDate: new Date('2023-05-31'),
          time: 'RED',
          cost: 'GREEN',
          result: 'GREEN',
          deviations: { create: [{ dimension: 'TIME', cause: ' ', action: 'Eskaleras' }] },
        },
      }),
    ).rejects.toThrow(/StatusDeviation_cause_and_action_given/);
  });

  it('renames the audit events of status reports to project status updates, so a history finds them', async () => {
    const event = (entityType: string, changes: object) => ({
      operation: 'addProjectStatusReport',
      action: 'CREATE' as const,
      entityType,
      entityId: '1',
      changes,
    });
    await database.prisma.auditEvent.createMany({
      data: [
        event('ProjectStatusReport', { reportDate: { old: null, new: '2023-05-31' }, time: { old: null, new: 'RED' } }),
        event('ProjectStatusReport', { comment: { old: null, new: 'Sen leverans' } }),
        event('StatusDeviation', { reportId: { old: null, new: 1 }, cause: { old: null, new: 'Sen' } }),
        event('Portfolio', { reportingIntervalWeeks: { old: 5, new: 4 } }),
      ],
    });
    const migration = await readFile(
      path.join(MIGRATIONS_DIR, '20261205122357_project_status_update_audit_names', 'migration.sql'),
      'utf8',
    );
    const statements = migration
      .replace(/^--.*$/gm, '')
      .split(';')
      .map((statement) => statement.trim())
      .filter(Boolean);
    for (const statement of statements) await database.prisma.$executeRawUnsafe(statement);

    const events = await database.prisma.auditEvent.findMany({ orderBy: { id: 'asc' } });
    expect(events.map(({ entityType, changes }) => ({ entityType, changes }))).toEqual([
      {
        entityType: 'ProjectStatusUpdate',
        changes: { statusDate: { old: null, new: '2023-05-31' }, time: { old: null, new: 'RED' } },
      },
      { entityType: 'ProjectStatusUpdate', changes: { comment: { old: null, new: 'Sen leverans' } } },
      {
        entityType: 'StatusDeviation',
        changes: { statusUpdateId: { old: null, new: 1 }, cause: { old: null, new: 'Sen' } },
      },
      { entityType: 'Portfolio', changes: { statusUpdateIntervalWeeks: { old: 5, new: 4 } } },
    ]);
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

describe('the committed migrations', () => {
  // PostgreSQL's migration runner splits a migration into statements at every semicolon, comments
  // included, while PGlite applies the file whole: a semicolon in a comment passes every PGlite
  // test and breaks the first deployment on PostgreSQL.
  it('have no semicolon inside a comment', async () => {
    const folders = (await readdir(MIGRATIONS_DIR, { withFileTypes: true })).filter((entry) => entry.isDirectory());
    const offending: string[] = [];
    for (const folder of folders) {
      const sql = await readFile(path.join(MIGRATIONS_DIR, folder.name, 'migration.sql'), 'utf8');
      sql.split('\n').forEach((line, index) => {
        const comment = line.indexOf('--');
        if (comment >= 0 && line.slice(comment).includes(';')) offending.push(`${folder.name}:${index + 1}`);
      });
    }
    expect(offending).toEqual([]);
  });
});
