import DataLoader from 'dataloader';
import type { PrismaClient } from '@lagesbild/db';
import { findPerspectivesInYears } from './perspective-service';
import type { PerspectiveOfYear } from './perspective-service';

/** A perspective asked for as it is in a year (a goal's, a report's). */
export interface PerspectiveInYear {
  id: number;
  year: number;
}

export function createPerspectiveLoaders(prisma: PrismaClient) {
  return {
    /** Every goal, activity and report section of a request names its perspective in one query. */
    perspectiveInYear: new DataLoader<PerspectiveInYear, PerspectiveOfYear | null, string>(
      (keys) => findPerspectivesInYears(prisma, keys),
      { cacheKeyFn: ({ id, year }) => `${id}@${year}` },
    ),
  };
}
