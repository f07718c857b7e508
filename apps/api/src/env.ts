import path from 'node:path';
import { databaseConfigFromEnv } from '@lagesbild/db';
import type { DatabaseConfig } from '@lagesbild/db';

/** The API's whole configuration, read from the environment here and nowhere else. */
export interface ApiConfig {
  port: number;
  /** Interface to listen on; 0.0.0.0 to serve other machines. */
  host: string;
  database: DatabaseConfig;
  /** The built web app served at `/`; absent when only the API runs (development, tests). */
  webDistDir: string;
  /** Load the demo data into an empty database on start. */
  seedDemoDataIfEmpty: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a port number between 0 and 65535 (got "${env.PORT}")`);
  }
  return {
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    database: databaseConfigFromEnv(env),
    webDistDir: env.WEB_DIST_DIR?.trim() || path.resolve(__dirname, '..', '..', 'web', 'dist'),
    seedDemoDataIfEmpty: env.SEED_DEMO_DATA !== 'false',
  };
}
