import { columnWords, fitColumnWidths } from './report-layout';
import type { LayoutCell, LayoutColumn, LayoutTable } from './report-layout';
import {
  COLOURS,
  CONTENT_BOTTOM,
  CONTENT_WIDTH,
  MARGIN,
  asArtifact,
  asPartOf,
  drawStatusSymbol,
  wrapLines,
} from './pdf-page';

const BODY_SIZE = 8.5;
const HEADER_SIZE = 8;
const LINE_HEIGHT = 1.28;
const PADDING_X = 4;
const PADDING_Y = 3.5;
const SYMBOL_SIZE = 6.5;
const INDENT = 10;

interface PreparedCell {
  cell: LayoutCell;
  lines: string[];
  /** The text's left edge inside the cell, after indentation and status symbol. */
  textOffset: number;
}

interface MeasuredTable {
  widths: number[];
  lefts: number[];
  headerLines: string[][];
  headerHeight: number;
  rows: PreparedCell[][];
}

const BODY_LINE = BODY_SIZE * LINE_HEIGHT;

/** A header cell that heads its column; pdfkit writes the scope, its type declarations lack it. */
const COLUMN_HEADER = { scope: 'Column' } as Parameters<PDFKit.PDFDocument['struct']>[1];

function rowHeight(cells: PreparedCell[]): number {
  return Math.max(1, ...cells.map((cell) => cell.lines.length)) * BODY_LINE + 2 * PADDING_Y;
}

/** The narrowest a column may be: its heading's longest word, and its cells' words of up to 20 letters (Kommunfullmäktiges). */
function columnMinimums(doc: PDFKit.PDFDocument, table: LayoutTable): number[] {
  return table.columns.map((_, index) => {
    const words = columnWords(table, index, 20);
    doc.font('bold').fontSize(HEADER_SIZE);
    const heading = Math.max(0, ...words.heading.map((word) => doc.widthOfString(word)));
    doc.font('regular').fontSize(BODY_SIZE);
    const cells = Math.max(0, ...words.cells.map((word) => doc.widthOfString(word)));
    const symbol = table.rows.some((row) => row.cells[index]?.status) ? SYMBOL_SIZE + 4 : 0;
    return Math.max(heading, cells + symbol) + 2 * PADDING_X + 1;
  });
}

function measureTable(doc: PDFKit.PDFDocument, table: LayoutTable): MeasuredTable {
  const widths = fitColumnWidths(table.columns, CONTENT_WIDTH, columnMinimums(doc, table));
  const lefts = widths.map((_, index) => MARGIN.left + widths.slice(0, index).reduce((sum, width) => sum + width, 0));
  doc.font('bold').fontSize(HEADER_SIZE);
  const headerLines = table.columns.map((column, index) =>
    wrapLines(doc, column.heading, widths[index]! - 2 * PADDING_X),
  );
  const headerHeight =
    Math.max(...headerLines.map((lines) => lines.length)) * HEADER_SIZE * LINE_HEIGHT + 2 * PADDING_Y;
  const rows = table.rows.map((row) =>
    row.cells.map((cell, index): PreparedCell => {
      doc.font(row.isTotal ? 'bold' : 'regular').fontSize(BODY_SIZE);
      const textOffset = (cell.indent ?? 0) * INDENT + (cell.status ? SYMBOL_SIZE + 4 : 0);
      return { cell, lines: wrapLines(doc, cell.text, widths[index]! - 2 * PADDING_X - textOffset), textOffset };
    }),
  );
  return { widths, lefts, headerLines, headerHeight, rows };
}

/** Lines of a row that stand on a fresh page under the header. */
function fullPageLines(headerHeight: number): number {
  return Math.floor((CONTENT_BOTTOM - MARGIN.top - headerHeight - 2 * PADDING_Y) / BODY_LINE);
}

/**
 * The height the table's start needs on a page: its header and first row, or the first lines
 * of a row too tall for any page. What stands before a table (a heading, a caption) is kept
 * with this much of it.
 */
export function tableLeadHeight(doc: PDFKit.PDFDocument, table: LayoutTable): number {
  const { headerHeight, rows } = measureTable(doc, table);
  const first = rows[0];
  if (!first) return headerHeight;
  const height = rowHeight(first);
  return headerHeight + (height - 2 * PADDING_Y > fullPageLines(headerHeight) * BODY_LINE ? 4 * BODY_LINE : height);
}

/**
 * Draws a table that breaks across pages: a row that does not fit goes to the next page
 * under a repeated header, and a row taller than a page is split between its lines. The
 * table is tagged (Table, TR, TH, TD) under `parent`; the repeated headers, fills and rules
 * are artifacts, so a screen reader reads each cell once.
 */
export function drawTable(
  doc: PDFKit.PDFDocument,
  table: LayoutTable,
  addPage: () => void,
  parent: PDFKit.PDFStructureElement,
): void {
  const { widths, lefts, headerLines, headerHeight, rows: prepared } = measureTable(doc, table);
  const bodyLine = BODY_LINE;
  const tableElement = doc.struct('Table');
  parent.add(tableElement);

  let y = doc.y;
  const drawHeader = (isRepeat: boolean) => {
    asArtifact(doc, () => doc.rect(MARGIN.left, y, CONTENT_WIDTH, headerHeight).fill(COLOURS.headerFill));
    const headerRow = isRepeat ? null : doc.struct('TR');
    if (headerRow) tableElement.add(headerRow);
    headerLines.forEach((lines, index) => {
      const writeHeading = () => {
        doc.font('bold').fontSize(HEADER_SIZE).fillColor(COLOURS.text);
        lines.forEach((line, lineIndex) => {
          const lineY = y + PADDING_Y + lineIndex * HEADER_SIZE * LINE_HEIGHT;
          writeLine(doc, line, table.columns[index]!, lefts[index]!, widths[index]!, lineY, 0, lineIndex === 0);
        });
      };
      if (headerRow) headerRow.add(doc.struct('TH', COLUMN_HEADER, writeHeading));
      else asArtifact(doc, writeHeading, 'Pagination');
    });
    headerRow?.end();
    y += headerHeight;
    rule(doc, y, 0.8, COLOURS.muted);
  };

  if (y + tableLeadHeight(doc, table) > CONTENT_BOTTOM) {
    addPage();
    y = doc.y;
  }
  drawHeader(false);

  prepared.forEach((cells, rowIndex) => {
    const isTotal = table.rows[rowIndex]!.isTotal === true;
    const rowElement = doc.struct('TR');
    tableElement.add(rowElement);
    const cellElements = cells.map(() => {
      const cellElement = doc.struct('TD');
      rowElement.add(cellElement);
      return cellElement;
    });
    let remaining = cells;
    let isContinuation = false;
    while (remaining.length > 0) {
      const height = rowHeight(remaining);
      const room = CONTENT_BOTTOM - y;
      if (height <= room) {
        drawRow(remaining, cellElements, height, isTotal, isContinuation);
        y += height;
        remaining = [];
        continue;
      }
      const linesThatFit = Math.floor((room - 2 * PADDING_Y) / bodyLine);
      // Split only a row that could not stand whole on a fresh page; otherwise move it there.
      if (rowHeight(remaining) - 2 * PADDING_Y > fullPageLines(headerHeight) * bodyLine && linesThatFit >= 2) {
        const head = remaining.map((cell) => ({ ...cell, lines: cell.lines.slice(0, linesThatFit) }));
        drawRow(head, cellElements, linesThatFit * bodyLine + 2 * PADDING_Y, isTotal, isContinuation);
        remaining = remaining.map((cell) => ({ ...cell, lines: cell.lines.slice(linesThatFit) }));
        isContinuation = true;
      }
      addPage();
      y = doc.y;
      drawHeader(true);
    }
    rowElement.end();
  });
  tableElement.end();

  doc.x = MARGIN.left;
  doc.y = y + 10;

  function drawRow(
    cells: PreparedCell[],
    cellElements: PDFKit.PDFStructureElement[],
    height: number,
    isTotal: boolean,
    isContinuation: boolean,
  ): void {
    asArtifact(doc, () => {
      if (isTotal) doc.rect(MARGIN.left, y, CONTENT_WIDTH, height).fill(COLOURS.totalFill);
      // The symbol repeats what the status word says; the word is what is read.
      cells.forEach((prepared, index) => {
        if (!prepared.cell.status || isContinuation) return;
        const x = lefts[index]! + PADDING_X + (prepared.cell.indent ?? 0) * INDENT;
        drawStatusSymbol(doc, prepared.cell.status, x, y + PADDING_Y + 1.5, SYMBOL_SIZE);
      });
      rule(doc, y + height, 0.4, COLOURS.rule);
    });
    cells.forEach((prepared, index) => {
      if (prepared.lines.every((line) => line === '')) return;
      asPartOf(doc, cellElements[index]!, 'TD', () => {
        doc
          .font(isTotal ? 'bold' : 'regular')
          .fontSize(BODY_SIZE)
          .fillColor(COLOURS.text);
        prepared.lines.forEach((line, lineIndex) => {
          const lineY = y + PADDING_Y + lineIndex * bodyLine;
          writeLine(
            doc,
            line,
            table.columns[index]!,
            lefts[index]!,
            widths[index]!,
            lineY,
            prepared.textOffset,
            lineIndex === 0,
          );
        });
      });
    });
  }
}

/**
 * One line of a cell. A line after the first starts with a space, drawn left of the cell's
 * edge, so that the text read out of the cell has a space where the line broke.
 */
function writeLine(
  doc: PDFKit.PDFDocument,
  line: string,
  column: LayoutColumn,
  left: number,
  width: number,
  y: number,
  offset: number,
  isFirstLine: boolean,
): void {
  if (line === '') return;
  const text = isFirstLine ? line : ` ${line}`;
  const x =
    column.align === 'right'
      ? left + width - PADDING_X - doc.widthOfString(text)
      : left + PADDING_X + offset - (isFirstLine ? 0 : doc.widthOfString(' '));
  doc.text(text, x, y, { lineBreak: false });
}

function rule(doc: PDFKit.PDFDocument, y: number, width: number, colour: string): void {
  doc
    .save()
    .lineWidth(width)
    .moveTo(MARGIN.left, y)
    .lineTo(MARGIN.left + CONTENT_WIDTH, y)
    .stroke(colour)
    .restore();
}
