import type { OrgUnitModel, PerspectiveModel, PrismaClient } from '@lagesbild/db';
import { inTreeOrder } from './org-tree';

/** Every org unit, parents before children and siblings in display order. */
export async function listOrgUnitsInTreeOrder(prisma: PrismaClient): Promise<OrgUnitModel[]> {
  return inTreeOrder(await prisma.orgUnit.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }] }));
}

export function findOrgUnitByCode(prisma: PrismaClient, code: string): Promise<OrgUnitModel | null> {
  return prisma.orgUnit.findUnique({ where: { code } });
}

export function listPerspectives(prisma: PrismaClient): Promise<PerspectiveModel[]> {
  return prisma.perspective.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }] });
}
