import type { OrgUnitModel, PerspectiveModel, PrismaClient } from '@lagesbild/db';

/** Every org unit, parents before children and siblings in display order. */
export async function listOrgUnitsInTreeOrder(prisma: PrismaClient): Promise<OrgUnitModel[]> {
  const units = await prisma.orgUnit.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }] });
  const childrenOf = new Map<number | null, OrgUnitModel[]>();
  for (const unit of units) {
    childrenOf.set(unit.parentId, [...(childrenOf.get(unit.parentId) ?? []), unit]);
  }
  const ordered: OrgUnitModel[] = [];
  const visit = (parentId: number | null): void => {
    for (const unit of childrenOf.get(parentId) ?? []) {
      ordered.push(unit);
      visit(unit.id);
    }
  };
  visit(null);
  return ordered;
}

export function findOrgUnitByCode(prisma: PrismaClient, code: string): Promise<OrgUnitModel | null> {
  return prisma.orgUnit.findUnique({ where: { code } });
}

export function listPerspectives(prisma: PrismaClient): Promise<PerspectiveModel[]> {
  return prisma.perspective.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }] });
}
