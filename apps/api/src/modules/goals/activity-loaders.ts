import DataLoader from 'dataloader';
import type { ActivityModel, ActivityUpdateModel, PrismaClient } from '@lagesbild/db';
import { groupRowsByKey, rowByKey } from '../../loaders/group-by-key';
import { createMonthLoader, NEWEST_MONTH_FIRST, upToMonth } from '../../loaders/month-loader';

/** Batched reads of the activities of goals and units, with their latest status. */
export function createActivityLoaders(prisma: PrismaClient) {
  return {
    activityById: new DataLoader<number, ActivityModel | null>(async (ids) =>
      rowByKey(ids, await prisma.activity.findMany({ where: { id: { in: [...ids] } } }), (activity) => activity.id),
    ),
    goalActivities: new DataLoader<number, ActivityModel[]>(async (goalIds) => {
      const activities = await prisma.activity.findMany({
        where: { goalId: { in: [...goalIds] } },
        orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
      });
      return groupRowsByKey(goalIds, activities, (activity) => activity.goalId!);
    }),
    activityUpdateUpTo: createMonthLoader<ActivityUpdateModel>(
      (activityIds, month) =>
        prisma.activityUpdate.findMany({
          where: { activityId: { in: activityIds }, ...upToMonth(month) },
          orderBy: NEWEST_MONTH_FIRST,
        }),
      (update) => update.activityId,
    ),
  };
}
