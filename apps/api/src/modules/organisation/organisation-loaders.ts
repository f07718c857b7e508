import DataLoader from 'dataloader';
import type { OrgUnitModel, OrgUnitVersionModel, PrismaClient } from '@lagesbild/db';
import { groupRowsByKey, rowByKey } from '../../loaders/group-by-key';

export function createOrganisationLoaders(prisma: PrismaClient) {
  return {
    orgUnitById: new DataLoader<number, OrgUnitModel | null>(async (ids) =>
      rowByKey(ids, await prisma.orgUnit.findMany({ where: { id: { in: [...ids] } } }), (unit) => unit.id),
    ),
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
