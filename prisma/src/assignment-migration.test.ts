import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { MIGRATIONS_DIR } from './schema-engine';
import { createTestDatabase } from './testing';
import type { TestDatabase } from './testing';

/** The statement of migration 20261205145322 that renames COMPLETE inside approved reports' snapshots. */
async function snapshotRenameStatement(): Promise<string> {
  const migration = await readFile(
    path.join(MIGRATIONS_DIR, '20261205145322_assignments_and_audit_reports', 'migration.sql'),
    'utf8',
  );
  const statement = migration
    .replace(/^--.*$/gm, '')
    .split(';')
    .map((text) => text.trim())
    .find((text) => text.startsWith('UPDATE "Report"'));
  if (!statement) throw new Error('The migration no longer renames the status in snapshots');
  return statement;
}

describe('the assignment status COMPLETE renamed to DECLARED_COMPLETE', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.destroy());

  it('is renamed in an approved report’s snapshot too, leaving the activity status COMPLETED as it was', async () => {
    const unit = await database.prisma.orgUnit.create({ data: { code: 'u', name: 'U', kind: 'COMMITTEE' } });
    const snapshot = {
      sections: [
        {
          assignments: [
            { title: 'Uppdrag', status: 'COMPLETE', isOverdue: false },
            { title: 'Annat uppdrag', status: 'ONGOING', isOverdue: true },
          ],
          activities: [{ title: 'Aktivitet', status: 'COMPLETED' }],
        },
      ],
      assignmentChanges: [{ title: 'Uppdrag', previous: 'COMPLETE', current: 'COMPLETE' }],
    };
    const report = await database.prisma.report.create({
      data: { orgUnitId: unit.id, type: 'MONTHLY', year: 2023, month: 5, status: 'APPROVED', snapshot },
    });
    await database.prisma.$executeRawUnsafe(await snapshotRenameStatement());
    const renamed = await database.prisma.report.findUniqueOrThrow({ where: { id: report.id } });
    expect(renamed.snapshot).toEqual({
      sections: [
        {
          assignments: [
            { title: 'Uppdrag', status: 'DECLARED_COMPLETE', isOverdue: false },
            { title: 'Annat uppdrag', status: 'ONGOING', isOverdue: true },
          ],
          activities: [{ title: 'Aktivitet', status: 'COMPLETED' }],
        },
      ],
      assignmentChanges: [{ title: 'Uppdrag', previous: 'DECLARED_COMPLETE', current: 'DECLARED_COMPLETE' }],
    });
  });
});
