import path from 'node:path';

/** Where the data lives: an embedded PGlite data folder (the default) or a PostgreSQL server. */
export type DatabaseConfig = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

/** A configuration or connection problem, told to the user in one line. */
export class DatabaseConfigError extends Error {
  override name = 'DatabaseConfigError';
}

export const DEFAULT_DATA_DIR = path.resolve(__dirname, '..', '..', 'data', 'pglite');

/**
 * Reads the database configuration: `DATABASE_URL` (postgresql://…) selects a PostgreSQL
 * server; otherwise PGlite stores its files in `DATA_DIR` (default: data/pglite at the
 * repository root; `memory://` keeps everything in memory).
 */
export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    return { kind: 'postgres', url: validatePostgresUrl(url) };
  }
  return { kind: 'pglite', dataDir: env.DATA_DIR?.trim() || DEFAULT_DATA_DIR };
}

/**
 * A postgresql:// URL with a host, or a DatabaseConfigError naming `variable` and what was
 * expected: DATABASE_URL here, DATABASE_REPLICA_URL in the API's configuration.
 */
export function validatePostgresUrl(url: string, variable = 'DATABASE_URL'): string {
  const expected = 'expected postgresql://user:password@host:5432/database';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatabaseConfigError(`${variable} is not a valid URL; ${expected}`);
  }
  if (parsed.protocol !== 'postgresql:' && parsed.protocol !== 'postgres:') {
    throw new DatabaseConfigError(`${variable} must start with postgresql:// (got ${parsed.protocol}//); ${expected}`);
  }
  if (!parsed.hostname) {
    throw new DatabaseConfigError(`${variable} names no host; ${expected}`);
  }
  return url;
}

/** The connection string without its password, for messages and logs. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === 'pglite') {
    return config.dataDir.startsWith('memory://')
      ? 'embedded PGlite in memory'
      : `embedded PGlite in ${config.dataDir}`;
  }
  const parsed = new URL(config.url);
  return `PostgreSQL at ${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}
