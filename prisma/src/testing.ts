import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { Client, Pool } from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { openDatabase } from './connect';
import type { Database, OpenOptions } from './connect';
import { applyPendingMigrations, migrationsFingerprint } from './migrations';

export interface TestDatabase extends Database {
  /** Closes the connection and drops what the test created. */
  destroy(): Promise<void>;
}

/**
 * A fresh, migrated, empty database for one test file: an in-memory PGlite, or, when
 * TEST_DATABASE_URL names a PostgreSQL server, a new database created on it and dropped
 * afterwards (the user needs CREATEDB).
 *
 * Applying the migrations takes seconds, and a test run creates a database per test file, so
 * the migrated database is built once per set of migrations and then copied: from a PGlite
 * data folder image in the system's temporary folder, or from a template database on the server.
 */
export async function createTestDatabase(options: OpenOptions = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL?.trim();
  if (!serverUrl) {
    const database = await openDatabase(
      { kind: 'pglite', dataDir: 'memory://' },
      { ...options, startFromImage: await migratedPgliteImage() },
    );
    return { ...database, destroy: () => database.close() };
  }

  const name = `lagesbild_test_${randomBytes(6).toString('hex')}`;
  const template = await migratedTemplateDatabase(serverUrl);
  await withAdminClient(serverUrl, (admin) =>
    whileInUse(() => admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`)),
  );
  const database = await openDatabase({ kind: 'postgres', url: databaseUrl(serverUrl, name) }, options);
  return {
    ...database,
    async destroy() {
      await database.close();
      await withAdminClient(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

async function imageKey(): Promise<string> {
  const pglitePackage = path.join(path.dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json');
  return createHash('sha256')
    .update(await migrationsFingerprint())
    .update(await readFile(pglitePackage))
    .digest('hex')
    .slice(0, 16);
}

/**
 * The migrated empty database as a PGlite image, made by the first test file that asks and read
 * by the others. Written under a temporary name and renamed, so a parallel test worker reads
 * either no image or a whole one.
 */
async function migratedPgliteImage(): Promise<Blob> {
  const file = path.join(tmpdir(), 'lagesbild-test-databases', `migrated-${await imageKey()}.tar`);
  const existing = await readFile(file).catch(() => undefined);
  if (existing) return new Blob([existing]);

  const pglite = await PGlite.create();
  try {
    await applyPendingMigrations(new PrismaPGlite(pglite));
    const image = Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer());
    await mkdir(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await writeFile(partial, image);
    await rename(partial, file);
    return new Blob([image]);
  } finally {
    await pglite.close();
  }
}

/**
 * The name of a migrated empty database on the server to copy test databases from, created the
 * first time. An advisory lock makes parallel test workers wait for the one creating it; templates
 * of older migrations are dropped then.
 */
async function migratedTemplateDatabase(serverUrl: string): Promise<string> {
  const template = `lagesbild_template_${await imageKey()}`;
  await withAdminClient(serverUrl, async (admin) => {
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', ['lagesbild test template']);
    try {
      const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
      if (rowCount) return;
      const { rows } = await admin.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE 'lagesbild\\_template\\_%'",
      );
      for (const { datname } of rows) await admin.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
      // Built under another name and renamed when whole: an interrupted run leaves no half template.
      const building = `${template}_building`;
      await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${building}"`);
      // A pool of our own, ended afterwards: a template cannot be renamed or copied while anyone is
      // connected to it, and the schema engine leaves its adapter's connections open.
      const pool = new Pool({ connectionString: databaseUrl(serverUrl, building), max: 1 });
      try {
        await applyPendingMigrations(new PrismaPg(pool));
      } finally {
        await pool.end();
      }
      await whileInUse(() => admin.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`));
    } finally {
      await admin.query('SELECT pg_advisory_unlock(hashtext($1))', ['lagesbild test template']);
    }
  });
  return template;
}

/**
 * Runs a statement that needs a database nobody is connected to, trying again for a few seconds
 * while PostgreSQL says it is in use: a connection just closed can take a moment to leave the
 * server, and another test worker may be copying the same template at the same time.
 */
async function whileInUse<T>(statement: () => Promise<T>): Promise<T> {
  const OBJECT_IN_USE = '55006';
  for (let attempt = 1; ; attempt++) {
    try {
      return await statement();
    } catch (error) {
      if ((error as { code?: string }).code !== OBJECT_IN_USE || attempt === 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdminClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
