import { availableParallelism } from 'node:os';
import path from 'node:path';
import { databaseConfigFromEnv, validatePostgresUrl } from '@lagesbild/db';
import type { DatabaseConfig } from '@lagesbild/db';
import type { OidcSettings } from './modules/access';

/** The API's whole configuration, read from the environment here and nowhere else. */
export interface ApiConfig {
  port: number;
  /** Interface to listen on; 0.0.0.0 to serve other machines. */
  host: string;
  database: DatabaseConfig;
  /**
   * PostgreSQL read replicas of `database` (DATABASE_REPLICA_URL, comma-separated): reads go
   * there, writes and a user's reads right after their own write to the primary. Empty: all on
   * the primary.
   */
  readReplicaUrls: string[];
  /** The built web app served at `/`; absent when only the API runs (development, tests). */
  webDistDir: string;
  /** Load the demo data into an empty database on start. */
  seedDemoDataIfEmpty: boolean;
  /** Single sign-on, when OIDC_ISSUER and its companions are set. */
  oidc: OidcSettings | null;
  /**
   * API processes sharing the port (Node's cluster): one per core on PostgreSQL, always one on
   * the embedded database, whose data folder one process owns.
   */
  processes: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a port number between 0 and 65535 (got "${env.PORT}")`);
  }
  const database = databaseConfigFromEnv(env);
  return {
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    database,
    readReplicaUrls: readReplicaUrls(env, database),
    webDistDir: env.WEB_DIST_DIR?.trim() || path.resolve(__dirname, '..', '..', 'web', 'dist'),
    seedDemoDataIfEmpty: env.SEED_DEMO_DATA !== 'false',
    oidc: readOidcSettings(env),
    processes: readProcesses(env, database),
  };
}

function readReplicaUrls(env: NodeJS.ProcessEnv, database: DatabaseConfig): string[] {
  const given = env.DATABASE_REPLICA_URL?.trim();
  if (!given) return [];
  if (database.kind === 'pglite') {
    throw new ConfigError('DATABASE_REPLICA_URL needs DATABASE_URL: the embedded database has no read replicas');
  }
  const urls = given.split(',').map((url) => url.trim());
  if (urls.some((url) => url === '')) {
    throw new ConfigError("DATABASE_REPLICA_URL has an empty entry; separate the replicas' URLs with single commas");
  }
  return urls.map((url) => validatePostgresUrl(url, 'DATABASE_REPLICA_URL'));
}

function readProcesses(env: NodeJS.ProcessEnv, database: DatabaseConfig): number {
  const given = env.API_PROCESSES?.trim();
  if (!given) return database.kind === 'pglite' ? 1 : availableParallelism();
  const processes = Number(given);
  if (!Number.isInteger(processes) || processes < 1 || processes > 64) {
    throw new ConfigError(`API_PROCESSES must be a whole number from 1 to 64 (got "${given}")`);
  }
  if (processes > 1 && database.kind === 'pglite') {
    throw new ConfigError('API_PROCESSES must be 1 on the embedded database (set DATABASE_URL for more)');
  }
  return processes;
}

const OIDC_VARIABLES = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URL'] as const;

/** All four OIDC variables, or none: half a configuration is a mistake to report, not to ignore. */
function readOidcSettings(env: NodeJS.ProcessEnv): OidcSettings | null {
  const values = OIDC_VARIABLES.map((name) => env[name]?.trim() ?? '');
  if (values.every((value) => value === '')) return null;
  const missing = OIDC_VARIABLES.filter((_name, index) => values[index] === '');
  if (missing.length > 0) throw new ConfigError(`Single sign-on needs ${missing.join(', ')} as well`);
  const [issuer, clientId, clientSecret, redirectUrl] = values as [string, string, string, string];
  for (const [name, url] of [
    ['OIDC_ISSUER', issuer],
    ['OIDC_REDIRECT_URL', redirectUrl],
  ] as const) {
    if (!URL.canParse(url)) throw new ConfigError(`${name} is not a URL (got "${url}")`);
  }
  return { issuer, clientId, clientSecret, redirectUrl, allowInsecureHttp: env.OIDC_ALLOW_INSECURE_HTTP === 'true' };
}
