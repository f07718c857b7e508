import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';

/** What a test reads back from a rendered PDF: each page's size, lines of text and drawing operators. */
export interface ReadPage {
  width: number;
  height: number;
  /** The page's text as lines, top to bottom; pieces on one line joined by a space, no-break spaces as spaces. */
  lines: string[];
  /** The names of the page's drawing operators that paint raster images. */
  imageOperators: string[];
  /** How many path-drawing operators the page has (lines, rectangles, curves). */
  pathOperatorCount: number;
  /** The tagged elements with content of their own on this page, depth first: role and text alternative. */
  structure: { role: string; alt?: string }[];
}

interface StructureNode {
  role?: string;
  alt?: string;
  type?: string;
  children?: StructureNode[];
}

function flatten(
  node: StructureNode | null,
  into: { role: string; alt?: string }[] = [],
): { role: string; alt?: string }[] {
  if (!node) return into;
  // PDF.js answers a page's elements with their ancestors; an element's own content on the page is a 'content' child.
  const hasContent = (node.children ?? []).some((child) => child.type === 'content');
  if (node.role && hasContent) into.push(node.alt ? { role: node.role, alt: node.alt } : { role: node.role });
  for (const child of node.children ?? []) flatten(child, into);
  return into;
}

/**
 * Reads a PDF with PDF.js (through unpdf), as a text extractor or screen reader would:
 * tests use it to check what a reader gets out of the document, not how it is drawn.
 */
export async function readPdf(data: Buffer): Promise<ReadPage[]> {
  provideTransferToFixedLength();
  const pdf = await getDocumentProxy(new Uint8Array(data));
  const { OPS } = (await getResolvedPDFJS()) as unknown as { OPS: Record<string, number> };
  const operatorName = new Map(Object.entries(OPS).map(([name, code]) => [code, name]));
  const pages: ReadPage[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const byLine = new Map<number, { x: number; text: string }[]>();
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const y = Math.round(item.transform[5] as number);
      const key = [...byLine.keys()].find((existing) => Math.abs(existing - y) <= 2) ?? y;
      byLine.set(key, [...(byLine.get(key) ?? []), { x: item.transform[4] as number, text: item.str }]);
    }
    const lines = [...byLine.entries()]
      .sort(([first], [second]) => second - first)
      .map(([, pieces]) =>
        pieces
          .sort((first, second) => first.x - second.x)
          .map((piece) => piece.text.replace(/[\u00a0\u202f]/g, ' '))
          .join(' ')
          .replace(/ {2,}/g, ' ')
          .trim(),
      );
    const operators = await page.getOperatorList();
    const names = operators.fnArray.map((code) => operatorName.get(code) ?? String(code));
    pages.push({
      width,
      height,
      lines,
      imageOperators: names.filter((name) => /image/i.test(name)),
      pathOperatorCount: names.filter((name) => name === 'constructPath' || name === 'rectangle').length,
      structure: flatten(await page.getStructTree()),
    });
  }
  return pages;
}

/** PDF.js copies font data with ArrayBuffer.transferToFixedLength, which Node 20 does not have yet. */
function provideTransferToFixedLength(): void {
  const prototype = ArrayBuffer.prototype as ArrayBuffer & { transferToFixedLength?: (length?: number) => ArrayBuffer };
  if (prototype.transferToFixedLength) return;
  Object.defineProperty(prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length = this.byteLength): ArrayBuffer {
      const copy = new ArrayBuffer(length);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return copy;
    },
  });
}
