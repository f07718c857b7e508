import { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import { stream as excelStream } from 'exceljs';
import type { CellValue } from 'exceljs';
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import type { ValueImportKind } from '@lagesbild/db';
import { MAX_IMPORT_BYTES, parseSwedishNumber } from '@lagesbild/types';
import { IMPORT_LAYOUTS } from './import-layouts';
import type { ImportLayout } from './import-layouts';
import { ImportFileError, MAX_LINE_CHARACTERS, MAX_UNPACKED_BYTES } from './import-table';
import type { ImportCell, ImportTable } from './import-table';

/** At most this many cells are named in a refusal; the message says how many more there are. */
const NAMED_AT_MOST = 5;

const startsWith = (bytes: Uint8Array, ...signature: number[]) =>
  bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);

/**
 * Reads an uploaded file into rows of cells, deciding by its content rather than its name: an
 * Excel workbook (.xlsx, a zip) or text (CSV). Refuses what it cannot read faithfully — an empty
 * file, a binary one, an encoding it cannot tell, formulas, columns that are not the layout's —
 * with an ImportFileError.
 */
export async function readImportFile(bytes: Uint8Array, kind: ValueImportKind = 'VALUES'): Promise<ImportTable> {
  const layout = IMPORT_LAYOUTS[kind];
  if (bytes.length > MAX_IMPORT_BYTES) throw new ImportFileError('tooLarge');
  if (bytes.length === 0) throw new ImportFileError('emptyFile');
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    checkUnpackedSize(bytes);
    return tableOf(await readWorkbook(bytes, layout.maxRows), layout);
  }
  // The old binary Excel format (and other OLE compound files).
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) throw new ImportFileError('oldExcelFormat');
  return tableOf(readCsv(decodeText(bytes), layout.maxRows), layout);
}

/**
 * The file's text: UTF-8 (with or without a byte order mark), UTF-16 with its mark, or
 * Windows-1252 (what Swedish Excel writes as "CSV (semikolonavgränsad)") when it is not UTF-8.
 */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) text = decodeStrict('utf-8', bytes.subarray(3));
  else if (startsWith(bytes, 0xff, 0xfe)) text = decodeStrict('utf-16le', bytes.subarray(2));
  else if (startsWith(bytes, 0xfe, 0xff)) text = decodeStrict('utf-16be', bytes.subarray(2));
  else {
    if (bytes.subarray(0, 65_536).includes(0)) throw new ImportFileError('binaryFile');
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // Bytes Windows-1252 leaves undefined mean some other encoding, which we cannot tell.
      if ([0x81, 0x8d, 0x8f, 0x90, 0x9d].some((byte) => bytes.includes(byte))) {
        throw new ImportFileError('unknownEncoding');
      }
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  // Control characters other than tab and line ends do not occur in text a person wrote.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text.slice(0, 65_536))) {
    throw new ImportFileError('binaryFile');
  }
  // UTF-8 that was once read as Windows-1252 and saved again: "Ã¥" for "å" and so on.
  if (/Ã[\u00a5\u00a4\u00b6\u2026\u201e\u2013\u00a9]/.test(text)) throw new ImportFileError('unknownEncoding');
  return text;
}

function decodeStrict(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new ImportFileError('unknownEncoding');
  }
}

/** The separator of the header line: semicolon (Swedish Excel), comma or tab, whichever it uses most. */
function separatorOf(text: string): string {
  const headerLine = text.split(/\r?\n/, 1)[0] ?? '';
  const outsideQuotes = headerLine.replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((separator) => ({ separator, count: outsideQuotes.split(separator).length }));
  return counts.reduce((best, next) => (next.count > best.count ? next : best)).separator;
}

/** Text that a spreadsheet would run as a formula: "=SUMMA(…)", "+A1", "@x", "-A1" (but not "-5,5"). */
function isFormulaText(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 1 && /^[=+\-@]/.test(trimmed) && parseSwedishNumber(trimmed) === undefined;
}

/** Refuses a line no row of the layout needs, before any parsing: one 19 MB line took 10 s to parse. */
function checkLineLengths(text: string): void {
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    const end = text.indexOf('\n', start);
    const length = (end === -1 ? text.length : end) - start;
    if (length > MAX_LINE_CHARACTERS) throw new ImportFileError('lineTooLong', [String(line)]);
    if (end === -1) return;
    start = end + 1;
  }
}

function readCsv(text: string, maxRows: number): string[][] {
  if (text.trim() === '') throw new ImportFileError('emptyFile');
  checkLineLengths(text);
  let records: string[][];
  let nonEmptyRecords = 0;
  try {
    const parsed: string[][] = parseCsv(text, {
      delimiter: separatorOf(text),
      relax_column_count: true,
      bom: true,
      // A quoted cell may span lines; it is still bounded.
      max_record_size: MAX_LINE_CHARACTERS,
      // The header and maxRows rows at most: stop reading at the first row too many.
      on_record: (record: string[]) => {
        if (record.some((cell) => cell.trim() !== '') && ++nonEmptyRecords > maxRows + 1) {
          throw new ImportFileError('tooManyRows', [String(maxRows)]);
        }
        return record;
      },
    });
    records = parsed;
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    if ((error as { code?: string }).code === 'CSV_MAX_RECORD_SIZE') {
      throw new ImportFileError('lineTooLong', [String((error as { lines?: number }).lines ?? '')]);
    }
    const line = (error as { lines?: number }).lines;
    throw new ImportFileError('malformedCsv', line ? [String(line)] : []);
  }
  const formulas: string[] = [];
  records.forEach((record, rowIndex) =>
    record.forEach((cell, columnIndex) => {
      if (isFormulaText(cell)) formulas.push(cellName(rowIndex + 1, columnIndex));
    }),
  );
  if (formulas.length > 0) throw new ImportFileError('formulas', namedAtMost(formulas));
  // The export writes formula-like text with a leading apostrophe: read it back as the text.
  return records.map((record) => record.map((cell) => (/^'[=+\-@]/.test(cell) ? cell.slice(1) : cell)));
}

/**
 * Refuses a workbook whose contents unpack to more than MAX_UNPACKED_BYTES: first by the sizes
 * its zip directory declares (at once, nothing inflated), then by inflating it while counting
 * and throwing the output away, since a zip may declare sizes it does not hold to.
 */
function checkUnpackedSize(bytes: Uint8Array): void {
  const refused = () => new ImportFileError('unpackedTooLarge', [String(MAX_UNPACKED_BYTES / 1024 / 1024)]);
  let declared = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        declared += file.originalSize;
        return false;
      },
    });
  } catch {
    throw new ImportFileError('unreadableExcel');
  }
  if (declared > MAX_UNPACKED_BYTES) throw refused();

  let inflated = 0;
  let failed: unknown;
  const unzip = new Unzip((file) => {
    file.ondata = (error, chunk) => {
      if (error) failed ??= error;
      inflated += chunk?.length ?? 0;
      if (inflated > MAX_UNPACKED_BYTES) {
        failed ??= refused();
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  const CHUNK = 64 * 1024;
  for (let offset = 0; offset < bytes.length && failed === undefined; offset += CHUNK) {
    try {
      unzip.push(bytes.subarray(offset, offset + CHUNK), offset + CHUNK >= bytes.length);
    } catch (error) {
      failed ??= error;
    }
  }
  if (failed instanceof ImportFileError) throw failed;
  if (failed !== undefined) throw new ImportFileError('unreadableExcel');
}

/** The first sheet's rows, read as a stream: never more than the row limit in memory. */
async function readWorkbook(bytes: Uint8Array, maxRows: number): Promise<ImportCell[][]> {
  const rows: ImportCell[][] = [];
  const formulas: string[] = [];
  let nonEmptyRows = 0;
  try {
    const reader = new excelStream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
    });
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const cells: ImportCell[] = [];
        row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
          const value = cellValue(cell.value);
          if (value === FORMULA) formulas.push(cellName(row.number, columnNumber - 1));
          else cells[columnNumber - 1] = value;
        });
        rows[row.number - 1] = Array.from(cells, (cell) => cell ?? null);
        if (cells.some((cell) => cell != null && String(cell).trim() !== '') && ++nonEmptyRows > maxRows + 1) {
          throw new ImportFileError('tooManyRows', [String(maxRows)]);
        }
      }
      // The first sheet only.
      break;
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError('unreadableExcel');
  }
  if (rows.length === 0 && nonEmptyRows === 0) throw new ImportFileError('emptyFile');
  if (formulas.length > 0) throw new ImportFileError('formulas', namedAtMost(formulas));
  return Array.from(rows, (row) => row ?? []);
}

const FORMULA = Symbol('formula');

/** Excel's typed cell as a plain value: a formula is refused (its result may be stale or anything). */
function cellValue(value: CellValue): ImportCell | typeof FORMULA {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if ('formula' in value || 'sharedFormula' in value) return FORMULA;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return null;
}

/** A cell as a spreadsheet names it: "C7". */
function cellName(rowNumber: number, columnIndex: number): string {
  let letters = '';
  for (let index = columnIndex + 1; index > 0; index = Math.floor((index - 1) / 26)) {
    letters = String.fromCharCode(65 + ((index - 1) % 26)) + letters;
  }
  return `${letters}${rowNumber}`;
}

function namedAtMost(names: string[]): string[] {
  return names.length > NAMED_AT_MOST ? [...names.slice(0, NAMED_AT_MOST), `+${names.length - NAMED_AT_MOST}`] : names;
}

const normalisedHeader = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();

/** The header row mapped onto the layout: refuses columns that are missing or not the layout's. */
function tableOf(records: ImportCell[][], layout: ImportLayout): ImportTable {
  const [header, ...body] = records;
  const headers = (header ?? []).map((cell) => (cell == null ? '' : String(cell)));
  if (headers.every((text) => text.trim() === '')) throw new ImportFileError('emptyFile');
  const columnIndex: ImportTable['columnIndex'] = {};
  const unknown: string[] = [];
  headers.forEach((text, index) => {
    if (text.trim() === '') return;
    const column = layout.columns.find((candidate) =>
      [candidate.header, ...(candidate.aliases ?? [])].some(
        (header) => normalisedHeader(header) === normalisedHeader(text),
      ),
    );
    if (!column || columnIndex[column.key] !== undefined) unknown.push(text.trim());
    else columnIndex[column.key] = index;
  });
  const missing = layout.missing(columnIndex);
  if (missing.length > 0) throw new ImportFileError('missingColumns', missing);
  if (unknown.length > 0) throw new ImportFileError('unknownColumns', unknown);

  const rows = body
    .map((cells, index) => ({ rowNumber: index + 2, cells }))
    .filter(({ cells }) => cells.some((cell) => cell !== null && String(cell).trim() !== ''));
  if (rows.length === 0) throw new ImportFileError('noRows');
  if (rows.length > layout.maxRows) throw new ImportFileError('tooManyRows', [String(layout.maxRows)]);
  return { columnIndex, rows };
}
