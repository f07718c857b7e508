import type { PrismaClient } from '@lagesbild/db';
import { createTestDatabase } from '@lagesbild/db/testing';
import type { TestDatabase } from '@lagesbild/db/testing';
import type { DocumentNode } from 'graphql';
import { createRequestContext } from '../context';
import { createApolloServer } from '../server';

export interface GraphqlTestServer {
  database: TestDatabase;
  prisma: PrismaClient;
  /** Runs an operation as a client would and returns its data, failing on any error. */
  query<Data = Record<string, unknown>>(
    query: string | DocumentNode,
    variables?: Record<string, unknown>,
  ): Promise<Data>;
  /** Runs an operation and returns its errors (the operation must fail). */
  queryErrors(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<readonly { message: string; extensions?: Record<string, unknown> }[]>;
  /** SQL statements sent to the database since the last reset. */
  statements: string[];
  stop(): Promise<void>;
}

/** The real schema and resolvers over a fresh, migrated test database. */
export async function startGraphqlTestServer(): Promise<GraphqlTestServer> {
  const statements: string[] = [];
  const database = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
  const apollo = createApolloServer();
  await apollo.start();

  async function execute(query: string | DocumentNode, variables?: Record<string, unknown>) {
    const response = await apollo.executeOperation(
      { query, variables },
      { contextValue: createRequestContext(database.prisma) },
    );
    if (response.body.kind !== 'single') throw new Error('Expected a single GraphQL result');
    return response.body.singleResult;
  }

  return {
    database,
    prisma: database.prisma,
    statements,
    async query<Data>(query: string | DocumentNode, variables?: Record<string, unknown>) {
      const result = await execute(query, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data as Data;
    },
    async queryErrors(query, variables) {
      const result = await execute(query, variables);
      if (!result.errors?.length) throw new Error('Expected the operation to fail');
      return result.errors;
    },
    async stop() {
      await apollo.stop();
      await database.destroy();
    },
  };
}
