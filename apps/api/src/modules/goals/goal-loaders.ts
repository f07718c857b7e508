import DataLoader from 'dataloader';
import type { GoalAssessmentModel, GoalModel, IndicatorModel, PrismaClient } from '@lagesbild/db';
import type { YearMonth } from '@lagesbild/types';
import { groupRowsByKey } from '../../loaders/group-by-key';

export interface GoalInMonth extends YearMonth {
  goalId: number;
}

export function createGoalLoaders(prisma: PrismaClient) {
  return {
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
    goalIndicators: new DataLoader<number, IndicatorModel[]>(async (goalIds) => {
      const links = await prisma.goalIndicator.findMany({
        where: { goalId: { in: [...goalIds] } },
        include: { indicator: true },
        orderBy: [{ indicator: { sortOrder: 'asc' } }, { indicator: { name: 'asc' } }],
      });
      return groupRowsByKey(goalIds, links, (link) => link.goalId).map((group) => group.map((link) => link.indicator));
    }),
    /** The assessment in the month, or the latest before it. One query per distinct month asked for. */
    goalAssessmentUpTo: new DataLoader<GoalInMonth, GoalAssessmentModel | null, string>(
      async (keys) => {
        const found = new Map<string, GoalAssessmentModel>();
        const months = new Map(keys.map((key) => [`${key.year}-${key.month}`, key]));
        for (const { year, month } of months.values()) {
          const goalIds = keys.filter((key) => key.year === year && key.month === month).map((key) => key.goalId);
          const assessments = await prisma.goalAssessment.findMany({
            where: {
              goalId: { in: goalIds },
              OR: [{ year: { lt: year } }, { year, month: { lte: month } }],
            },
            orderBy: [{ year: 'desc' }, { month: 'desc' }],
          });
          for (const assessment of assessments) {
            const key = `${assessment.goalId}@${year}-${month}`;
            if (!found.has(key)) found.set(key, assessment);
          }
        }
        return keys.map((key) => found.get(`${key.goalId}@${key.year}-${key.month}`) ?? null);
      },
      { cacheKeyFn: (key) => `${key.goalId}@${key.year}-${key.month}` },
    ),
  };
}
