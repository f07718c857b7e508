import DataLoader from 'dataloader';
import type { OrgUnitModel, PrismaClient } from '@lagesbild/db';
import { groupRowsByKey } from '../../loaders/group-by-key';
import type { PlanRevisionRow } from './plan-service';
import { planLockOf, readPlanLocks } from './plan-lock';
import type { PlanLock, UnitYear } from './plan-lock';

/**
 * `unitsAsRead` gives the units the request read with its org tree, or null once the request
 * has written (a write may have moved a unit): the plan lock then reads the tree afresh.
 */
export function createPlanningLoaders(
  prisma: PrismaClient,
  unitsAsRead: () => ReadonlyMap<number, OrgUnitModel> | null,
) {
  return {
    /** A plan's adopted revisions, newest first. */
    planRevisions: new DataLoader<number, PlanRevisionRow[]>(async (planIds) => {
      const revisions = await prisma.planRevision.findMany({
        where: { planId: { in: [...planIds] } },
        include: { plan: { select: { orgUnitId: true } } },
        orderBy: { number: 'desc' },
      });
      return groupRowsByKey(planIds, revisions, (revision) => revision.planId);
    }),
    /**
     * The lock on each unit's plan of a year, as the writes will find it: what the goal tree
     * reads to show planning controls only where a write would be accepted (two statements
     * for every unit-year on the page, from the request's units).
     */
    planLock: new DataLoader<UnitYear, PlanLock | null, string>(
      async (unitYears) => {
        const units =
          unitsAsRead()?.values() ?? (await prisma.orgUnit.findMany({ select: { id: true, parentId: true } }));
        const locks = await readPlanLocks(prisma, [...units], unitYears);
        return unitYears.map((unitYear) => planLockOf(locks, unitYear));
      },
      { cacheKeyFn: ({ orgUnitId, year }) => `${orgUnitId}@${year}` },
    ),
  };
}
