import type { AssignmentModel, GoalModel, PrismaClient } from '@lagesbild/db';
import type { TreeNode } from '@lagesbild/types';
import { findSubtreeIds } from '../organisation';
import { sortByPerspectiveOrderWith } from '../perspectives';
import type { Loaders } from '../../context';

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
  perspectiveInYear: Loaders['perspectiveInYear'],
): Promise<GoalModel[]> {
  const unitIds = await findSubtreeIds(prisma, orgTree, orgUnitCode);
  if (unitIds.length === 0) return [];
  const goals = await prisma.goal.findMany({
    where: {
      year,
      OR: [{ orgUnitId: { in: unitIds } }, { childLinks: { some: { child: { year, orgUnitId: { in: unitIds } } } } }],
    },
    orderBy: [{ level: 'asc' }, { sortOrder: 'asc' }, { id: 'asc' }],
  });
  // The perspectives' order is the year's own; the loader then names them without another query.
  return sortByPerspectiveOrderWith(perspectiveInYear, goals, year);
}

/** The assignments of an org unit and the units under it, by source, then deadline (open-ended last). */
export async function listAssignmentsOfSubtree(
  prisma: PrismaClient,
  orgTree: readonly TreeNode[],
  orgUnitCode: string,
): Promise<AssignmentModel[]> {
  const unitIds = await findSubtreeIds(prisma, orgTree, orgUnitCode);
  if (unitIds.length === 0) return [];
  return prisma.assignment.findMany({
    where: { orgUnitId: { in: unitIds } },
    orderBy: [{ source: 'asc' }, { deadline: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
  });
}
