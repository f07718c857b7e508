import cluster from 'node:cluster';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DatabaseConfigError, openDatabase, openReadReplicas } from '@lagesbild/db';
import { prepareDatabase } from '@lagesbild/db/prepare';
import { AnswerCache } from './answer-cache';
import { ConfigError, readConfig } from './env';
import type { ApiConfig } from './env';
import { OperationLimiter } from './operation-limiter';
import { SetupCode } from './modules/access';
import { ReminderJob, reportingObligations } from './modules/reminders';
import { createApolloServer, createHttpApp } from './server';

/** How the primary process hands the first-run code to the processes it starts. */
const SETUP_CODE_VARIABLE = 'LAGESBILD_SETUP_CODE';

/**
 * `pnpm start`: opens (or creates) the database, migrates it, loads the demo data into a
 * fresh one, and serves the API and the web app on one port: in this process, or, with
 * more than one API process (PostgreSQL), in that many workers sharing the port, started
 * once the database is ready.
 */
async function main(): Promise<void> {
  const config = readConfig();
  if (cluster.isWorker) {
    const code = process.env[SETUP_CODE_VARIABLE];
    await serve(config, code ? new SetupCode(code) : null);
    return;
  }

  const database = await openDatabase(config.database, { startFromDemoImage: config.seedDemoDataIfEmpty });
  // A replica that does not answer stops the start here, once, rather than in every worker.
  const replicas = await openReadReplicas(database.prisma, config.readReplicaUrls);
  await Promise.all(replicas.map((replica) => replica.close()));
  const prepared = await prepareDatabase(database, { seedDemoDataIfEmpty: config.seedDemoDataIfEmpty });
  if (prepared.appliedMigrations.length > 0) {
    console.log(`Applied ${prepared.appliedMigrations.length} migration(s) to ${database.description}.`);
  }
  if (prepared.seededDemoData) console.log('Loaded the demo data (Intraservice 2023).');

  // An installation without users could not be entered: whoever reads this log may create its first administrator.
  const setupCode = (await database.prisma.user.findFirst({ select: { id: true } })) ? null : SetupCode.generate();

  const description = describeWithReplicas(database.description, config);
  if (!config.mail) console.log('SMTP_HOST is not set: no reminder mails are sent (see the README, Reminders).');
  if (config.processes === 1) {
    const { port } = await serve(config, setupCode, database);
    announce(config, port, description, setupCode);
    return;
  }
  await database.close();
  await startWorkers(config, setupCode, description);
}

/** Serves the app in this process; returns the address it listens on. */
async function serve(
  config: ApiConfig,
  setupCode: SetupCode | null,
  opened?: Awaited<ReturnType<typeof openDatabase>>,
): Promise<AddressInfo> {
  const database = opened ?? (await openDatabase(config.database));
  const readReplicas = await openReadReplicas(database.prisma, config.readReplicaUrls);
  const httpServer = createServer();
  const apollo = createApolloServer({
    httpServer,
    answerCache: new AnswerCache(),
    operationLimiter: new OperationLimiter({ concurrency: config.database.kind === 'pglite' ? 2 : 8 }),
  });
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

/**
 * The primary's part with several processes: start them, start again one that dies (after a
 * pause, so a process failing at start does not spin), and stop them all on a signal.
 */
async function startWorkers(config: ApiConfig, setupCode: SetupCode | null, description: string): Promise<void> {
  let stopping = false;
  const fork = () => cluster.fork({ [SETUP_CODE_VARIABLE]: setupCode?.code ?? '' });
  const listening = new Promise<number>((resolve) => {
    let count = 0;
    cluster.on('listening', (_worker, address) => {
      count += 1;
      if (count === config.processes) resolve(address.port);
    });
  });
  cluster.on('exit', (worker, code) => {
    if (stopping) return;
    console.error(`API process ${worker.process.pid} ended (${code ?? 'signal'}); starting another`);
    setTimeout(fork, 1_000);
  });
  for (let index = 0; index < config.processes; index++) fork();

  const stopAll = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    cluster.disconnect(() => process.exit(0));
  };
  process.once('SIGINT', stopAll);
  process.once('SIGTERM', stopAll);

  const port = await listening;
  announce(config, port, `${description}, ${config.processes} API processes`, setupCode);
}

function describeWithReplicas(description: string, config: ApiConfig): string {
  const count = config.readReplicaUrls.length;
  return count === 0 ? description : `${description}, reads from ${count} read replica${count === 1 ? '' : 's'}`;
}

function announce(config: ApiConfig, port: number, description: string, setupCode: SetupCode | null): void {
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  console.log(`Lägesbild is running at http://${shownHost}:${port}/ (database: ${description})`);
  if (setupCode) {
    console.log(
      `No user exists yet. Create the first administrator at http://${shownHost}:${port}/forsta-start with the one-time setup code ${setupCode.code} (or run pnpm admin:create).`,
    );
  }
}

main().catch((error: unknown) => {
  if (error instanceof DatabaseConfigError || error instanceof ConfigError) {
    console.error(`Error: ${error.message}`);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`Error: the port is already in use; set PORT to another one`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
