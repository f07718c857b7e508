import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { MIGRATIONS_DIR } from './schema-engine';
import { createTestDatabase } from './testing';
import type { TestDatabase } from './testing';

/** The statements of migration 20261206005903 that link the names written so far to accounts. */
async function linkingStatements(): Promise<string[]> {
  const migration = await readFile(
    path.join(MIGRATIONS_DIR, '20261206005903_people_as_users', 'migration.sql'),
    'utf8',
  );
  const statements = migration
    .replace(/^--.*$/gm, '')
    .split(';')
    .map((text) => text.trim())
    .filter((text) => text.startsWith('UPDATE'));
  if (statements.length !== 4) throw new Error('The migration no longer links the four kinds of name');
  return statements;
}

describe('owners and managers linked to the accounts of the same name', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.destroy());

  it('links a name that exactly one account has, and leaves other names, and names two accounts share, as names', async () => {
    const { prisma } = database;
    const agnes = await prisma.user.create({ data: { email: 'agnes@example.se', name: 'Agnes Avdelningschef' } });
    await prisma.user.create({ data: { email: 'anna1@example.se', name: 'Anna Andersson' } });
    await prisma.user.create({ data: { email: 'anna2@example.se', name: 'Anna Andersson' } });
    const unit = await prisma.orgUnit.create({ data: { code: 'u', name: 'U', kind: 'COMMITTEE' } });
    const portfolio = await prisma.portfolio.create({
      data: { orgUnitId: unit.id, name: 'P', owner: 'Agnes Avdelningschef' },
    });
    const project = await prisma.project.create({
      data: { portfolioId: portfolio.id, name: 'Projekt', owner: 'Anna Andersson', manager: 'Agnes Avdelningschef' },
    });
    const other = await prisma.project.create({
      data: { portfolioId: portfolio.id, name: 'Annat', owner: 'agnes avdelningschef', manager: 'Pelle Projektledare' },
    });
    const statusUpdate = await prisma.projectStatusUpdate.create({
      data: {
        projectId: project.id,
        statusDate: new Date('2024-08-31'),
        time: 'RED',
        cost: 'GREEN',
        result: 'GREEN',
        deviations: { create: { dimension: 'TIME', cause: 'C', action: 'A', actionOwner: 'Agnes Avdelningschef' } },
      },
    });
    for (const statement of await linkingStatements()) await prisma.$executeRawUnsafe(statement);

    expect((await prisma.portfolio.findUniqueOrThrow({ where: { id: portfolio.id } })).ownerUserId).toBe(agnes.id);
    expect(await prisma.project.findUniqueOrThrow({ where: { id: project.id } })).toMatchObject({
      owner: 'Anna Andersson',
      ownerUserId: null,
      manager: 'Agnes Avdelningschef',
      managerUserId: agnes.id,
    });
    // Only an exact match: another case, or a name no account has, stays a name.
    expect(await prisma.project.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({
      ownerUserId: null,
      managerUserId: null,
    });
    const deviation = await prisma.statusDeviation.findFirstOrThrow({ where: { statusUpdateId: statusUpdate.id } });
    expect(deviation.actionOwnerUserId).toBe(agnes.id);
  });
});
