import { open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { DatabaseConfigError } from './database-config';

/**
 * PGlite keeps no lock of its own: two processes that open one data folder both write to it
 * and corrupt it. Whoever opens the folder (the server, `pnpm admin:create`, a seed) holds
 * this file, created exclusively, with its process id; a second opener is refused while
 * that process lives. A file left by a process that died (kill -9) names a dead process and
 * is taken over (after a few seconds' grace for a process that is stopping).
 */
export const LOCK_FILE = 'lagesbild.lock';

export interface DataDirLock {
  release(): Promise<void>;
}

export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  const lockPath = path.join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const file = await open(lockPath, 'wx');
      await file.writeFile(`${process.pid}\n`);
      await file.close();
      return { release: () => rm(lockPath, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new DatabaseConfigError(`Cannot lock the data folder ${dataDir}: ${(error as Error).message}`);
      }
    }
    const holder = Number((await readFile(lockPath, 'utf8').catch(() => '')).trim());
    if (await stillAliveAfterGrace(holder)) {
      throw new DatabaseConfigError(
        `The data folder ${dataDir} is in use by another Lägesbild process (pid ${holder}); stop it first`,
      );
    }
    await rm(lockPath, { force: true });
  }
  throw new DatabaseConfigError(`Cannot lock the data folder ${dataDir}: another process keeps taking it`);
}

/**
 * A server that was just told to stop may take a moment to close its database and let go,
 * as when a script stops it and at once runs a command on its folder: wait for that briefly.
 */
const GRACE_MS = 5000;

async function stillAliveAfterGrace(pid: number): Promise<boolean> {
  // This process holds it itself: waiting would only wait for ourselves.
  if (pid === process.pid) return true;
  const deadline = Date.now() + GRACE_MS;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
