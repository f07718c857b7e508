/**
 * The paper layout of the documents the API exports (reports, the operational plan): what
 * the PDF and Word renderers place, and the builder that numbers its chapters and sections.
 */
export { LayoutBuilder, chartTable, figure } from './document-layout';
export type {
  ChartMarks,
  DocumentLayout,
  ExportedDocument,
  LayoutBlock,
  LayoutCell,
  LayoutColumn,
  LayoutHeading,
  LayoutRow,
  LayoutTable,
} from './document-layout';
export { LAYOUT_WORDS, UNIT_LABELS } from './document-words';
export { markdownBlocks } from './markdown-blocks';
export type { MarkdownBlock, TextRun } from './markdown-blocks';
