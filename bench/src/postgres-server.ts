import { runCommand } from './app-process';

export interface PostgresServer {
  /** postgresql://… of the server's maintenance database. */
  url: string;
  /** As the server reports it, e.g. 15.18. */
  version: string;
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/** A throwaway cluster on a port of its own, started as CI starts its own (scripts/start-test-postgres.sh). */
export async function startPostgres(port: number, dataDir: string): Promise<PostgresServer> {
  const env = { TEST_POSTGRES_PORT: String(port), TEST_POSTGRES_DIR: dataDir };
  const { output } = await runCommand('scripts/start-test-postgres.sh', [], env);
  const url = /TEST_POSTGRES_URL=(\S+)/.exec(output)?.[1];
  if (!url) throw new Error(`The PostgreSQL start script printed no URL:\n${output}`);
  const version = (await runCommand('psql', [url, '-Atc', 'SHOW server_version'])).output.trim().split(' ')[0] ?? '';
  return {
    url,
    version,
    async createDatabase(name) {
      await runCommand('psql', [url, '-qc', `CREATE DATABASE ${name}`]);
      return url.replace(/\/postgres$/, `/${name}`);
    },
    async stop() {
      await runCommand('scripts/start-test-postgres.sh', ['stop'], env);
      await runCommand('rm', ['-rf', dataDir]);
    },
  };
}
