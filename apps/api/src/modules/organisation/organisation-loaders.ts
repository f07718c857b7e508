import DataLoader from 'dataloader';
import type { OrgUnitModel, OrgUnitVersionModel, PrismaClient } from '@lagesbild/db';
import { groupRowsByKey } from '../../loaders/group-by-key';

/**
 * `unitsAsRead` gives the units the request read with its org tree (context.ts), or null once
 * the request has written: until then a unit found there is not read again (the same row of the
 * same data version), and after a write every unit comes from the database, as it now stands.
 */
export function createOrganisationLoaders(
  prisma: PrismaClient,
  unitsAsRead: () => ReadonlyMap<number, OrgUnitModel> | null,
) {
  return {
    orgUnitById: new DataLoader<number, OrgUnitModel | null>(async (ids) => {
      const asRead = unitsAsRead();
      // A unit created since the tree was read (by another request) is not in it.
      const toRead = asRead ? ids.filter((id) => !asRead.has(id)) : [...ids];
      const read = toRead.length === 0 ? [] : await prisma.orgUnit.findMany({ where: { id: { in: toRead } } });
      const readById = new Map(read.map((unit) => [unit.id, unit]));
      return ids.map((id) => asRead?.get(id) ?? readById.get(id) ?? null);
    }),
    orgUnitChildren: new DataLoader<number, OrgUnitModel[]>(async (parentIds) =>
      groupRowsByKey(
        parentIds,
        await prisma.orgUnit.findMany({
          where: { parentId: { in: [...parentIds] } },
          orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
        }),
        (unit) => unit.parentId!,
      ),
    ),
    /** A unit's dated names and places, oldest first. */
    orgUnitVersions: new DataLoader<number, OrgUnitVersionModel[]>(async (orgUnitIds) =>
      groupRowsByKey(
        orgUnitIds,
        await prisma.orgUnitVersion.findMany({
          where: { orgUnitId: { in: [...orgUnitIds] } },
          orderBy: [{ validFrom: 'asc' }],
        }),
        (version) => version.orgUnitId,
      ),
    ),
  };
}
