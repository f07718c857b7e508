import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ImportFileError, MAX_UNPACKED_BYTES } from './import-table';
import type { ImportTable } from './import-table';
import type { ImportFileWorkerAnswer, ImportFileWorkerJob, TransferredTable } from './import-file-worker';
import type { ValueImportKind } from '@lagesbild/db';

/**
 * The worker's heap: a file within the limits is read in a fraction of it; one that is heavier
 * than its size and its zip's directory say ends the worker instead of the server.
 */
const WORKER_HEAP_MB = 512;
/** A file within the limits is read in seconds; one that takes longer is refused. */
const READ_TIMEOUT_MS = 60_000;

/**
 * The worker's code. The compiled server (`pnpm start`, dist/main.js) has it compiled beside
 * itself (dist/import-file-worker.js, see scripts/build.mjs). Run as TypeScript (`pnpm dev`
 * under tsx, tests under SWC), neither of whose loaders a worker thread inherits, the worker
 * registers tsx itself and runs import-file-worker.ts.
 */
function workerSource(): string {
  if (!__filename.endsWith('.ts')) {
    return `require(${JSON.stringify(path.join(__dirname, 'import-file-worker.js'))});`;
  }
  return `
require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register();
require(${JSON.stringify(path.join(__dirname, 'import-file-worker.ts'))});
`;
}

interface Job {
  bytes: Uint8Array;
  kind: ValueImportKind;
  resolve: (table: ImportTable) => void;
  reject: (error: Error) => void;
}

const queue: Job[] = [];
let worker: Worker | undefined;
let busy = false;

/**
 * Reads an uploaded file (readImportFile) in a worker thread, so that parsing a large or hostile
 * file never holds the event loop that serves everyone else, and its memory is capped. Files
 * are read one at a time: three large uploads at once wait for each other rather than take
 * three times the memory.
 */
export function readImportFileOffThread(bytes: Uint8Array, kind: ValueImportKind = 'VALUES'): Promise<ImportTable> {
  return new Promise((resolve, reject) => {
    queue.push({ bytes, kind, resolve, reject });
    runNext();
  });
}

function receivedTable({ rows, ...table }: TransferredTable): ImportTable {
  return {
    ...table,
    rows: rows.map(({ rowNumber, cells }) => ({
      rowNumber,
      cells: cells.map((cell) => (cell !== null && typeof cell === 'object' ? new Date(cell.time) : cell)),
    })),
  };
}

function startWorker(): Worker {
  const started = new Worker(workerSource(), {
    eval: true,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  // An idle reader does not keep the process alive.
  started.unref();
  return started;
}

function runNext(): void {
  if (busy) return;
  const job = queue.shift();
  if (!job) return;
  busy = true;
  const current = (worker ??= startWorker());

  const finish = (settle: () => void) => {
    clearTimeout(timer);
    current.off('message', onMessage);
    current.off('error', onError);
    current.off('exit', onExit);
    busy = false;
    settle();
    runNext();
  };
  const discardWorker = () => {
    if (worker === current) worker = undefined;
    void current.terminate();
  };
  const onMessage = (answer: ImportFileWorkerAnswer) =>
    finish(() => {
      if ('table' in answer) job.resolve(receivedTable(answer.table));
      else if ('refused' in answer) job.reject(new ImportFileError(answer.refused.code, answer.refused.details));
      else job.reject(new Error(`Reading an import file failed: ${answer.failed}`));
    });
  const fail = (error: Error) =>
    finish(() => {
      discardWorker();
      job.reject(error);
    });
  // Out of memory or out of time: after the size checks, only a file that holds more than it
  // shows gets this far.
  const heavierThanItLooks = () => new ImportFileError('unpackedTooLarge', [String(MAX_UNPACKED_BYTES / 1024 / 1024)]);
  const onError = (error: Error) =>
    fail((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY' ? heavierThanItLooks() : error);
  const onExit = (exitCode: number) => fail(new Error(`The import file reader stopped (exit code ${exitCode})`));
  const timer = setTimeout(() => fail(heavierThanItLooks()), READ_TIMEOUT_MS);
  current.on('message', onMessage);
  current.on('error', onError);
  current.on('exit', onExit);
  current.postMessage({ bytes: job.bytes, kind: job.kind } satisfies ImportFileWorkerJob);
}
