import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A second Lägesbild on an empty database (no demo data), as a municipality starts it, and what it printed. */
export interface EmptyInstance {
  baseURL: string;
  /** The one-time setup code from the server's log line. */
  setupCode: string;
  stop(): Promise<void>;
}

const SETUP_CODE_LINE = /setup code ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})/;

/**
 * Starts the API on its own port with SEED_DEMO_DATA=false and a new data folder, serving the
 * web app that `pnpm e2e`'s own server has built, and reads the setup code from its output.
 * The server is its own process group, so stopping it ends pnpm and node together.
 */
export async function startEmptyInstance(port: number): Promise<EmptyInstance> {
  const scratch = mkdtempSync(join(tmpdir(), 'lagesbild-e2e-empty-'));
  const server = spawn('pnpm', ['--filter', '@lagesbild/api', 'run', 'start'], {
    cwd: join(__dirname, '..', '..'),
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: join(scratch, 'pglite'),
      SEED_DEMO_DATA: 'false',
      DATABASE_URL: '',
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    await stopProcessGroup(server);
    rmSync(scratch, { recursive: true, force: true });
  };
  try {
    const setupCode = await waitForSetupCode(server);
    return { baseURL: `http://127.0.0.1:${port}`, setupCode, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function waitForSetupCode(server: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error(`The empty instance printed no setup code:\n${log}`)), 180_000);
    const read = (chunk: Buffer) => {
      log += String(chunk);
      const found = SETUP_CODE_LINE.exec(log);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    };
    server.stdout!.on('data', read);
    server.stderr!.on('data', read);
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The empty instance exited (${code}) before printing a setup code:\n${log}`));
    });
  });
}

async function stopProcessGroup(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.pid === undefined) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  process.kill(-server.pid, 'SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
}
