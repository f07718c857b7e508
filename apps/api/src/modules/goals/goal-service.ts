import type { GoalModel, PrismaClient } from '@lagesbild/db';
import type { TreeNode } from '@lagesbild/types';
import { findSubtreeIds } from '../organisation';

/**
 * The goals of an org unit and the units under it for a year: their committee goals and the
 * council goals they serve, ordered by perspective, council goals before committee goals,
 * then display order. A committee sees its own goals; the city sees every committee's.
 */
export async function listGoalsOfSubtree(
  prisma: PrismaClient,
  orgTree: readonly TreeNode[],
  orgUnitCode: string,
  year: number,
): Promise<GoalModel[]> {
  const unitIds = await findSubtreeIds(prisma, orgTree, orgUnitCode);
  if (unitIds.length === 0) return [];
  return prisma.goal.findMany({
    where: {
      year,
      OR: [{ orgUnitId: { in: unitIds } }, { childLinks: { some: { child: { year, orgUnitId: { in: unitIds } } } } }],
    },
    orderBy: [{ perspective: { sortOrder: 'asc' } }, { level: 'asc' }, { sortOrder: 'asc' }, { id: 'asc' }],
  });
}
