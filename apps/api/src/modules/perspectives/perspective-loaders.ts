import DataLoader from 'dataloader';
import type { PerspectiveModel, PrismaClient } from '@lagesbild/db';
import { rowByKey } from '../../loaders/group-by-key';
import { findPerspectivesInYears } from './perspective-service';
import type { PerspectiveOfYear } from './perspective-service';

/** A perspective asked for as it is in a year (a goal's, a report's). */
export interface PerspectiveInYear {
  id: number;
  year: number;
}

export function createPerspectiveLoaders(prisma: PrismaClient) {
  return {
    /** A perspective's identity (its code), for the few answers that ask for it. */
    perspectiveById: new DataLoader<number, PerspectiveModel | null>(async (ids) =>
      rowByKey(ids, await prisma.perspective.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
    ),
    /** Every goal, activity and report section of a request names its perspective in one query. */
    perspectiveInYear: new DataLoader<PerspectiveInYear, PerspectiveOfYear | null, string>(
      (keys) => findPerspectivesInYears(prisma, keys),
      { cacheKeyFn: ({ id, year }) => `${id}@${year}` },
    ),
  };
}
