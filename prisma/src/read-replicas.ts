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

const RAW_READS = new Set(['$queryRaw', '$queryRawUnsafe']);

/**
 * Opens the read replicas of `primary`, or fails with a DatabaseConfigError naming the first
 * one that does not answer: a replica that is down at start is a configuration to fix, not
 * one to quietly run without (at run time the API falls back to the primary instead; see
 * apps/api/src/read-routing.ts).
 *
 * Model reads are routed by Prisma's read-replicas extension (with Prisma 7 it takes a client
 * per replica, here one over the `pg` driver adapter). The extension leaves raw queries on the
 * primary, since it cannot tell a raw read from a raw write; in this code a raw query outside a
 * transaction is always a read (raw writes run inside `runAudited`'s transaction), so a second
 * extension sends those to the replica too: the overview's set-based reads are raw.
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
          if (inTransaction || !RAW_READS.has(operation)) return query(args);
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
