import cluster from 'node:cluster';
import type { Worker } from 'node:cluster';
import { DatabaseConfigError } from '@lagesbild/db/config';
import { ConfigError, readConfig } from './env';
import type { ApiConfig } from './env';
import type { SetupCode } from './modules/access';

/**
 * `pnpm start`: opens (or creates) the database, migrates it, loads the demo data into a
 * fresh one, and serves the API and the web app on one port: in this process, or, with
 * more than one API process (PostgreSQL), in that many workers sharing the port. The workers
 * start at once, before this process has loaded anything but its configuration, and load their
 * code while it readies the database; they open it once told it is ready.
 */
async function main(): Promise<void> {
  const config = readConfig();
  if (cluster.isWorker) {
    // The schema and the GraphQL server need no database: built while the primary readies it.
    const { serve, server } = await loadServer(config);
    const code = await databaseReadyFromPrimary();
    const { SetupCode } = await import('./modules/access');
    await serve(config, code ? new SetupCode(code) : null, { server });
    return;
  }

  const workers = config.processes === 1 ? null : startWorkers(config);
  try {
    const { openDatabase, openReadReplicas } = await import('@lagesbild/db');
    const { prepareDatabase } = await import('@lagesbild/db/prepare');
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
    const setupCode = prepared.hasUsers ? null : (await import('./modules/access')).SetupCode.generate();

    const description = describeWithReplicas(database.description, config);
    if (!config.mail) console.log('SMTP_HOST is not set: no reminder mails are sent (see the README, Reminders).');
    if (!workers) {
      // Loaded only now: alongside the database's start it slowed both (measured with PGlite and PostgreSQL).
      const { serve, server } = await loadServer(config);
      const { port } = await serve(config, setupCode, { database, server });
      announce(config, port, description, setupCode);
      return;
    }
    await database.close();
    workers.databaseReady(setupCode);
    const port = await workers.listening;
    announce(config, port, `${description}, ${config.processes} API processes`, setupCode);
  } catch (error) {
    workers?.stop();
    throw error;
  }
}

/** The server's code loaded, and its HTTP and GraphQL servers built: they need no database. */
async function loadServer(config: ApiConfig) {
  const app = await import('./serve-app');
  return { serve: app.serve, server: app.createApiServer(config) };
}

/** What the primary tells a worker that asks: the database is ready, and the first-run code if there is one. */
interface DatabaseReady {
  kind: 'database-ready';
  setupCode: string | null;
}

const WAITING_FOR_DATABASE = 'waiting-for-database';

/**
 * A worker's wait for the primary to ready the database. The worker asks once it listens for the
 * answer (a message sent before that would be lost); a primary that fails instead disconnects,
 * and the worker ends with it.
 */
function databaseReadyFromPrimary(): Promise<string | null> {
  return new Promise((resolve) => {
    const primaryGone = () => process.exit(1);
    const onMessage = (message: unknown) => {
      if ((message as DatabaseReady | null)?.kind !== 'database-ready') return;
      process.off('message', onMessage);
      process.off('disconnect', primaryGone);
      resolve((message as DatabaseReady).setupCode);
    };
    process.on('message', onMessage);
    process.once('disconnect', primaryGone);
    process.send?.({ kind: WAITING_FOR_DATABASE });
  });
}

/**
 * The primary's part with several processes: start them, tell each that asks once the database is
 * ready, start again one that dies (after a pause, so a process failing at start does not spin),
 * and stop them all on a signal.
 */
function startWorkers(config: ApiConfig): {
  databaseReady(setupCode: SetupCode | null): void;
  listening: Promise<number>;
  stop(): void;
} {
  let stopping = false;
  let ready: DatabaseReady | null = null;
  const waiting = new Set<Worker>();
  cluster.on('message', (worker, message: unknown) => {
    if ((message as { kind?: string } | null)?.kind !== WAITING_FOR_DATABASE) return;
    if (ready) worker.send(ready);
    else waiting.add(worker);
  });
  const listening = new Promise<number>((resolve) => {
    let count = 0;
    cluster.on('listening', (_worker, address) => {
      count += 1;
      if (count === config.processes) resolve(address.port);
    });
  });
  cluster.on('exit', (worker, code) => {
    waiting.delete(worker);
    if (stopping) return;
    console.error(`API process ${worker.process.pid} ended (${code ?? 'signal'}); starting another`);
    setTimeout(() => cluster.fork(), 1_000);
  });
  for (let index = 0; index < config.processes; index++) cluster.fork();

  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  };
  const stopAll = () => {
    stop();
    cluster.disconnect(() => process.exit(0));
  };
  process.once('SIGINT', stopAll);
  process.once('SIGTERM', stopAll);

  return {
    databaseReady(setupCode) {
      ready = { kind: 'database-ready', setupCode: setupCode?.code ?? null };
      for (const worker of waiting) worker.send(ready);
      waiting.clear();
    },
    listening,
    stop,
  };
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
