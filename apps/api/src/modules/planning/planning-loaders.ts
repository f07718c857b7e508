import DataLoader from 'dataloader';
import type { PrismaClient } from '@lagesbild/db';
import { groupRowsByKey } from '../../loaders/group-by-key';
import type { PlanRevisionRow } from './plan-service';

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
  };
}
