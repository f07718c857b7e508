import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(__dirname, '..', '..');

export interface RunningApp {
  baseUrl: string;
  /** Milliseconds from spawning the process to /health answering 200. */
  startedInMs: number;
  stop(): Promise<void>;
}

/**
 * Starts the built app as `pnpm start` does after its build step (the API serving
 * apps/web/dist), in a process group of its own so that stopping it stops pnpm and node too.
 */
export async function startBuiltApp(env: Record<string, string>, port: number): Promise<RunningApp> {
  const started = performance.now();
  const child = spawn('pnpm', ['--silent', '--filter', '@lagesbild/api', 'run', 'start'], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () => stopProcessGroup(child);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited before answering /health:\n${output}`);
    if (performance.now() - started > 300_000) {
      await stop();
      throw new Error(`No answer from ${baseUrl}/health after 300 s:\n${output}`);
    }
    const healthy = await fetch(`${baseUrl}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return { baseUrl, startedInMs: performance.now() - started, stop };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  process.kill(-child.pid, 'SIGTERM');
  const timeout = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(timeout);
}

/** Runs a command to its end and returns what it printed and how long it took. */
export async function runCommand(
  command: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ output: string; elapsedMs: number }> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`);
  return { output, elapsedMs: performance.now() - started };
}
