import type { PrismaClient } from '@lagesbild/db';
import { createGoalLoaders } from './modules/goals/goal-loaders';
import { createIndicatorLoaders } from './modules/indicators/indicator-loaders';
import { createOrganisationLoaders } from './modules/organisation/organisation-loaders';

/** What every resolver gets: the database and this request's DataLoaders. */
export interface RequestContext {
  prisma: PrismaClient;
  loaders: Loaders;
}

export type Loaders = ReturnType<typeof createLoaders>;

/** DataLoaders are made per request, so nothing cached outlives the request that read it. */
function createLoaders(prisma: PrismaClient) {
  return {
    ...createOrganisationLoaders(prisma),
    ...createGoalLoaders(prisma),
    ...createIndicatorLoaders(prisma),
  };
}

export function createRequestContext(prisma: PrismaClient): RequestContext {
  return { prisma, loaders: createLoaders(prisma) };
}
