import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDatabase } from '@lagesbild/db';
import type { DatabaseConfig } from '@lagesbild/db';
import { AnswerCache } from '@lagesbild/api/src/answer-cache';
import { createApolloServer, createHttpApp } from '@lagesbild/api/src/server';
import { postOperation, signInCookie } from './http-load';
import type { BenchOperation } from './operations';

export interface StatementCounts {
  /** An answer computed: the first request after the server started or data changed. */
  computed: number;
  /** The same request again, answered from the answer cache. */
  cached: number;
}

/**
 * SQL statements per HTTP request, session lookup included: the same HTTP app as
 * `pnpm start`, answer cache included, in this process, over a client that counts what it sends.
 */
export async function countStatements(
  config: DatabaseConfig,
  account: { email: string; password: string },
  operations: readonly BenchOperation[],
): Promise<Map<string, StatementCounts>> {
  const statements: string[] = [];
  const database = await openDatabase(config, { onQuery: (sql) => statements.push(sql) });
  const httpServer = createServer();
  const apollo = createApolloServer({ httpServer, answerCache: new AnswerCache() });
  try {
    httpServer.on('request', await createHttpApp({ prisma: database.prisma, apollo }));
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    const baseUrl = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    const cookie = await signInCookie(baseUrl, account.email, account.password);
    const counts = new Map<string, StatementCounts>();
    for (const operation of operations) {
      statements.length = 0;
      await postOperation(baseUrl, cookie, operation);
      const computed = statements.length;
      statements.length = 0;
      await postOperation(baseUrl, cookie, operation);
      counts.set(operation.name, { computed, cached: statements.length });
    }
    return counts;
  } finally {
    await apollo.stop();
    await database.close();
  }
}
