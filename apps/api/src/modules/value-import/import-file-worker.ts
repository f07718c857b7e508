import { parentPort } from 'node:worker_threads';
import type { ValueImportKind } from '@lagesbild/db';
import { readImportFile } from './import-file';
import { ImportFileError } from './import-table';
import type { ImportTable } from './import-table';

/**
 * A table as it crosses to the server's thread: dates as their time, since a Date arrives as
 * another realm's object where the receiver runs in one of its own (Jest's).
 */
export type TransferredTable = Omit<ImportTable, 'rows'> & {
  rows: { rowNumber: number; cells: (string | number | { time: number } | null)[] }[];
};

/** The worker thread that reads uploaded files (see read-import-file-off-thread.ts), one at a time. */
export type ImportFileWorkerAnswer =
  { table: TransferredTable } | { refused: { code: ImportFileError['code']; details: string[] } } | { failed: string };

/** What the server's thread sends: the file and the kind whose layout it is read by. */
export interface ImportFileWorkerJob {
  bytes: Uint8Array;
  kind: ValueImportKind;
}

parentPort!.on('message', ({ bytes, kind }: ImportFileWorkerJob) => {
  readImportFile(bytes, kind).then(
    (table) => {
      const rows = table.rows.map(({ rowNumber, cells }) => ({
        rowNumber,
        cells: cells.map((cell) => (cell instanceof Date ? { time: cell.getTime() } : cell)),
      }));
      parentPort!.postMessage({ table: { ...table, rows } } satisfies ImportFileWorkerAnswer);
    },
    (error: unknown) =>
      parentPort!.postMessage(
        (error instanceof ImportFileError
          ? { refused: { code: error.code, details: error.details } }
          : {
              failed: error instanceof Error ? (error.stack ?? error.message) : String(error),
            }) satisfies ImportFileWorkerAnswer,
      ),
  );
});
