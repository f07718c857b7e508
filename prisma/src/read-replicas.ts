import { PrismaPg } from '@prisma/adapter-pg';
import { readReplicas } from '@prisma/extension-read-replicas';
import type { PrismaClient } from './generated/prisma/client';
import { checkPostgresReachable, createClient } from './connect';
import type { OpenOptions } from './connect';
import { describeDatabase } from './database-config';

/** The name the replicas' connections carry in pg_stat_activity, so an operator (and a test) can tell them apart. */
export const READ_REPLICA_APPLICATION_NAME = 'lagesbild-reads';

/** One read replica, as the API uses it. */
export interface ReadReplica {
  /** `PostgreSQL at host:port/database`, without the password. */
  description: string;
  /**
   * The primary's client with its reads moved to this replica: every read outside a
   * transaction (findMany, count … and `$queryRaw`) runs on the replica; writes and
   * transactions, and every read inside a transaction, run on the primary.
   */
  prisma: PrismaClient;
  close(): Promise<void>;
}

const RAW_QUERIES = new Set(['$queryRaw', '$queryRawUnsafe']);

/**
 * What a hot standby cannot run even in a SELECT: a row lock (`FOR SHARE`, as the plan lock
 * reads outside a transaction), a write in a CTE, an advisory lock, a sequence's next value.
 * A word that only looks like one (a column named "update") sends the query to the primary,
 * which answers it too.
 */
const NOT_FOR_A_STANDBY =
  /\b(FOR\s+(NO\s+KEY\s+)?UPDATE|FOR\s+(KEY\s+)?SHARE|INSERT|UPDATE|DELETE|MERGE|pg_advisory\w*|nextval|setval)\b/i;

/** True for SQL a hot standby answers: a SELECT (or WITH … SELECT) that neither locks nor writes. */
export function isStandbyRead(sql: string): boolean {
  return /^\s*(\(\s*)*(SELECT|WITH)\b/i.test(sql) && !NOT_FOR_A_STANDBY.test(sql);
}

function sqlOf(operation: string, args: unknown): string {
  if (operation === '$queryRawUnsafe') return String((args as unknown[])[0]);
  return (args as { strings: readonly string[] }).strings.join('$');
}

/**
 * Opens the read replicas of `primary`, or fails with a DatabaseConfigError naming the first
 * one that does not answer: a replica that is down at start is a configuration to fix, not
 * one to quietly run without (at run time the API falls back to the primary instead; see
 * apps/api/src/read-routing.ts).
 *
 * Model reads are routed by Prisma's read-replicas extension (with Prisma 7 it takes a client
 * per replica, here one over the `pg` driver adapter). The extension leaves raw queries on the
 * primary, since it cannot tell a raw read from a raw write; a second extension sends a raw
 * query outside a transaction to the replica too when it is a plain SELECT (isStandbyRead):
 * the overview's set-based reads are raw.
 */
export async function openReadReplicas(
  primary: PrismaClient,
  urls: readonly string[],
  options: OpenOptions = {},
): Promise<ReadReplica[]> {
  const described = urls.map((url) => ({ url, description: describeDatabase({ kind: 'postgres', url }) }));
  for (const { url, description } of described) {
    await checkPostgresReachable(url, `the read replica ${description}`);
  }
  return described.map(({ url, description }) => {
    const adapter = new PrismaPg({
      connectionString: url,
      connectionTimeoutMillis: 5000,
      application_name: READ_REPLICA_APPLICATION_NAME,
    });
    const replica = createClient(adapter, options);
    const routed = primary.$extends(readReplicas({ replicas: [replica] })).$extends({
      query: {
        $allOperations({ operation, args, query, ...rest }) {
          const inTransaction = Boolean(
            (rest as { __internalParams?: { transaction?: unknown } }).__internalParams?.transaction,
          );
          if (inTransaction || !RAW_QUERIES.has(operation) || !isStandbyRead(sqlOf(operation, args))) {
            return query(args);
          }
          return operation === '$queryRaw'
            ? replica.$queryRaw(args as Parameters<PrismaClient['$queryRaw']>[0])
            : replica.$queryRawUnsafe(...(args as Parameters<PrismaClient['$queryRawUnsafe']>));
        },
      },
    });
    return {
      description,
      prisma: routed as unknown as PrismaClient,
      close: () => replica.$disconnect(),
    };
  });
}
