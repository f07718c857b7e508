import type { PrismaClient, Role } from '@lagesbild/db';
import { createTestDatabase } from '@lagesbild/db/testing';
import type { TestDatabase } from '@lagesbild/db/testing';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode } from 'graphql';
import { OrgTreeCache } from '../authorization/org-tree-cache';
import { createRequestContext } from '../context';
import type { SignedInUser } from '../modules/access';
import { withAuditedWrites } from '../modules/audit';
import { readableData } from '../answer-cache';
import type { AnswerCache } from '../answer-cache';
import { createApolloServer } from '../server';

export interface GraphqlError {
  message: string;
  extensions?: Record<string, unknown>;
}

/**
 * An operation's variables as an argument: required when the operation has a required
 * variable, so a test cannot forget one; optional when it has none.
 */
type VariablesArgument<Variables> =
  Record<string, never> extends Variables ? [variables?: Variables] : [variables: Variables];

export interface GraphqlTestServer {
  database: TestDatabase;
  /** The database without the audit guard, for fixtures and for checking what was written. */
  prisma: PrismaClient;
  /** Who the following operations run as; null for nobody signed in. */
  actAs(viewer: SignedInUser | null): void;
  /** Creates a user holding these roles (by org unit code) and returns them signed in. */
  createUser(roles: { role: Role; orgUnitCode: string }[], name?: string): Promise<SignedInUser>;
  /**
   * Runs an operation as a client would and returns its data, failing on any error. The
   * document comes from the generated `graphql()` (testing/generated), so its result and
   * variables are typed from the committed schema.
   */
  query<Data, Variables>(
    document: TypedDocumentNode<Data, Variables>,
    ...[variables]: VariablesArgument<Variables>
  ): Promise<Data>;
  /** Runs an operation and returns its errors (the operation must fail). */
  queryErrors<Data, Variables>(
    document: TypedDocumentNode<Data, Variables>,
    ...[variables]: VariablesArgument<Variables>
  ): Promise<readonly GraphqlError[]>;
  /**
   * Like queryErrors, with variables the compiler does not check against the document: only
   * for tests of input the schema's own types refuse (a string for a number, a missing field).
   */
  queryErrorsWithUncheckedVariables(
    document: DocumentNode,
    variables: Record<string, unknown>,
  ): Promise<readonly GraphqlError[]>;
  /** SQL statements sent to the database since the last reset. */
  statements: string[];
  stop(): Promise<void>;
}

/**
 * The real schema, resolvers and access rules over a fresh, migrated test database; with the
 * answer cache, and the org tree kept per data version as the server keeps it, only when a test
 * gives one (fixtures write around the audited path, which neither cache would see).
 */
export async function startGraphqlTestServer({
  answerCache,
}: { answerCache?: AnswerCache } = {}): Promise<GraphqlTestServer> {
  const statements: string[] = [];
  const database = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
  const guarded = withAuditedWrites(database.prisma);
  const apollo = createApolloServer({ answerCache });
  const orgTrees = answerCache ? new OrgTreeCache() : undefined;
  await apollo.start();
  let viewer: SignedInUser | null = null;
  let userCount = 0;

  async function execute(document: DocumentNode, variables?: unknown) {
    const response = await apollo.executeOperation(
      { query: document, variables: variables as Record<string, unknown> | undefined },
      { contextValue: await createRequestContext(guarded, viewer, { orgTrees }) },
    );
    if (response.body.kind !== 'single') throw new Error('Expected a single GraphQL result');
    const { data, ...rest } = response.body.singleResult;
    return { ...rest, data: readableData(data) as typeof data };
  }

  async function expectErrors(document: DocumentNode, variables?: unknown) {
    const result = await execute(document, variables);
    if (!result.errors?.length) throw new Error(`Expected the operation to fail, got ${JSON.stringify(result.data)}`);
    return result.errors;
  }

  return {
    database,
    prisma: database.prisma,
    statements,
    actAs(next) {
      viewer = next;
    },
    async createUser(roles, name = `Testperson ${++userCount}`) {
      const units = await database.prisma.orgUnit.findMany({
        where: { code: { in: roles.map((role) => role.orgUnitCode) } },
      });
      const idOf = new Map(units.map((unit) => [unit.code, unit.id]));
      const user = await database.prisma.user.create({
        data: {
          email: `${name.toLowerCase().replace(/\W+/g, '.')}@test.lagesbild.se`,
          name,
          roles: { create: roles.map((role) => ({ role: role.role, orgUnitId: idOf.get(role.orgUnitCode)! })) },
        },
        include: { roles: { select: { role: true, orgUnitId: true } } },
      });
      return { id: user.id, name: user.name, email: user.email, roles: user.roles };
    },
    async query<Data, Variables>(document: TypedDocumentNode<Data, Variables>, variables?: Variables) {
      const result = await execute(document, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return result.data as Data;
    },
    queryErrors: expectErrors,
    queryErrorsWithUncheckedVariables: expectErrors,
    async stop() {
      await apollo.stop();
      await database.destroy();
    },
  };
}
