import type { OrgUnitModel, PrismaClient, ReadReplica } from '@lagesbild/db';
import type { Request } from 'express';
import { createAssignmentLoaders } from './modules/assignments';
import { createForecastLoaders } from './modules/forecasts';
import { createActivityLoaders, createGoalLoaders } from './modules/goals';
import { createIndicatorLoaders } from './modules/indicators';
import { createOrganisationLoaders, readOrgUnitsInDisplayOrder } from './modules/organisation';
import { createPerspectiveLoaders } from './modules/perspectives';
import { createPlanningLoaders } from './modules/planning';
import { createPortfolioLoaders } from './modules/portfolio';
import { createAccessLoaders, findRequestUser } from './modules/access';
import { createReportLoaders } from './modules/reports';
import { createRiskLoaders } from './modules/risks';
import { AccessScope } from './authorization/access-scope';
import { beyondCancellation, currentClientSignal, withCancellation } from './cancellation';
import { OrgTreeCache } from './authorization/org-tree-cache';
import type { SignedInUser } from './modules/access';
import { createAuditLoaders, runAudited, withAuditedWrites } from './modules/audit';
import type { AuditedTransactionOptions, Transaction } from './modules/audit';
import { ReadRouting } from './read-routing';

/** What every resolver gets: who asks, what they may do, the database and this request's loaders. */
export interface RequestContext {
  /** Reads only: a write outside `mutate` throws. */
  prisma: PrismaClient;
  loaders: Loaders;
  /** The signed-in user, or null. */
  viewer: SignedInUser | null;
  access: AccessScope;
  /**
   * The organisation's units, whole, siblings in display order, as of the request's data version
   * (see OrgTreeCache); none without a viewer.
   */
  orgTree: readonly OrgUnitModel[];
  /** The committed data version as the request began, when it was read with the tree (see OrgTreeCache). */
  dataVersion?: string;
  /** True when single sign-on (OpenID Connect) is configured. */
  singleSignOn: boolean;
  /** Aborts when the client closes the connection before the answer is sent (see cancellation.ts). */
  signal: AbortSignal;
  /** Runs a mutation's writes in one transaction, each audited as `operation` by the viewer. */
  mutate: <T>(
    operation: string,
    work: (tx: Transaction) => Promise<T>,
    options?: AuditedTransactionOptions,
  ) => Promise<T>;
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * DataLoaders are made per request, so nothing they cache outlives the request that read it
 * (orgUnitById also finds units among those the request read with its tree: see
 * createOrganisationLoaders).
 */
function createLoaders(prisma: PrismaClient, unitsAsRead: () => ReadonlyMap<number, OrgUnitModel> | null) {
  return {
    ...createOrganisationLoaders(prisma, unitsAsRead),
    ...createPerspectiveLoaders(prisma),
    ...createGoalLoaders(prisma),
    ...createActivityLoaders(prisma),
    ...createAssignmentLoaders(prisma),
    ...createIndicatorLoaders(prisma),
    ...createAccessLoaders(prisma),
    ...createPortfolioLoaders(prisma),
    ...createRiskLoaders(prisma),
    ...createForecastLoaders(prisma),
    ...createReportLoaders(prisma),
    ...createPlanningLoaders(prisma, unitsAsRead),
    ...createAuditLoaders(prisma),
  };
}

export interface RequestContextOptions {
  singleSignOn?: boolean;
  /** The server's cache of the org tree; without one the tree is read afresh. */
  orgTrees?: OrgTreeCache;
  /** Told the data version each of the request's committed writes advanced to. */
  onWrite?: (dataVersion: string) => void;
}

export async function createRequestContext(
  prisma: PrismaClient,
  viewer: SignedInUser | null,
  { singleSignOn = false, onWrite, orgTrees }: RequestContextOptions = {},
): Promise<RequestContext> {
  const { tree: orgTree, dataVersion } = !viewer
    ? { tree: [], dataVersion: undefined }
    : orgTrees
      ? await orgTrees.read(prisma)
      : { tree: await readOrgUnitsInDisplayOrder(prisma), dataVersion: undefined };
  let unitsAsRead: ReadonlyMap<number, OrgUnitModel> | null = new Map(orgTree.map((unit) => [unit.id, unit]));
  return {
    prisma,
    dataVersion,
    loaders: createLoaders(prisma, () => unitsAsRead),
    viewer,
    access: viewer ? new AccessScope(orgTree, viewer.roles) : AccessScope.nobody,
    orgTree,
    singleSignOn,
    signal: currentClientSignal(),
    mutate: (operation, work, options) =>
      beyondCancellation(() =>
        runAudited(prisma, operation, viewer?.id ?? null, work, {
          ...options,
          onCommitted: (dataVersion) => {
            // What the request wrote may have changed a unit: read units afresh from now on.
            unitsAsRead = null;
            options?.onCommitted?.(dataVersion);
            onWrite?.(dataVersion);
          },
        }),
      ),
  };
}

/** The context of an HTTP request's user, found by the session cookie: /graphql and the report exports share it. */
export type RequestContextFactory = (request: Request) => Promise<RequestContext>;

/**
 * Builds each request's context. With read replicas, a GraphQL query reads from one unless the
 * browser wrote something the replica has not replayed yet; everything else, and the session
 * lookup, reads from the primary `prisma` (read-routing.ts).
 */
export function requestContextFactory(
  prisma: PrismaClient,
  { singleSignOn, readReplicas = [] }: { singleSignOn?: boolean; readReplicas?: readonly ReadReplica[] } = {},
): RequestContextFactory {
  const routing = new ReadRouting(prisma, readReplicas, (client) => withCancellation(withAuditedWrites(client)));
  const orgTrees = new OrgTreeCache();
  return async (request) => {
    const [viewer, reads] = await Promise.all([findRequestUser(prisma, request), routing.readsFor(request)]);
    return createRequestContext(reads, viewer, {
      singleSignOn,
      orgTrees,
      onWrite: (dataVersion) => routing.rememberWrite(request, dataVersion),
    });
  };
}
