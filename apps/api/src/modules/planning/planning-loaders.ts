import DataLoader from 'dataloader';
import type { PrismaClient } from '@lagesbild/db';
import { groupRowsByKey } from '../../loaders/group-by-key';
import type { PlanRevisionRow } from './plan-service';
import { findPlanLocks, planLockOf } from './plan-lock';
import type { PlanLock, UnitYear } from './plan-lock';

export function createPlanningLoaders(prisma: PrismaClient) {
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
     * reads to show planning controls only where a write would be accepted (three statements
     * for every unit-year on the page).
     */
    planLock: new DataLoader<UnitYear, PlanLock | null, string>(
      async (unitYears) => {
        const locks = await findPlanLocks(prisma, unitYears);
        return unitYears.map((unitYear) => planLockOf(locks, unitYear));
      },
      { cacheKeyFn: ({ orgUnitId, year }) => `${orgUnitId}@${year}` },
    ),
  };
}
