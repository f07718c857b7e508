import DataLoader from 'dataloader';
import type { GoalModel, PrismaClient } from '@lagesbild/db';
import { groupRowsByKey, rowByKey } from '../../loaders/group-by-key';
import { createMonthLoader, NEWEST_MONTH_FIRST, upToMonth } from '../../loaders/month-loader';
import { withThresholdHistory } from '../indicators';
import type { IndicatorWithHistory } from '../indicators';

export function createGoalLoaders(prisma: PrismaClient) {
  return {
    goalById: new DataLoader<number, GoalModel | null>(async (ids) =>
      rowByKey(ids, await prisma.goal.findMany({ where: { id: { in: [...ids] } } }), (goal) => goal.id),
    ),
    goalParents: new DataLoader<number, GoalModel[]>(async (childIds) => {
      const links = await prisma.goalLink.findMany({
        where: { childId: { in: [...childIds] } },
        include: { parent: true },
        orderBy: { parent: { sortOrder: 'asc' } },
      });
      return groupRowsByKey(childIds, links, (link) => link.childId).map((group) => group.map((link) => link.parent));
    }),
    goalChildren: new DataLoader<number, GoalModel[]>(async (parentIds) => {
      const links = await prisma.goalLink.findMany({
        where: { parentId: { in: [...parentIds] } },
        include: { child: true },
        orderBy: { child: { sortOrder: 'asc' } },
      });
      return groupRowsByKey(parentIds, links, (link) => link.parentId).map((group) => group.map((link) => link.child));
    }),
    /** With their thresholds' history: reports judge their values by it. */
    goalIndicators: new DataLoader<number, IndicatorWithHistory[]>(async (goalIds) => {
      const links = await prisma.goalIndicator.findMany({
        where: { goalId: { in: [...goalIds] } },
        include: { indicator: true },
        orderBy: [{ indicator: { sortOrder: 'asc' } }, { indicator: { name: 'asc' } }],
      });
      const indicators = await withThresholdHistory(
        prisma,
        links.map((link) => link.indicator),
      );
      const judged = links.map((link, index) => ({ goalId: link.goalId, indicator: indicators[index]! }));
      return groupRowsByKey(goalIds, judged, (link) => link.goalId).map((group) => group.map((link) => link.indicator));
    }),
    /** The assessment in the month, or the latest before it. */
    goalAssessmentUpTo: createMonthLoader(
      (goalIds, month) =>
        prisma.goalAssessment.findMany({
          where: { goalId: { in: goalIds }, ...upToMonth(month) },
          orderBy: NEWEST_MONTH_FIRST,
        }),
      (assessment) => assessment.goalId,
    ),
  };
}
