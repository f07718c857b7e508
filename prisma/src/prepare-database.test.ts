import { prepareDatabase } from './prepare-database';
import { createTestDatabase } from './testing';
import type { TestDatabase } from './testing';

describe('readying a database for the server', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.destroy());

  it('leaves an empty database empty when told not to load the demo data, and says nobody can sign in', async () => {
    expect(await prepareDatabase(database, { seedDemoDataIfEmpty: false })).toEqual({
      appliedMigrations: [],
      seededDemoData: false,
      hasUsers: false,
    });
    expect(await database.prisma.orgUnit.count()).toBe(0);
  });

  it('loads the demo data into an empty database, with its users, and not a second time', async () => {
    expect(await prepareDatabase(database, { seedDemoDataIfEmpty: true })).toMatchObject({
      seededDemoData: true,
      hasUsers: true,
    });
    const units = await database.prisma.orgUnit.count();
    expect(await prepareDatabase(database, { seedDemoDataIfEmpty: true })).toMatchObject({
      seededDemoData: false,
      hasUsers: true,
    });
    expect(await database.prisma.orgUnit.count()).toBe(units);
  });
});
