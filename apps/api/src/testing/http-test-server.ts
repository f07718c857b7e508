import { createServer } from 'node:http';
import type { RequestListener, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer } from '@apollo/server';
import type { PrismaClient } from '@lagesbild/db';
import type { RequestContext } from '../context';
import { createSession, SESSION_COOKIE } from '../modules/access';
import { createApolloServer, createHttpApp } from '../server';
import type { HttpAppOptions } from '../server';

/** A server of the tests' own on a free loopback port. */
export interface ListeningServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  httpServer: Server;
  /** Closes its open connections (keep-alive ones included) and then the server. */
  close(): Promise<void>;
}

/**
 * Listens on a free loopback port with `listener`, or with none yet: a test that needs the
 * server's address before it can build its app (single sign-on's redirects) adds it afterwards.
 */
export async function listenOnLoopback(listener?: RequestListener): Promise<ListeningServer> {
  const httpServer = listener ? createServer(listener) : createServer();
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`,
    httpServer,
    close: async () => {
      httpServer.closeAllConnections();
      // Apollo's drain plugin may have closed it already.
      if (!httpServer.listening) return;
      await new Promise<void>((resolve, reject) => httpServer.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

export interface HttpTestServerOptions extends Omit<HttpAppOptions, 'apollo'> {
  /**
   * The GraphQL server, or how to make one for the HTTP server (to drain it on stop); by default
   * `createApolloServer()`, as far as a test of something else needs it.
   */
  apollo?: ApolloServer<RequestContext> | ((httpServer: Server) => ApolloServer<RequestContext>);
}

/**
 * The app as `pnpm start` serves it (`createHttpApp`), on a free loopback port, for the tests that
 * speak HTTP as a browser does. `close()` closes it and stops its GraphQL server.
 */
export async function startHttpTestServer({
  apollo: apolloOption,
  ...appOptions
}: HttpTestServerOptions): Promise<ListeningServer> {
  const server = await listenOnLoopback();
  const apollo =
    typeof apolloOption === 'function' ? apolloOption(server.httpServer) : (apolloOption ?? createApolloServer());
  server.httpServer.on('request', await createHttpApp({ ...appOptions, apollo }));
  return {
    ...server,
    close: async () => {
      await server.close();
      await apollo.stop();
    },
  };
}

/** The `cookie` header of a user signed in, with a session as signing in makes it. */
export async function sessionCookieOf(prisma: PrismaClient, userId: number): Promise<string> {
  return `${SESSION_COOKIE}=${await createSession(prisma, userId)}`;
}
