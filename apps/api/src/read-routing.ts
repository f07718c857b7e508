import type { PrismaClient, ReadReplica } from '@lagesbild/db';
import type { Request } from 'express';
import { getOperationAST, Kind, OperationTypeNode, parse } from 'graphql';
import { sessionCookieOptions } from './modules/access';
import { readDataVersion, withAuditedWrites } from './modules/audit';
import { GRAPHQL_LIMITS } from './request-limits';

/**
 * The data version of the browser's latest write. It only ever sends the browser's reads to
 * the primary, so a forged one costs nothing but the replica's help: it is not signed.
 */
export const WROTE_COOKIE = 'lagesbild_wrote';

/** Far longer than a healthy replica lags; a replica further behind than this is broken. */
const WROTE_COOKIE_LIFETIME_MS = 10 * 60_000;

/**
 * Root fields that read what a request outside `mutate` wrote for the asking user a moment
 * ago, without advancing the data version: an uploaded file's preview (the upload route writes
 * it, the dialog then asks for it). A query that selects one reads from the primary.
 */
const PRIMARY_ROOT_FIELDS: ReadonlySet<string> = new Set(['valueImport']);

/** How long reads stay on the primary after a replica did not answer, before it is tried again. */
export const REPLICA_RETRY_AFTER_MS = 5_000;

interface Replica {
  description: string;
  /** Reads to the replica, writes to the primary (for the version check). */
  routed: PrismaClient;
  /** The same, guarded as every request's client is. */
  guarded: PrismaClient;
  /** Date.now() until which the replica is passed over. */
  restingUntil: number;
}

/**
 * Which database a request reads from, when DATABASE_REPLICA_URL names read replicas.
 *
 * - A GraphQL query reads from a replica (one per request, in turn), so that the dashboards'
 *   reads leave the primary to the writes. Everything else reads from the primary: mutations
 *   (their answer shows what they wrote), an import's preview (PRIMARY_ROOT_FIELDS), the file
 *   routes, sign-in and the session lookup.
 * - Read-your-own-write: a request that writes sets the WROTE_COOKIE to the data version its
 *   transaction committed (runAudited advances it in every write). A query from that browser
 *   reads from a replica only once the replica has replayed that version (the replica's
 *   DataVersion row, one statement), and from the primary until then: whoever saves and
 *   reloads sees what they saved, whichever API process answers. Other users may read a
 *   replica that is a moment behind, as from any replica.
 * - A replica that does not answer that statement is passed over for REPLICA_RETRY_AFTER_MS
 *   (logged once), and its requests read from the primary: a replica going down slows reads
 *   but fails none that had not started on it. (At start a replica that does not answer stops
 *   the start instead: openReadReplicas.)
 */
export class ReadRouting {
  private readonly replicas: Replica[];
  private turn = 0;

  private readonly primary: PrismaClient;

  constructor(
    primary: PrismaClient,
    replicas: readonly ReadReplica[],
    /** What every request's client gets on top of the database's: the audit guard, and cancellation. */
    guard: (client: PrismaClient) => PrismaClient = withAuditedWrites,
    private readonly now: () => number = Date.now,
  ) {
    this.primary = guard(primary);
    this.replicas = replicas.map((replica) => ({
      description: replica.description,
      routed: replica.prisma,
      guarded: guard(replica.prisma),
      restingUntil: 0,
    }));
  }

  /** The client a request reads through: a replica's (writes still go to the primary) or the primary's. */
  async readsFor(request: Request): Promise<PrismaClient> {
    if (this.replicas.length === 0 || !isReplicaQuery(request)) return this.primary;
    const wrote = wroteVersionOf(request);
    for (let tried = 0; tried < this.replicas.length; tried++) {
      const replica = this.replicas[this.turn++ % this.replicas.length]!;
      if (replica.restingUntil > this.now()) continue;
      let replayed: bigint;
      try {
        replayed = BigInt(await readDataVersion(replica.routed));
      } catch (error) {
        replica.restingUntil = this.now() + REPLICA_RETRY_AFTER_MS;
        console.error(
          `Read replica ${replica.description} did not answer (${(error as Error).message.split('\n')[0]}); ` +
            `reading from the primary for ${REPLICA_RETRY_AFTER_MS / 1000} s`,
        );
        continue;
      }
      if (wrote === null || replayed >= wrote) return replica.guarded;
    }
    return this.primary;
  }

  /** Marks the browser as having written `dataVersion`, so its next reads see it (only with replicas). */
  rememberWrite(request: Request, dataVersion: string): void {
    const response = request.res;
    if (this.replicas.length === 0 || !response || response.headersSent) return;
    response.cookie(WROTE_COOKIE, dataVersion, { ...sessionCookieOptions(request), maxAge: WROTE_COOKIE_LIFETIME_MS });
  }
}

function wroteVersionOf(request: Request): bigint | null {
  const value = (request.cookies as Record<string, string | undefined> | undefined)?.[WROTE_COOKIE];
  return value && /^\d{1,19}$/.test(value) ? BigInt(value) : null;
}

/**
 * True for a request to /graphql whose operation is a query a replica may answer. Anything not
 * known to be one (a mutation, a root field of PRIMARY_ROOT_FIELDS, a root fragment, a document
 * that does not parse, a persisted query sent by its hash alone) reads from the primary, where
 * it cannot miss a write.
 */
function isReplicaQuery(request: Request): boolean {
  if (request.baseUrl !== '/graphql') return false;
  const source = request.method === 'GET' ? request.query : (request.body as Record<string, unknown> | undefined);
  const query = source?.query;
  const operationName = typeof source?.operationName === 'string' ? source.operationName : null;
  if (typeof query !== 'string') return false;
  try {
    const document = parse(query, { maxTokens: GRAPHQL_LIMITS.maxTokens, noLocation: true });
    const operation = getOperationAST(document, operationName);
    return (
      operation?.operation === OperationTypeNode.QUERY &&
      operation.selectionSet.selections.every(
        (selection) => selection.kind === Kind.FIELD && !PRIMARY_ROOT_FIELDS.has(selection.name.value),
      )
    );
  } catch {
    return false;
  }
}
