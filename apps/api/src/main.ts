import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DatabaseConfigError, openDatabase } from '@lagesbild/db';
import { prepareDatabase } from '@lagesbild/db/prepare';
import { AnswerCache } from './answer-cache';
import { ConfigError, readConfig } from './env';
import { SetupCode } from './modules/access';
import { createApolloServer, createHttpApp } from './server';

/**
 * `pnpm start`: opens (or creates) the database, migrates it, loads the demo data into a
 * fresh one, and serves the API and the web app on one port.
 */
async function main(): Promise<void> {
  const config = readConfig();
  const database = await openDatabase(config.database);
  const prepared = await prepareDatabase(database, { seedDemoDataIfEmpty: config.seedDemoDataIfEmpty });
  if (prepared.appliedMigrations.length > 0) {
    console.log(`Applied ${prepared.appliedMigrations.length} migration(s) to ${database.description}.`);
  }
  if (prepared.seededDemoData) console.log('Loaded the demo data (Intraservice 2023).');

  // An installation without users could not be entered: whoever reads this log may create its first administrator.
  const setupCode = (await database.prisma.user.findFirst({ select: { id: true } })) ? null : SetupCode.generate();

  const httpServer = createServer();
  const apollo = createApolloServer({ httpServer, answerCache: new AnswerCache() });
  const app = await createHttpApp({
    prisma: database.prisma,
    apollo,
    webDistDir: config.webDistDir,
    oidc: config.oidc,
    setupCode,
  });
  httpServer.on('request', app);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  console.log(`Lägesbild is running at http://${shownHost}:${port}/ (database: ${database.description})`);
  if (setupCode) {
    console.log(
      `No user exists yet. Create the first administrator at http://${shownHost}:${port}/forsta-start with the one-time setup code ${setupCode.code} (or run pnpm admin:create).`,
    );
  }

  const shutDown = async (): Promise<void> => {
    await apollo.stop();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutDown());
  process.once('SIGTERM', () => void shutDown());
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
