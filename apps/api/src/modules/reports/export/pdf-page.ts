import { readFileSync } from 'node:fs';
import type { ValueStatus } from '../../../generated/resolver-types';
import { STATUS_SYMBOLS, statusColour } from './report-layout';

/** A4 in points, and the margins that leave room for the footer. */
export const PAGE = { width: 595.28, height: 841.89 } as const;
export const MARGIN = { top: 60, bottom: 72, left: 62, right: 56 } as const;
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const CONTENT_BOTTOM = PAGE.height - MARGIN.bottom;

export const COLOURS = {
  text: '#1d232b',
  muted: '#56606b',
  heading: '#12365f',
  rule: '#c3cad3',
  grid: '#dde2e8',
  headerFill: '#e6ecf3',
  totalFill: '#f2f4f7',
} as const;

export type FontName = 'regular' | 'bold' | 'italic' | 'boldItalic';

/**
 * DejaVu Sans Condensed (free licence, from the dejavu-fonts-ttf package): it has å, ä, ö,
 * the minus sign U+2212 and the no-break spaces U+00A0 and U+202F that Swedish figures are
 * written with, and its condensed width fits source 000's eight-column tables on A4.
 */
const FONT_FILES: Record<FontName, string> = {
  regular: 'DejaVuSansCondensed.ttf',
  bold: 'DejaVuSansCondensed-Bold.ttf',
  italic: 'DejaVuSansCondensed-Oblique.ttf',
  boldItalic: 'DejaVuSansCondensed-BoldOblique.ttf',
};

let fontData: Record<FontName, Buffer> | undefined;

/** The font files, read once per process. */
export function fontBuffers(): Record<FontName, Buffer> {
  fontData ??= Object.fromEntries(
    Object.entries(FONT_FILES).map(([name, file]) => [
      name,
      readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)),
    ]),
  ) as Record<FontName, Buffer>;
  return fontData;
}

export function fontOf(style: { bold: boolean; italic: boolean }): FontName {
  if (style.bold) return style.italic ? 'boldItalic' : 'bold';
  return style.italic ? 'italic' : 'regular';
}

/** The status symbol as a vector shape, `size` points wide, its top left at (x, y). */
export function drawStatusSymbol(
  doc: PDFKit.PDFDocument,
  status: ValueStatus,
  x: number,
  y: number,
  size: number,
): void {
  const colour = statusColour(status);
  const half = size / 2;
  doc.save();
  switch (STATUS_SYMBOLS[status].shape) {
    case 'circle':
      doc.circle(x + half, y + half, half).fill(colour);
      break;
    case 'triangle':
      doc.polygon([x + half, y], [x + size, y + size], [x, y + size]).fill(colour);
      break;
    case 'square':
      doc.rect(x + 0.5, y + 0.5, size - 1, size - 1).fill(colour);
      break;
    case 'ring':
      doc
        .lineWidth(1)
        .circle(x + half, y + half, half - 0.5)
        .stroke(colour);
      break;
  }
  doc.restore();
}

/**
 * Breaks text into lines no wider than `width` in the current font and size: at spaces, and
 * at line breaks in the text. A word wider than the line is cut. No-break spaces keep a
 * figure's digits together.
 */
export function wrapLines(doc: PDFKit.PDFDocument, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (doc.widthOfString(candidate) <= width) {
        line = candidate;
        continue;
      }
      // A long word breaks after a hyphen or slash where one fits ("förvaltnings-/"), else anywhere.
      const breakAt = line === '' ? -1 : lastBreakFitting(doc, word, width - doc.widthOfString(`${line} `));
      if (breakAt > 0) {
        lines.push(`${line} ${word.slice(0, breakAt)}`);
        line = word.slice(breakAt);
      } else {
        if (line !== '') lines.push(line);
        line = word;
      }
      while (doc.widthOfString(line) > width && line.length > 1) {
        const hyphenAt = lastBreakFitting(doc, line, width);
        let cut = hyphenAt > 0 ? hyphenAt : line.length - 1;
        while (hyphenAt <= 0 && cut > 1 && doc.widthOfString(line.slice(0, cut)) > width) cut -= 1;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

/** The position after the last hyphen or slash in `word` whose part before it fits `width`; -1 if none. */
function lastBreakFitting(doc: PDFKit.PDFDocument, word: string, width: number): number {
  for (let index = word.length - 2; index > 0; index -= 1) {
    const isBreak = word[index] === '-' || word[index] === '/';
    // Not inside a date or a range of figures (2023-12-31, 80-85%).
    const betweenDigits = /\d/.test(word[index - 1]!) && /\d/.test(word[index + 1]!);
    if (isBreak && !betweenDigits && doc.widthOfString(word.slice(0, index + 1)) <= width) {
      return index + 1;
    }
  }
  return -1;
}

/**
 * Draws what is not content (rules, fills, leaders, repeated table headers, footers) as an
 * artifact, which screen readers and the tagged structure leave out.
 */
export function asArtifact(
  doc: PDFKit.PDFDocument,
  draw: () => void,
  type: 'Pagination' | 'Layout' | 'Page' = 'Layout',
): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}

/** Draws content that belongs to `element` of the structure tree (one part of it, e.g. a cell on one page). */
export function asPartOf(
  doc: PDFKit.PDFDocument,
  element: PDFKit.PDFStructureElement,
  tag: string,
  draw: () => void,
): void {
  const content = doc.markStructureContent(tag);
  draw();
  doc.endMarkedContent();
  element.add(content);
}
