import DataLoader from 'dataloader';
import type { OrgUnitModel, PerspectiveModel, PrismaClient } from '@lagesbild/db';
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
    perspectiveById: new DataLoader<number, PerspectiveModel | null>(async (ids) =>
      rowByKey(ids, await prisma.perspective.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
    ),
  };
}
