import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDatabase, openReadReplicas } from '@lagesbild/db';
import { AnswerCache } from './answer-cache';
import type { ApiConfig } from './env';
import { OperationLimiter } from './operation-limiter';
import type { SetupCode } from './modules/access';
import { ReminderJob, reportingObligations } from './modules/reminders';
import { createApolloServer, createHttpApp } from './server';

// What an API process serves with. main.ts loads it only in a process that serves: the primary
// of several processes readies the database and never needs the server's dependencies.

/** The HTTP server and the GraphQL server on it, before anything is served. */
export function createApiServer(config: ApiConfig) {
  const httpServer = createServer();
  const apollo = createApolloServer({
    httpServer,
    answerCache: new AnswerCache(),
    operationLimiter: new OperationLimiter({ concurrency: config.database.kind === 'pglite' ? 2 : 8 }),
  });
  return { httpServer, apollo };
}

/** Serves the app in this process; returns the address it listens on. */
export async function serve(
  config: ApiConfig,
  setupCode: SetupCode | null,
  {
    database: opened,
    server = createApiServer(config),
  }: { database?: Awaited<ReturnType<typeof openDatabase>>; server?: ReturnType<typeof createApiServer> } = {},
): Promise<AddressInfo> {
  const database = opened ?? (await openDatabase(config.database));
  const readReplicas = await openReadReplicas(database.prisma, config.readReplicaUrls);
  const { httpServer, apollo } = server;
  const app = await createHttpApp({
    prisma: database.prisma,
    readReplicas,
    apollo,
    webDistDir: config.webDistDir,
    oidc: config.oidc,
    setupCode,
  });
  httpServer.on('request', app);
  // Every API process runs the job; the database keeps them from planning or sending anything twice.
  const reminders = config.mail
    ? new ReminderJob({
        prisma: database.prisma,
        mail: config.mail,
        schedule: config.reminders,
        obligations: reportingObligations,
      })
    : null;
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });

  reminders?.start();

  const shutDown = async (): Promise<void> => {
    await reminders?.stop();
    await apollo.stop();
    await Promise.all(readReplicas.map((replica) => replica.close()));
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutDown());
  process.once('SIGTERM', () => void shutDown());
  return httpServer.address() as AddressInfo;
}
