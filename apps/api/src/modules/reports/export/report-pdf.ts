import PDFDocument from 'pdfkit';
import type { ReportContent } from '../../../generated/resolver-types';
import type { DocumentLayout, LayoutBlock, LayoutHeading, MarkdownBlock } from '../../../documents';
import { CHAPTER_TITLES } from '../report-labels';
import { chartDescription, pageNumberText, reportLayout } from './report-layout';
import { chartHeight, drawChart } from './pdf-chart';
import { COLOURS, CONTENT_BOTTOM, CONTENT_WIDTH, MARGIN, PAGE, asArtifact, fontBuffers, fontOf } from './pdf-page';
import type { FontName } from './pdf-page';
import { drawTable, tableLeadHeight } from './pdf-table';

const TEXT_SIZE = 10;
const TOC_LINE = 19;

/**
 * The report as the committee's paper: A4, a title page, a table of contents with page
 * numbers and links, the numbered sections of source 000, tables that break across pages
 * under a repeated header, vector charts, and "sida N(M)" in every footer. pdfkit writes it
 * on the server; no browser is involved. The PDF is tagged (headings, paragraphs, lists,
 * tables, figures with a text alternative, in reading order) so that screen readers can
 * read a committee paper published on the web.
 */
export function renderReportPdf(content: ReportContent): Promise<Buffer> {
  return renderLayoutPdf(reportLayout(content));
}

/** Any document's layout (a report's, the operational plan's) as the PDF described above. */
export async function renderLayoutPdf(layout: DocumentLayout): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: false,
    lang: 'sv-SE',
    displayTitle: true,
    tagged: true,
    pdfVersion: '1.7',
    info: {
      Title: `${layout.orgUnitName}, ${layout.title}`,
      Author: layout.orgUnitName,
      Subject: layout.title,
      Creator: 'Lägesbild',
    },
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const [name, data] of Object.entries(fontBuffers())) doc.registerFont(name, data);

  const root = doc.struct('Document');
  doc.addStructure(root);
  writeTitlePage(doc, layout, root);
  const tocPageCount = reserveContentsPages(doc, layout.headings);
  // The contents are written last but read second: their element takes its place now.
  const contents = doc.struct('TOC');
  root.add(contents);
  const headingPages = writeBody(doc, layout, root);
  writeContents(doc, layout.headings, headingPages, tocPageCount, contents);
  writeFooters(doc, layout.footerText);
  root.end();

  doc.end();
  return finished;
}

function currentPageIndex(doc: PDFKit.PDFDocument): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
}

function writeTitlePage(doc: PDFKit.PDFDocument, layout: DocumentLayout, root: PDFKit.PDFStructureElement): void {
  doc.addPage();
  asArtifact(doc, () => doc.rect(MARGIN.left, 250, 60, 4).fill(COLOURS.heading));
  root.add(
    doc.struct('H1', {}, () => {
      doc.font('bold').fontSize(26).fillColor(COLOURS.heading);
      doc.text(layout.orgUnitName, MARGIN.left, 270, { width: CONTENT_WIDTH });
    }),
  );
  root.add(
    doc.struct('P', {}, () => {
      doc.moveDown(0.3).font('regular').fontSize(20).fillColor(COLOURS.text);
      doc.text(layout.title, { width: CONTENT_WIDTH });
    }),
  );
  root.add(
    doc.struct('P', {}, () => {
      doc.moveDown(1).fontSize(11).fillColor(COLOURS.muted);
      doc.text(layout.dateLine, { width: CONTENT_WIDTH });
    }),
  );
}

/** The contents come before the body but need its page numbers: their pages are kept free first. */
function reserveContentsPages(doc: PDFKit.PDFDocument, headings: LayoutHeading[]): number {
  const perPage = Math.floor((CONTENT_BOTTOM - MARGIN.top - 50) / TOC_LINE);
  const pages = Math.max(1, Math.ceil(headings.length / perPage));
  for (let page = 0; page < pages; page += 1) doc.addPage();
  return pages;
}

function writeContents(
  doc: PDFKit.PDFDocument,
  headings: LayoutHeading[],
  headingPages: Map<string, number>,
  pageCount: number,
  contents: PDFKit.PDFStructureElement,
): void {
  const perPage = Math.floor((CONTENT_BOTTOM - MARGIN.top - 50) / TOC_LINE);
  for (let page = 0; page < pageCount; page += 1) {
    doc.switchToPage(1 + page);
    let y = MARGIN.top;
    if (page === 0) {
      contents.add(
        doc.struct('Caption', {}, () => {
          doc.font('bold').fontSize(18).fillColor(COLOURS.heading);
          doc.text(CHAPTER_TITLES.contents, MARGIN.left, MARGIN.top, { lineBreak: false });
        }),
      );
    }
    y += 50;
    for (const heading of headings.slice(page * perPage, (page + 1) * perPage)) {
      const pageNumber = String((headingPages.get(heading.anchor) ?? 0) + 1);
      const indent = heading.level === 1 ? 0 : 22;
      const setFont = () =>
        doc
          .font(heading.level === 1 ? 'bold' : 'regular')
          .fontSize(heading.level === 1 ? 11 : 10)
          .fillColor(COLOURS.text);
      setFont();
      const label = `${heading.number ?? ''} ${heading.title}`.trim();
      const labelWidth = Math.min(doc.widthOfString(label), CONTENT_WIDTH - indent - 40);
      const numberWidth = doc.widthOfString(pageNumber);
      const right = MARGIN.left + CONTENT_WIDTH;
      const lineY = y;
      contents.add(
        doc.struct('TOCI', {}, () => {
          setFont();
          doc.text(label, MARGIN.left + indent, lineY, {
            lineBreak: false,
            width: CONTENT_WIDTH - indent - 40,
            ellipsis: true,
          });
          // The space keeps title and page apart for those who hear the contents read.
          doc.text(` ${pageNumber}`, right - numberWidth - doc.widthOfString(' '), lineY, { lineBreak: false });
        }),
      );
      asArtifact(doc, () =>
        doc
          .save()
          .lineWidth(0.7)
          .dash(0.7, { space: 2.5 })
          .moveTo(MARGIN.left + indent + labelWidth + 6, lineY + 9)
          .lineTo(right - numberWidth - 6, lineY + 9)
          .stroke(COLOURS.muted)
          .undash()
          .restore(),
      );
      doc.goTo(MARGIN.left, lineY - 2, CONTENT_WIDTH, TOC_LINE - 2, heading.anchor);
      y += TOC_LINE;
    }
  }
  contents.end();
}

/** Writes the sections; answers the page index of each heading for the contents. */
function writeBody(
  doc: PDFKit.PDFDocument,
  layout: DocumentLayout,
  root: PDFKit.PDFStructureElement,
): Map<string, number> {
  const headingPages = new Map<string, number>();
  const newPage = () => {
    doc.addPage();
    doc.x = MARGIN.left;
    doc.y = MARGIN.top;
  };
  const ensureSpace = (height: number) => {
    if (doc.y + height > CONTENT_BOTTOM) newPage();
  };
  let chapterOutline: PDFKit.PDFOutline | undefined;
  // What must stand on the same page as the heading, label or caption before it.
  const leadOf = (block: LayoutBlock | undefined): number => {
    if (block?.kind === 'table') return (block.table.showCaption ? 20 : 0) + tableLeadHeight(doc, block.table);
    if (block?.kind === 'chart') return chartHeight(doc, block.chart);
    return block?.kind === 'markdown' ? 50 : 30;
  };

  layout.blocks.forEach((block, index) => {
    const next = layout.blocks[index + 1];
    switch (block.kind) {
      case 'heading': {
        const { heading } = block;
        if (heading.level === 1) newPage();
        else {
          doc.moveDown(0.6);
          ensureSpace(30 + Math.min(leadOf(next), 300));
        }
        headingPages.set(heading.anchor, currentPageIndex(doc));
        doc.addNamedDestination(heading.anchor, 'XYZ', MARGIN.left, PAGE.height - doc.y + 10, null);
        const label = `${heading.number ?? ''} ${heading.title}`.trim();
        root.add(
          doc.struct(heading.level === 1 ? 'H1' : 'H2', {}, () => {
            doc
              .font('bold')
              .fontSize(heading.level === 1 ? 18 : 13.5)
              .fillColor(COLOURS.heading);
            doc.text(label, MARGIN.left, doc.y, { width: CONTENT_WIDTH });
          }),
        );
        doc.moveDown(heading.level === 1 ? 0.6 : 0.4);
        if (heading.level === 1) chapterOutline = doc.outline.addItem(label);
        else (chapterOutline ?? doc.outline).addItem(label);
        break;
      }
      case 'label':
        doc.moveDown(0.4);
        ensureSpace(20 + Math.min(leadOf(next), 300));
        root.add(
          doc.struct('H3', {}, () => {
            doc.font('bold').fontSize(11).fillColor(COLOURS.text);
            doc.text(block.text, MARGIN.left, doc.y, { width: CONTENT_WIDTH });
          }),
        );
        doc.moveDown(0.25);
        break;
      case 'markdown':
        writeMarkdown(doc, block.blocks, ensureSpace, root);
        break;
      case 'table':
        if (block.table.showCaption) {
          ensureSpace(leadOf(block));
          root.add(
            doc.struct('P', {}, () => {
              doc.font('bold').fontSize(9.5).fillColor(COLOURS.text);
              doc.text(block.table.caption, MARGIN.left, doc.y, { width: CONTENT_WIDTH });
            }),
          );
          doc.moveDown(0.3);
        }
        drawTable(doc, block.table, newPage, root);
        writeTableNotes(doc, block.table.notes ?? [], ensureSpace, root);
        break;
      case 'chart':
        doc.moveDown(0.4);
        ensureSpace(chartHeight(doc, block.chart));
        root.add(doc.struct('Figure', { alt: chartDescription(block.chart) }, () => drawChart(doc, block.chart)));
        writeTableNotes(doc, block.table.notes ?? [], ensureSpace, root);
        break;
    }
  });
  return headingPages;
}

/** What a table's marks mean, in small type under it (each note a paragraph of its own). */
function writeTableNotes(
  doc: PDFKit.PDFDocument,
  notes: readonly string[],
  ensureSpace: (height: number) => void,
  root: PDFKit.PDFStructureElement,
): void {
  if (notes.length === 0) return;
  // The table leaves 10 pt below it; the notes sit closer to it and as far from what follows.
  doc.y -= 4;
  for (const note of notes) {
    doc.font('regular').fontSize(8);
    ensureSpace(doc.heightOfString(note, { width: CONTENT_WIDTH }) + 2);
    root.add(
      doc.struct('P', {}, () => {
        doc.font('regular').fontSize(8).fillColor(COLOURS.text);
        doc.text(note, MARGIN.left, doc.y, { width: CONTENT_WIDTH });
      }),
    );
  }
  doc.y += 10;
}

function writeMarkdown(
  doc: PDFKit.PDFDocument,
  blocks: MarkdownBlock[],
  ensureSpace: (height: number) => void,
  root: PDFKit.PDFStructureElement,
): void {
  let list: PDFKit.PDFStructureElement | null = null;
  const endList = () => {
    list?.end();
    list = null;
  };
  for (const block of blocks) {
    if (block.kind !== 'listItem' && list) {
      endList();
      doc.moveDown(0.35);
    }
    if (block.kind === 'heading') {
      doc.moveDown(0.3);
      ensureSpace(50);
      const size = block.level <= 2 ? 12 : 11;
      root.add(
        doc.struct(block.level <= 2 ? 'H3' : 'H4', {}, () =>
          writeRuns(doc, block.runs, MARGIN.left, CONTENT_WIDTH, size, 'bold'),
        ),
      );
      doc.moveDown(0.25);
    } else if (block.kind === 'paragraph') {
      ensureSpace(TEXT_SIZE * 2.6);
      root.add(doc.struct('P', {}, () => writeRuns(doc, block.runs, MARGIN.left, CONTENT_WIDTH, TEXT_SIZE)));
      doc.moveDown(0.55);
    } else {
      if (!list) {
        list = doc.struct('L');
        root.add(list);
      }
      ensureSpace(TEXT_SIZE * 1.5);
      const indent = 6 + block.depth * 16;
      const marker = block.ordered ? `${block.number}.` : '•';
      const y = doc.y;
      list.add(
        doc.struct('LI', {}, [
          doc.struct('Lbl', {}, () => {
            doc.font('regular').fontSize(TEXT_SIZE).fillColor(COLOURS.text);
            doc.text(marker, MARGIN.left + indent, y, { lineBreak: false });
          }),
          doc.struct('LBody', {}, () => {
            doc.y = y;
            writeRuns(doc, block.runs, MARGIN.left + indent + 14, CONTENT_WIDTH - indent - 14, TEXT_SIZE);
          }),
        ]),
      );
      doc.moveDown(0.3);
    }
  }
  endList();
  doc.moveDown(0.2);
}

/** Styled runs as one flowing paragraph; pdfkit wraps it and carries it onto the next page. */
function writeRuns(
  doc: PDFKit.PDFDocument,
  runs: { text: string; bold: boolean; italic: boolean }[],
  x: number,
  width: number,
  size: number,
  forced?: FontName,
): void {
  doc.fillColor(COLOURS.text).fontSize(size);
  runs.forEach((run, index) => {
    doc.font(forced ?? fontOf(run));
    const options = { width, lineGap: 2.2, continued: index < runs.length - 1 };
    if (index === 0) doc.text(run.text, x, doc.y, options);
    else doc.text(run.text, options);
  });
  doc.x = MARGIN.left;
}

function writeFooters(doc: PDFKit.PDFDocument, footerText: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    // Writing below the bottom margin would make pdfkit start a new page.
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = PAGE.height - 46;
    asArtifact(
      doc,
      () => {
        doc
          .save()
          .lineWidth(0.5)
          .moveTo(MARGIN.left, y - 6)
          .lineTo(MARGIN.left + CONTENT_WIDTH, y - 6)
          .stroke(COLOURS.rule)
          .restore();
        doc.font('regular').fontSize(8.5).fillColor(COLOURS.muted);
        const pageText = pageNumberText(index + 1, count);
        doc.text(footerText, MARGIN.left, y, { lineBreak: false });
        doc.text(pageText, MARGIN.left + CONTENT_WIDTH - doc.widthOfString(pageText), y, { lineBreak: false });
      },
      'Pagination',
    );
    doc.page.margins.bottom = bottomMargin;
  }
}
