import type { Workbook } from 'exceljs';

/** A column of an exported table: its Swedish header and what its cells hold. */
export interface ExportColumn {
  header: string;
  kind: 'text' | 'number';
  /** Decimals shown for a number column (Excel's number format); the figure itself is kept whole. */
  fractionDigits?: number;
  /** Excel column width in characters. */
  width?: number;
  /** Keep the column's own decimals in every row (a percentage beside a row's counts), whatever rowFractionDigits says. */
  ownFractionDigits?: boolean;
}

/** A table as shown on a page, ready to be written as CSV or Excel. */
export interface ExportTable {
  /** The sheet's name and the start of the file name, e.g. "Indikatorer Intraservice maj 2023". */
  title: string;
  columns: ExportColumn[];
  rows: (string | number | null | undefined)[][];
  /** Per row, the decimals of its figures when rows differ (a percentage beside a count); else the column's. */
  rowFractionDigits?: number[];
}

/** Text a spreadsheet would run as a formula ("=…", "+…", "-…", "@…"): written with a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvNumber(value: number): string {
  // Swedish: a decimal comma and no thousands separator, so Excel and LibreOffice read it as a number.
  return String(value).replace('.', ',');
}

function csvText(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The table as CSV the way Swedish Excel reads it: UTF-8 with a byte order mark, semicolons
 * between cells, decimal commas, CRLF line ends; text that would run as a formula is defused.
 */
export function toCsv(table: ExportTable): string {
  const lines = [
    table.columns.map((column) => csvText(column.header)),
    ...table.rows.map((row) =>
      table.columns.map((column, index) => {
        const value = row[index];
        if (value == null || value === '') return '';
        return typeof value === 'number' ? csvNumber(value) : csvText(String(value));
      }),
    ),
  ];
  return `\uFEFF${lines.map((cells) => cells.join(';')).join('\r\n')}\r\n`;
}

/** An Excel number format: thousands grouped and the decimals asked for (shown "1 506 000,5" in Swedish Excel). */
export function numberFormat(fractionDigits = 0): string {
  return fractionDigits > 0 ? `#,##0.${'0'.repeat(fractionDigits)}` : '#,##0';
}

/** Sheet names may not hold []:*?/\ and are at most 31 characters. */
export function sheetName(title: string): string {
  return (
    title
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Tabell'
  );
}

/**
 * Fills a workbook with the table: a bold, frozen header row, figures as numbers with a
 * number format (not text), text as text, formulas never.
 */
export function fillWorkbook(workbook: Workbook, table: ExportTable): void {
  const sheet = workbook.addWorksheet(sheetName(table.title), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((column) => ({
    header: column.header,
    width: column.width ?? (column.kind === 'number' ? 16 : 40),
    style: column.kind === 'number' ? { numFmt: numberFormat(column.fractionDigits) } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const [rowIndex, row] of table.rows.entries()) {
    const added = sheet.addRow(
      table.columns.map((column, index) => {
        const value = row[index];
        if (value == null || value === '') return null;
        // A text cell is stored as a string, so a leading "=" is shown, never evaluated.
        return column.kind === 'number' && typeof value === 'number' ? value : String(value);
      }),
    );
    const digits = table.rowFractionDigits?.[rowIndex];
    if (digits === undefined) continue;
    table.columns.forEach((column, index) => {
      if (column.kind === 'number' && !column.ownFractionDigits) added.getCell(index + 1).numFmt = numberFormat(digits);
    });
  }
}

/** A file name from the title: letters, digits and dashes ("indikatorer-intraservice-maj-2023.xlsx"). */
export function fileName(title: string, extension: 'csv' | 'xlsx'): string {
  const base = title
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${base || 'tabell'}.${extension}`;
}
