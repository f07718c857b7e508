import type { OrgUnitModel } from '@lagesbild/db';
import { createTestDatabase } from '@lagesbild/db/testing';
import type { TestDatabase } from '@lagesbild/db/testing';
import { createRequestContext } from './context';
import type { SignedInUser } from './modules/access';
import { withAuditedWrites } from './modules/audit';

describe('the units a request read with its org tree', () => {
  let database: TestDatabase;
  const statements: string[] = [];
  let committee: OrgUnitModel;
  let viewer: SignedInUser;
  const contextOfViewer = () => createRequestContext(withAuditedWrites(database.prisma), viewer);

  beforeAll(async () => {
    database = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
    const city = await database.prisma.orgUnit.create({ data: { code: 'stad', name: 'Staden', kind: 'CITY' } });
    committee = await database.prisma.orgUnit.create({
      data: { code: 'namnd', name: 'Nämnden', kind: 'COMMITTEE', parentId: city.id },
    });
    const user = await database.prisma.user.create({
      data: {
        email: 'lasare@test.lagesbild.se',
        name: 'Läsare',
        roles: { create: { role: 'ADMIN', orgUnitId: city.id } },
      },
    });
    viewer = { id: user.id, name: user.name, email: user.email, roles: [{ role: 'ADMIN', orgUnitId: city.id }] };
  });
  afterAll(() => database.destroy());

  it('finds a unit by id among them, without reading it again', async () => {
    const context = await contextOfViewer();
    statements.length = 0;
    expect((await context.loaders.orgUnitById.load(committee.id))?.name).toBe('Nämnden');
    expect(statements).toEqual([]);
  });

  it('reads a unit created since the tree was read', async () => {
    const context = await contextOfViewer();
    const later = await database.prisma.orgUnit.create({
      data: { code: 'senare', name: 'Senare enhet', kind: 'BUSINESS_AREA', parentId: committee.id },
    });
    expect((await context.loaders.orgUnitById.load(later.id))?.name).toBe('Senare enhet');
  });

  it('reads units afresh once the request has written, so it sees what it wrote', async () => {
    const context = await contextOfViewer();
    await context.mutate('renameOrgUnit', (tx) =>
      tx.orgUnit.update({ where: { id: committee.id }, data: { name: 'Omdöpta nämnden' } }),
    );
    expect((await context.loaders.orgUnitById.load(committee.id))?.name).toBe('Omdöpta nämnden');
  });
});
