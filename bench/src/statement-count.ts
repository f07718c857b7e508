import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDatabase } from '@lagesbild/db';
import type { DatabaseConfig } from '@lagesbild/db';
import { createApolloServer, createHttpApp } from '@lagesbild/api/src/server';
import { postOperation, signInCookie } from './http-load';
import type { BenchOperation } from './operations';

/**
 * SQL statements per HTTP request, session lookup included: the same HTTP app as
 * `pnpm start`, in this process, over a client that counts what it sends.
 */
export async function countStatements(
  config: DatabaseConfig,
  account: { email: string; password: string },
  operations: readonly BenchOperation[],
): Promise<Map<string, number>> {
  const statements: string[] = [];
  const database = await openDatabase(config, { onQuery: (sql) => statements.push(sql) });
  const httpServer = createServer();
  const apollo = createApolloServer(httpServer);
  try {
    httpServer.on('request', await createHttpApp({ prisma: database.prisma, apollo }));
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    const baseUrl = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    const cookie = await signInCookie(baseUrl, account.email, account.password);
    const counts = new Map<string, number>();
    for (const operation of operations) {
      await postOperation(baseUrl, cookie, operation);
      statements.length = 0;
      await postOperation(baseUrl, cookie, operation);
      counts.set(operation.name, statements.length);
    }
    return counts;
  } finally {
    await apollo.stop();
    await database.close();
  }
}
