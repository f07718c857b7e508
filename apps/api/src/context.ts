import type { PrismaClient } from '@lagesbild/db';
import { createForecastLoaders } from './modules/forecasts/forecast-loaders';
import { createActivityLoaders } from './modules/goals/activity-loaders';
import { createGoalLoaders } from './modules/goals/goal-loaders';
import { createIndicatorLoaders } from './modules/indicators/indicator-loaders';
import { createOrganisationLoaders } from './modules/organisation/organisation-loaders';
import { createPortfolioLoaders } from './modules/portfolio/portfolio-loaders';
import { createAccessLoaders } from './modules/access/access-loaders';
import { createReportLoaders } from './modules/reports/report-loaders';
import { createRiskLoaders } from './modules/risks/risk-loaders';
import { AccessScope } from './modules/access/access-scope';
import type { OrgTreeNode } from './modules/access/access-scope';
import type { SignedInUser } from './modules/access/session-service';
import { runAudited } from './modules/audit/audited-writes';
import type { Transaction } from './modules/audit/audited-writes';

/** What every resolver gets: who asks, what they may do, the database and this request's loaders. */
export interface RequestContext {
  /** Reads only: a write outside `mutate` throws. */
  prisma: PrismaClient;
  loaders: Loaders;
  /** The signed-in user, or null. */
  viewer: SignedInUser | null;
  access: AccessScope;
  orgTree: readonly OrgTreeNode[];
  /** True when single sign-on (OpenID Connect) is configured. */
  singleSignOn: boolean;
  /** Runs a mutation's writes in one transaction, each audited as `operation` by the viewer. */
  mutate: <T>(operation: string, work: (tx: Transaction) => Promise<T>) => Promise<T>;
}

export type Loaders = ReturnType<typeof createLoaders>;

/** DataLoaders are made per request, so nothing cached outlives the request that read it. */
function createLoaders(prisma: PrismaClient) {
  return {
    ...createOrganisationLoaders(prisma),
    ...createGoalLoaders(prisma),
    ...createActivityLoaders(prisma),
    ...createIndicatorLoaders(prisma),
    ...createAccessLoaders(prisma),
    ...createPortfolioLoaders(prisma),
    ...createRiskLoaders(prisma),
    ...createForecastLoaders(prisma),
    ...createReportLoaders(prisma),
  };
}

export async function createRequestContext(
  prisma: PrismaClient,
  viewer: SignedInUser | null,
  { singleSignOn = false } = {},
): Promise<RequestContext> {
  const orgTree = viewer ? await prisma.orgUnit.findMany({ select: { id: true, parentId: true } }) : [];
  return {
    prisma,
    loaders: createLoaders(prisma),
    viewer,
    access: viewer ? new AccessScope(orgTree, viewer.roles) : AccessScope.nobody,
    orgTree,
    singleSignOn,
    mutate: (operation, work) => runAudited(prisma, operation, viewer?.id ?? null, work),
  };
}
