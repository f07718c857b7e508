import { PGlite } from '@electric-sql/pglite';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { MIGRATIONS_DIR } from './schema-engine';

const MIGRATION = '20261205145305_perspectives_per_year';

/**
 * The migration that gives perspectives a city and a row per year, run on a database that
 * holds data in the shape before it: every goal, activity and report section keeps its
 * perspective, and each perspective is named as before in every year something used it.
 */
describe(`migration ${MIGRATION}`, () => {
  let database: PGlite;

  beforeAll(async () => {
    database = new PGlite();
    const folders = (await readdir(MIGRATIONS_DIR, { withFileTypes: true }))
      .filter((entry) => entry.isDirectory() && entry.name < MIGRATION)
      .map((entry) => entry.name)
      .sort();
    for (const folder of folders)
      await database.exec(await readFile(path.join(MIGRATIONS_DIR, folder, 'migration.sql'), 'utf8'));
  });
  afterAll(() => database.close());

  it('keeps every goal’s, activity’s and report section’s perspective, named as before in each year used and this year', async () => {
    await database.exec(`
      INSERT INTO "OrgUnit" ("id", "code", "name", "kind", "updatedAt") VALUES (1, 'stad', 'Staden', 'CITY', now());
      INSERT INTO "OrgUnit" ("id", "code", "name", "kind", "parentId", "updatedAt") VALUES (2, 'namnd', 'Nämnden', 'COMMITTEE', 1, now());
      INSERT INTO "Perspective" ("id", "code", "name", "sortOrder") VALUES
        (1, 'medarbetare', 'Medarbetare', 2), (2, 'ekonomi', 'Ekonomi', 4), (3, 'oanvand', 'Oanvänd', 9);
      INSERT INTO "Goal" ("id", "title", "level", "year", "perspectiveId", "orgUnitId", "updatedAt") VALUES
        (1, 'Friskare', 'COMMITTEE', 2022, 1, 2, now()), (2, 'Budget i balans', 'COMMITTEE', 2023, 2, 2, now());
      INSERT INTO "Activity" ("id", "title", "orgUnitId", "perspectiveId", "updatedAt") VALUES (1, 'Hälsoveckor', 2, 1, now());
      INSERT INTO "ActivityUpdate" ("activityId", "year", "month", "status", "updatedAt") VALUES (1, 2021, 5, 'ONGOING', now());
      INSERT INTO "Report" ("id", "orgUnitId", "type", "year", "month", "updatedAt") VALUES (1, 2, 'MONTHLY', 2024, 5, now());
      INSERT INTO "ReportSection" ("reportId", "kind", "perspectiveId", "title", "updatedAt") VALUES (1, 'PERSPECTIVE', 2, 'Ekonomi', now());
    `);
    await database.exec(await readFile(path.join(MIGRATIONS_DIR, MIGRATION, 'migration.sql'), 'utf8'));

    const thisYear = new Date().getFullYear();
    const years = await database.query<{
      code: string;
      cityId: number;
      year: number;
      name: string;
      sortOrder: number;
    }>(`
      SELECT p."code", p."cityId", y."year", y."name", y."sortOrder"
      FROM "PerspectiveYear" y JOIN "Perspective" p ON p."id" = y."perspectiveId"
      ORDER BY p."id", y."year"`);
    expect(years.rows).toEqual([
      { code: 'medarbetare', cityId: 1, year: 2021, name: 'Medarbetare', sortOrder: 2 },
      { code: 'medarbetare', cityId: 1, year: 2022, name: 'Medarbetare', sortOrder: 2 },
      { code: 'medarbetare', cityId: 1, year: thisYear, name: 'Medarbetare', sortOrder: 2 },
      { code: 'ekonomi', cityId: 1, year: 2023, name: 'Ekonomi', sortOrder: 4 },
      { code: 'ekonomi', cityId: 1, year: 2024, name: 'Ekonomi', sortOrder: 4 },
      { code: 'ekonomi', cityId: 1, year: thisYear, name: 'Ekonomi', sortOrder: 4 },
      { code: 'oanvand', cityId: 1, year: thisYear, name: 'Oanvänd', sortOrder: 9 },
    ]);
    const pointers = await database.query<{ kind: string; perspectiveId: number }>(`
      SELECT 'goal' AS "kind", "perspectiveId" FROM "Goal"
      UNION ALL SELECT 'activity', "perspectiveId" FROM "Activity"
      UNION ALL SELECT 'section', "perspectiveId" FROM "ReportSection"
      ORDER BY 1, 2`);
    expect(pointers.rows).toEqual([
      { kind: 'activity', perspectiveId: 1 },
      { kind: 'goal', perspectiveId: 1 },
      { kind: 'goal', perspectiveId: 2 },
      { kind: 'section', perspectiveId: 2 },
    ]);
  });
});
