import type { GoalModel, PrismaClient } from '@lagesbild/db';
import { findSubtreeIds } from '../organisation';
import type { OrgTreeUnit } from '../organisation';
import { sortByPerspectiveOrder } from '../perspectives';
import type { Loaders } from '../../context';

/**
 * The goals of an org unit and the units under it for a year: their committee goals and the
 * council goals they serve, ordered by perspective, council goals before committee goals,
 * then display order. A committee sees its own goals; the city sees every committee's.
 * Retired goals are left out unless `includeRetired`.
 */
export async function listGoalsOfSubtree(
  prisma: PrismaClient,
  orgTree: readonly OrgTreeUnit[],
  orgUnitCode: string,
  year: number,
  perspectiveInYear: Loaders['perspectiveInYear'],
  { includeRetired = false } = {},
): Promise<GoalModel[]> {
  const unitIds = findSubtreeIds(orgTree, orgUnitCode);
  if (unitIds.length === 0) return [];
  // A retired goal has left the plan: it is read only when asked for (its history stays).
  const inPlan = includeRetired ? {} : { retiredAt: null };
  const goals = await prisma.goal.findMany({
    where: {
      year,
      ...inPlan,
      OR: [
        { orgUnitId: { in: unitIds } },
        { childLinks: { some: { child: { year, orgUnitId: { in: unitIds }, ...inPlan } } } },
      ],
    },
    orderBy: [{ level: 'asc' }, { sortOrder: 'asc' }, { id: 'asc' }],
  });
  // The perspectives' order is the year's own; the loader then names them without another query.
  return sortByPerspectiveOrder(perspectiveInYear, goals, year);
}
