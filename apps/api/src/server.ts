import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { PrismaClient, ReadReplica } from '@lagesbild/db';
import cookieParser from 'cookie-parser';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { stringifyResult } from './answer-cache';
import type { AnswerCache } from './answer-cache';
import { cancelWhenClientGoes } from './cancellation';
import { requestContextFactory } from './context';
import type { RequestContext } from './context';
import { createFirstRunRouter, createOidcRouter, createSignInRouter } from './modules/access';
import type { OidcSettings, SetupCode } from './modules/access';
import { withAuditedWrites } from './modules/audit';
import { createPlanExportRouter, createReportExportRouter, reportContentReader } from './modules/reports';
import { planDocumentReader } from './modules/planning';
import type { OperationLimiter } from './operation-limiter';
import { GRAPHQL_LIMITS, refuseOversizedSelections } from './request-limits';
import { createSchema } from './schema';
import { createValueImportRouter } from './modules/value-import';
import { serveWebApp } from './web-app';

/**
 * Bounds on every GraphQL request that GraphQL validation checks: nesting depth, total
 * cost, aliases and directives. Size is bounded before validation (see request-limits).
 */
const armor = new ApolloArmor({
  maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
  costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
  maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
  maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
  // Its own parse step answers a token overrun with status 500; the parser's maxTokens answers 400.
  maxTokens: { enabled: false },
  blockFieldSuggestion: { enabled: true },
});

export interface ApolloServerOptions {
  /** Drained on stop: requests under way are answered first. */
  httpServer?: Server;
  /** The dashboards' answer cache (main.ts gives the running server one; tests of other things do not). */
  answerCache?: AnswerCache;
  /** The queue in front of execution (main.ts gives the running server one). */
  operationLimiter?: OperationLimiter;
}

export function createApolloServer({
  httpServer,
  answerCache,
  operationLimiter,
}: ApolloServerOptions = {}): ApolloServer<RequestContext> {
  const { plugins, validationRules } = armor.protect();
  return new ApolloServer<RequestContext>({
    schema: createSchema(),
    plugins: [
      ...plugins,
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
      // In this order: an answer from the cache, or one being computed, needs no turn in the queue.
      ...(answerCache ? [answerCache.plugin()] : []),
      ...(operationLimiter ? [operationLimiter.plugin()] : []),
    ],
    validationRules,
    // Writes a cached answer as the text it was kept as (answer-cache.ts).
    stringifyResult,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    // Blocks simple cross-site requests: a POST must be JSON or carry a preflighted header.
    csrfPrevention: true,
    // main.ts stops the server on SIGINT and SIGTERM and then closes the database (which lets go
    // of a PGlite data folder's lock); Apollo's own handlers would re-raise the signal and end
    // the process before that.
    stopOnTerminationSignals: false,
    // Unexpected failures are logged in full here and reach the client as a bare
    // INTERNAL_SERVER_ERROR, never with their raw message or stack.
    formatError: (formatted, error) => {
      if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
        console.error(error);
        return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      }
      // Expected failures keep their code and field errors, never a stack trace.
      const extensions = { ...formatted.extensions };
      delete extensions.stacktrace;
      return { ...formatted, extensions };
    },
  });
}

export interface HttpAppOptions {
  /** The primary database: every write, and every read that is not a GraphQL query. */
  prisma: PrismaClient;
  /** Read replicas of `prisma` for GraphQL queries (read-routing.ts); none by default. */
  readReplicas?: readonly ReadReplica[];
  apollo: ApolloServer<RequestContext>;
  webDistDir?: string;
  /** Single sign-on, when configured. */
  oidc?: OidcSettings | null;
  /** The first run's one-time code, when the server started with no user; otherwise the first run is refused. */
  setupCode?: SetupCode | null;
}

/**
 * The HTTP application: sign-in under /auth, /graphql, /health (answers only when the
 * database does), and the built web app at / with every other path falling back to
 * index.html for client routing.
 */
export async function createHttpApp({
  prisma,
  readReplicas,
  apollo,
  webDistDir,
  oidc,
  setupCode = null,
}: HttpAppOptions): Promise<express.Express> {
  const guardedPrisma = withAuditedWrites(prisma);
  const contextOfRequest = requestContextFactory(prisma, { singleSignOn: Boolean(oidc), readReplicas });
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // MUI (emotion) writes its styles into <style> elements at run time.
          'style-src': ["'self'", "'unsafe-inline'"],
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  app.use(cookieParser());

  app.get('/health', async (_request, response) => {
    try {
      await prisma.$queryRaw`SELECT 1`;
      response.json({ status: 'ok', database: 'ok' });
    } catch (error) {
      response.status(503).json({ status: 'unavailable', database: (error as Error).message });
    }
  });

  app.use(createSignInRouter(prisma));
  app.use(createFirstRunRouter(prisma, guardedPrisma, setupCode));
  if (oidc) app.use(createOidcRouter(prisma, guardedPrisma, oidc));

  app.use(createValueImportRouter(guardedPrisma, contextOfRequest));
  app.use(createReportExportRouter(reportContentReader(prisma, contextOfRequest)));
  app.use(createPlanExportRouter(planDocumentReader(prisma, contextOfRequest)));

  await apollo.start();
  app.use(
    '/graphql',
    express.json({ limit: GRAPHQL_LIMITS.maxBodyBytes }),
    refuseOversizedSelections,
    cancelWhenClientGoes,
    expressMiddleware(apollo, {
      context: ({ req }) => contextOfRequest(req),
    }),
  );

  if (webDistDir) serveWebApp(app, webDistDir);

  // Last: an unexpected failure is logged here and answered without its details.
  app.use(
    (error: Error & { status?: number; type?: string }, _request: Request, response: Response, next: NextFunction) => {
      if (response.headersSent) return next(error);
      const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
      if (status === 500) console.error(error);
      response.status(status).json({ error: status === 500 ? 'internalServerError' : (error.type ?? 'badRequest') });
    },
  );
  return app;
}
