import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { PrismaClient } from '@lagesbild/db';
import { createRequestContext } from './context';
import type { RequestContext } from './context';
import { resolvers, typeDefs } from './schema';

export function createApolloServer(httpServer?: Server): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    typeDefs,
    resolvers,
    plugins: httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : [],
    // Unexpected failures are logged in full here and reach the client as a bare
    // INTERNAL_SERVER_ERROR, never with their raw message or stack.
    formatError: (formatted, error) => {
      if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
        console.error(error);
        return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      }
      return formatted;
    },
  });
}

/**
 * The HTTP application: /graphql, /health (answers only when the database does), and the
 * built web app at / with every other path falling back to index.html for client routing.
 */
export async function createHttpApp(options: {
  prisma: PrismaClient;
  apollo: ApolloServer<RequestContext>;
  webDistDir?: string;
}): Promise<express.Express> {
  const { prisma, apollo, webDistDir } = options;
  const app = express();
  app.disable('x-powered-by');

  app.get('/health', async (_request, response) => {
    try {
      await prisma.$queryRaw`SELECT 1`;
      response.json({ status: 'ok', database: 'ok' });
    } catch (error) {
      response.status(503).json({ status: 'unavailable', database: (error as Error).message });
    }
  });

  await apollo.start();
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: () => Promise.resolve(createRequestContext(prisma)) }),
  );

  if (webDistDir && existsSync(path.join(webDistDir, 'index.html'))) {
    app.use(express.static(webDistDir, { index: false, maxAge: '1h' }));
    app.get('/{*path}', (_request, response) => {
      response.sendFile(path.join(webDistDir, 'index.html'));
    });
  }
  return app;
}
