import { Lexer } from 'marked';
import type { Token, Tokens } from 'marked';

/** A piece of text in one style. */
export interface TextRun {
  text: string;
  bold: boolean;
  italic: boolean;
}

/**
 * The analysis text as the documents need it: headings, paragraphs and list items of styled
 * runs. Only Markdown's structure is taken; HTML in the text is shown as the text it is,
 * never interpreted, since the analysts' text ends up in a public committee paper.
 */
export type MarkdownBlock =
  | { kind: 'heading'; level: number; runs: TextRun[] }
  | { kind: 'paragraph'; runs: TextRun[] }
  | { kind: 'listItem'; ordered: boolean; number: number; depth: number; runs: TextRun[] };

interface Style {
  bold: boolean;
  italic: boolean;
}

const PLAIN: Style = { bold: false, italic: false };

export function markdownBlocks(markdown: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  for (const token of new Lexer().lex(markdown)) addBlock(token, blocks, 0);
  return blocks;
}

function addBlock(token: Token, blocks: MarkdownBlock[], listDepth: number): void {
  switch (token.type) {
    case 'heading': {
      const heading = token as Tokens.Heading;
      blocks.push({ kind: 'heading', level: heading.depth, runs: inlineRuns(heading.tokens, PLAIN) });
      return;
    }
    case 'paragraph':
    case 'text': {
      const paragraph = token as Tokens.Paragraph | Tokens.Text;
      const runs = paragraph.tokens ? inlineRuns(paragraph.tokens, PLAIN) : [plainRun(paragraph.text)];
      if (runs.length > 0) blocks.push({ kind: 'paragraph', runs });
      return;
    }
    case 'list': {
      const list = token as Tokens.List;
      const start = typeof list.start === 'number' ? list.start : 1;
      list.items.forEach((item, index) => addListItem(item, list.ordered, start + index, listDepth, blocks));
      return;
    }
    case 'blockquote':
      for (const inner of (token as Tokens.Blockquote).tokens) addBlock(inner, blocks, listDepth);
      return;
    case 'code':
    case 'html':
      blocks.push({ kind: 'paragraph', runs: [plainRun((token as Tokens.Code | Tokens.HTML).text)] });
      return;
    case 'table': {
      // A Markdown table is kept as its rows of text; the report's own tables carry the figures.
      const table = token as Tokens.Table;
      for (const row of [table.header, ...table.rows]) {
        blocks.push({ kind: 'paragraph', runs: [plainRun(row.map((cell) => cell.text).join(' | '))] });
      }
      return;
    }
    default:
      // space and hr carry no text.
      return;
  }
}

function addListItem(
  item: Tokens.ListItem,
  ordered: boolean,
  number: number,
  depth: number,
  blocks: MarkdownBlock[],
): void {
  const runs: TextRun[] = [];
  const nested: Token[] = [];
  for (const token of item.tokens) {
    if (token.type === 'list') nested.push(token);
    else if (token.type === 'text' || token.type === 'paragraph') {
      const text = token as Tokens.Text | Tokens.Paragraph;
      if (runs.length > 0) runs.push(plainRun(' '));
      runs.push(...(text.tokens ? inlineRuns(text.tokens, PLAIN) : [plainRun(text.text)]));
    }
  }
  blocks.push({ kind: 'listItem', ordered, number, depth, runs: mergeRuns(runs) });
  for (const list of nested) addBlock(list, blocks, depth + 1);
}

function inlineRuns(tokens: Token[], style: Style): TextRun[] {
  const runs: TextRun[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'strong':
        runs.push(...inlineRuns((token as Tokens.Strong).tokens, { ...style, bold: true }));
        break;
      case 'em':
        runs.push(...inlineRuns((token as Tokens.Em).tokens, { ...style, italic: true }));
        break;
      case 'br':
        runs.push({ text: '\n', ...style });
        break;
      case 'text':
      case 'link':
      case 'del': {
        const inner = token as Tokens.Text | Tokens.Link | Tokens.Del;
        if (inner.tokens && inner.tokens.length > 0) runs.push(...inlineRuns(inner.tokens, style));
        else runs.push({ text: softBreaksAsSpaces(inner.text), ...style });
        break;
      }
      case 'codespan':
      case 'escape':
        runs.push({ text: (token as Tokens.Codespan | Tokens.Escape).text, ...style });
        break;
      default:
        // Inline HTML and anything else: its raw text, uninterpreted.
        runs.push({ text: softBreaksAsSpaces(token.raw), ...style });
    }
  }
  return mergeRuns(runs);
}

/** The lexer keeps HTML entities of escaped characters; the documents want the characters. */
function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function softBreaksAsSpaces(text: string): string {
  return decodeEntities(text.replace(/\s*\n\s*/g, ' '));
}

function plainRun(text: string): TextRun {
  return { text: softBreaksAsSpaces(text), ...PLAIN };
}

/** Neighbouring runs of one style become one, so renderers break lines over whole phrases. */
function mergeRuns(runs: TextRun[]): TextRun[] {
  const merged: TextRun[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && last.bold === run.bold && last.italic === run.italic) last.text += run.text;
    else if (run.text !== '') merged.push({ ...run });
  }
  return merged;
}
