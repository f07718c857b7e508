// An uploaded file as read, its limits and its refusal, apart from the reading itself
// (import-file.ts): the server checks and answers with these, while the reading and its
// spreadsheet library (exceljs) are loaded only in the thread that reads the files.

/** A cell as read: text (CSV, or a text cell), a number or a date (Excel's typed cells), or empty. */
export type ImportCell = string | number | Date | null;

export interface ImportRow {
  /** The row's line in the file; the header is row 1. */
  rowNumber: number;
  cells: ImportCell[];
}

/** The file's rows with each layout column's place among the cells (keys of the kind's layout). */
export interface ImportTable {
  columnIndex: Partial<Record<string, number>>;
  rows: ImportRow[];
}

export type ImportFileErrorCode =
  | 'emptyFile'
  | 'tooLarge'
  | 'unpackedTooLarge'
  | 'lineTooLong'
  | 'binaryFile'
  | 'unknownEncoding'
  | 'oldExcelFormat'
  | 'unreadableExcel'
  | 'malformedCsv'
  | 'formulas'
  | 'missingColumns'
  | 'unknownColumns'
  | 'noRows'
  | 'tooManyRows';

/** A file the import refuses as a whole; `details` names what is wrong (columns, cells, a line). */
export class ImportFileError extends Error {
  constructor(
    readonly code: ImportFileErrorCode,
    readonly details: string[] = [],
  ) {
    super(`${code}${details.length ? `: ${details.join(', ')}` : ''}`);
  }
}

/**
 * At most this much text inside a workbook (a .xlsx is a zip): 100,000 rows of the layout take
 * about 40 MB; a small zip that unpacks into gigabytes is refused before it is read.
 */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
/** At most this many characters on a line of CSV: a row of the layout with a comment of 4,000. */
export const MAX_LINE_CHARACTERS = 10_000;
