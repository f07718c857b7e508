import { open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { DatabaseConfigError } from './database-config';

/**
 * PGlite keeps no lock of its own: two processes that open one data folder both write to it
 * and corrupt it. Whoever opens the folder (the server, `pnpm admin:create`, a seed) holds
 * this file, created exclusively, with its process id; a second opener is refused while
 * that process lives. A file left by a process that died (kill -9) names a dead process and
 * is taken over.
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
    if (isAlive(holder)) {
      throw new DatabaseConfigError(
        `The data folder ${dataDir} is in use by another Lägesbild process (pid ${holder}); stop it first`,
      );
    }
    await rm(lockPath, { force: true });
  }
  throw new DatabaseConfigError(`Cannot lock the data folder ${dataDir}: another process keeps taking it`);
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
