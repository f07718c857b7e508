import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  TabStopType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { FileChild } from 'docx';
import type { ReportContent } from '../../../generated/resolver-types';
import type {
  DocumentLayout,
  LayoutCell,
  LayoutColumn,
  LayoutTable,
  MarkdownBlock,
  TextRun as StyledRun,
} from '../../../documents';
import { CHAPTER_TITLES, DOCUMENT_WORDS } from '../report-labels';
import { STATUS_SYMBOLS, columnWords, fitColumnWidths, reportLayout, statusColour } from './report-layout';

/** A4 in twentieths of a point, with 2 cm margins. */
const PAGE_WIDTH = 11906;
const PAGE_HEIGHT = 16838;
const MARGIN = 1134;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const FONT = 'Calibri';
const HEADING_COLOUR = '12365F';
const HEADER_FILL = 'E6ECF3';
const TOTAL_FILL = 'F2F4F7';
const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'C3CAD3' } as const;

/**
 * The report as a Word document for those who edit it further: the same sections, tables and
 * texts as the PDF (one layout, report-layout.ts), with Word's heading styles so that its
 * table of contents works, a contents field Word fills when the document is opened, and
 * header rows that repeat on every page. Charts become tables of their figures: editable,
 * readable by screen readers, and without an image to keep in step with the numbers.
 */
export function renderReportDocx(content: ReportContent): Promise<Buffer> {
  return renderLayoutDocx(reportLayout(content));
}

/** Any document's layout (a report's, the operational plan's) as the Word document described above. */
export async function renderLayoutDocx(layout: DocumentLayout): Promise<Buffer> {
  const children: FileChild[] = [
    new Paragraph({ spacing: { before: 3600 }, children: [] }),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun({ text: layout.orgUnitName, bold: true, size: 52, color: HEADING_COLOUR, font: FONT })],
    }),
    new Paragraph({ children: [new TextRun({ text: layout.title, size: 40, font: FONT })] }),
    new Paragraph({
      spacing: { before: 240 },
      children: [new TextRun({ text: layout.dateLine, size: 22, color: '56606B', font: FONT })],
    }),
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({
      spacing: { after: 240 },
      children: [new TextRun({ text: CHAPTER_TITLES.contents, bold: true, size: 36, color: HEADING_COLOUR })],
    }),
    new TableOfContents(CHAPTER_TITLES.contents, {
      hyperlink: true,
      headingStyleRange: '1-2',
      cachedEntries: layout.headings.map((heading) => ({
        title: `${heading.number ?? ''} ${heading.title}`.trim(),
        level: heading.level,
      })),
    }),
  ];

  for (const block of layout.blocks) {
    switch (block.kind) {
      case 'heading': {
        const { heading } = block;
        children.push(
          new Paragraph({
            heading: heading.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
            pageBreakBefore: heading.level === 1,
            children: [new TextRun(`${heading.number ?? ''} ${heading.title}`.trim())],
          }),
        );
        break;
      }
      case 'label':
        children.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(block.text)] }));
        break;
      case 'markdown':
        children.push(...markdownParagraphs(block.blocks));
        break;
      case 'table':
        if (block.table.showCaption) children.push(captionParagraph(block.table.caption));
        children.push(
          wordTable(block.table),
          ...noteParagraphs(block.table.notes ?? []),
          new Paragraph({ children: [] }),
        );
        break;
      case 'chart':
        children.push(
          captionParagraph(block.table.caption),
          wordTable(block.table),
          ...noteParagraphs(block.table.notes ?? []),
          new Paragraph({ children: [] }),
        );
        break;
    }
  }

  const document = new Document({
    creator: 'Lägesbild',
    title: `${layout.orgUnitName}, ${layout.title}`,
    subject: layout.title,
    // Word fills the contents field and the page count when it opens the document.
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: FONT, size: 21 }, paragraph: { spacing: { after: 120, line: 276 } } },
        heading1: {
          run: { font: FONT, size: 36, bold: true, color: HEADING_COLOUR },
          paragraph: { spacing: { after: 240 } },
        },
        heading2: {
          run: { font: FONT, size: 28, bold: true, color: HEADING_COLOUR },
          paragraph: { spacing: { before: 360, after: 160 }, keepNext: true },
        },
        heading3: {
          run: { font: FONT, size: 23, bold: true, color: '1D232B' },
          paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
        },
        heading4: { run: { font: FONT, size: 22, bold: true, color: '1D232B' }, paragraph: { keepNext: true } },
      },
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.BULLET,
            text: level === 1 ? '–' : '•',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 260 } } },
          })),
        },
        {
          reference: 'numbers',
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 300 } } },
          })),
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_WIDTH, height: PAGE_HEIGHT },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, footer: 567 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
                children: [
                  new TextRun({ text: layout.footerText, size: 17, color: '56606B' }),
                  new TextRun({
                    size: 17,
                    color: '56606B',
                    children: ['\t', `${DOCUMENT_WORDS.page} `, PageNumber.CURRENT, '(', PageNumber.TOTAL_PAGES, ')'],
                  }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** What a table's marks mean, in small type under it. */
function noteParagraphs(notes: readonly string[]): Paragraph[] {
  return notes.map(
    (note) => new Paragraph({ spacing: { before: 60, after: 0 }, children: [new TextRun({ text: note, size: 16 })] }),
  );
}

function captionParagraph(text: string): Paragraph {
  return new Paragraph({ keepNext: true, children: [new TextRun({ text, bold: true, size: 19 })] });
}

function runsOf(runs: StyledRun[], size?: number): TextRun[] {
  return runs.map(
    (run) => new TextRun({ text: run.text, bold: run.bold, italics: run.italic, ...(size ? { size } : {}) }),
  );
}

function markdownParagraphs(blocks: MarkdownBlock[]): Paragraph[] {
  return blocks.map((block) => {
    switch (block.kind) {
      case 'heading':
        return new Paragraph({
          heading: HeadingLevel.HEADING_4,
          keepNext: true,
          children: block.runs.map((run) => new TextRun({ text: run.text, bold: true, italics: run.italic })),
        });
      case 'paragraph':
        return new Paragraph({ children: runsOf(block.runs) });
      case 'listItem':
        return new Paragraph({
          numbering: { reference: block.ordered ? 'numbers' : 'bullets', level: Math.min(block.depth, 2) },
          children: runsOf(block.runs),
        });
    }
  });
}

function wordTable(table: LayoutTable): Table {
  const widths = fitColumnWidths(table.columns, CONTENT_WIDTH, columnMinimums(table)).map(Math.round);
  const borders = { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER };
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: table.columns.map(
      (column, index) =>
        new TableCell({
          width: { size: widths[index]!, type: WidthType.DXA },
          borders,
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL },
          children: [
            new Paragraph({
              alignment: column.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
              spacing: { after: 0, line: 240 },
              children: [new TextRun({ text: column.heading, bold: true, size: 17 })],
            }),
          ],
        }),
    ),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        children: row.cells.map(
          (cell, index) =>
            new TableCell({
              width: { size: widths[index]!, type: WidthType.DXA },
              borders,
              ...(row.isTotal ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: TOTAL_FILL } } : {}),
              children: cellParagraphs(cell, table.columns[index]!, row.isTotal === true),
            }),
        ),
      }),
  );
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, ...rows],
  });
}

/** Word measures in twips; an 8.5-point character is at most about 110 wide, and a cell has 108 of margin each side. */
function columnMinimums(table: LayoutTable): number[] {
  return table.columns.map((_, index) => {
    const words = columnWords(table, index, 20);
    const longest = Math.max(0, ...[...words.heading, ...words.cells].map((word) => word.length));
    const symbol = table.rows.some((row) => row.cells[index]?.status) ? 2 : 0;
    return (longest + symbol) * 110 + 2 * 108;
  });
}

function cellParagraphs(cell: LayoutCell, column: LayoutColumn, isTotal: boolean): Paragraph[] {
  const lines = cell.text.split('\n');
  return lines.map(
    (line, index) =>
      new Paragraph({
        alignment: column.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        spacing: { after: 0, line: 240 },
        indent: cell.indent ? { left: cell.indent * 240 } : undefined,
        children: [
          ...(cell.status && index === 0
            ? [
                new TextRun({
                  text: `${STATUS_SYMBOLS[cell.status].character} `,
                  color: statusColour(cell.status).slice(1),
                  size: 17,
                }),
              ]
            : []),
          new TextRun({ text: line, bold: isTotal, size: 17 }),
        ],
      }),
  );
}
