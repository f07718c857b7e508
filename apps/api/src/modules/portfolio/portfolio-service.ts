import type { PortfolioModel, PrismaClient } from '@lagesbild/db';
import { inTreeOrder } from '../organisation/org-tree';

/** The portfolios of a unit and the units below it, in display order; none for an unknown unit. */
export async function listPortfoliosOfUnitTree(prisma: PrismaClient, orgUnitCode: string): Promise<PortfolioModel[]> {
  const unit = await prisma.orgUnit.findUnique({ where: { code: orgUnitCode } });
  if (!unit) return [];
  const tree = await prisma.orgUnit.findMany({ select: { id: true, parentId: true } });
  const unitIds = inTreeOrder(tree, unit.id).map((node) => node.id);
  return prisma.portfolio.findMany({
    where: { orgUnitId: { in: unitIds } },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
  });
}

/** Every portfolio, in display order: the choices for moving a project, narrowed by access in the resolver. */
export function listAllPortfolios(prisma: PrismaClient): Promise<PortfolioModel[]> {
  return prisma.portfolio.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }] });
}
