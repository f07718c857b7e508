import type { PortfolioModel, PrismaClient } from '@lagesbild/db';
import { findSubtreeIds } from '../organisation';
import type { OrgTreeUnit } from '../organisation';

/** The portfolios of a unit and the units below it, in display order; none for an unknown unit. */
export async function listPortfoliosOfUnitTree(
  prisma: PrismaClient,
  orgTree: readonly OrgTreeUnit[],
  orgUnitCode: string,
): Promise<PortfolioModel[]> {
  const unitIds = findSubtreeIds(orgTree, orgUnitCode);
  if (unitIds.length === 0) return [];
  return prisma.portfolio.findMany({
    where: { orgUnitId: { in: unitIds } },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
  });
}

/** Every portfolio, in display order: the choices for moving a project, narrowed by access in the resolver. */
export function listAllPortfolios(prisma: PrismaClient): Promise<PortfolioModel[]> {
  return prisma.portfolio.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }] });
}
