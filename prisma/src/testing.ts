import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { openDatabase } from './connect';
import type { Database, OpenOptions } from './connect';
import { applyPendingMigrations } from './migrations';

export interface TestDatabase extends Database {
  /** Closes the connection and drops what the test created. */
  destroy(): Promise<void>;
}

/**
 * A fresh, migrated, empty database for one test file: an in-memory PGlite, or, when
 * TEST_DATABASE_URL names a PostgreSQL server, a new database created on it and dropped
 * afterwards (the user needs CREATEDB).
 */
export async function createTestDatabase(options: OpenOptions = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL?.trim();
  if (!serverUrl) {
    const database = await openDatabase({ kind: 'pglite', dataDir: 'memory://' }, options);
    await applyPendingMigrations(database.adapterFactory);
    return { ...database, destroy: () => database.close() };
  }

  const name = `lagesbild_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(serverUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() }, options);
  await applyPendingMigrations(database.adapterFactory);
  return {
    ...database,
    async destroy() {
      await database.close();
      await withAdminClient(serverUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
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
