import { municipalityDateOf, STATUS_APPEARANCE } from '@lagesbild/types';
import type { ReportChart, ReportContent, ReportSectionKind, ValueStatus } from '../../../generated/resolver-types';
import { DOCUMENT_WORDS, reportTitle } from '../report-labels';
import { SECTION_KINDS } from '../sections';
import { LayoutBuilder, figure } from '../../../documents';
import type { DocumentLayout, LayoutColumn, LayoutTable } from '../../../documents';

export type {
  DocumentLayout,
  LayoutBlock,
  LayoutCell,
  LayoutColumn,
  LayoutHeading,
  LayoutRow,
  LayoutTable,
} from '../../../documents';

/**
 * What a report looks like on paper, described once for the PDF and the Word renderer: the
 * numbered headings of source 000, the tables with their Swedish column headings and
 * formatted cells, the analysis texts as blocks and the charts. The renderers only place
 * what this describes.
 */

export type ReportLayout = DocumentLayout;

/** A symbol whose shape differs per status too, so that neither colour nor shape alone carries it. */
export const STATUS_SYMBOLS: Record<
  ValueStatus,
  { shape: 'circle' | 'triangle' | 'square' | 'ring'; character: string }
> = {
  GREEN: { shape: 'circle', character: '●' },
  YELLOW: { shape: 'triangle', character: '▲' },
  RED: { shape: 'square', character: '■' },
  NOT_ASSESSED: { shape: 'ring', character: '○' },
};

export function statusColour(status: ValueStatus): string {
  return STATUS_APPEARANCE[status].colour;
}

/** Series colours of the charts: distinct from each other and from the status colours. */
export const SERIES_COLOURS = ['#1f5fa8', '#c8641e', '#6a3d9a', '#4d5d6c', '#0f7c8c'] as const;

/** The page number after the footer text: "sida 3(19)", as source 000 numbers its pages. */
export function pageNumberText(page: number, pageCount: number): string {
  return `${DOCUMENT_WORDS.page} ${page}(${pageCount})`;
}

/**
 * Column widths summing to `total` in the table's proportions, but none below its minimum
 * (so that no heading like "Måluppfyllelse" is cut inside a word): a column that would be
 * narrower keeps its minimum and the others share what remains.
 */
export function fitColumnWidths(columns: LayoutColumn[], total: number, minimums: number[]): number[] {
  const fixed = new Set<number>();
  for (let pass = 0; pass <= columns.length; pass += 1) {
    const fixedWidth = [...fixed].reduce((sum, index) => sum + minimums[index]!, 0);
    const share = columns.reduce((sum, column, index) => (fixed.has(index) ? sum : sum + column.width), 0);
    const widths = columns.map((column, index) =>
      fixed.has(index) ? minimums[index]! : (column.width / share) * (total - fixedWidth),
    );
    const tooNarrow = widths.findIndex((width, index) => !fixed.has(index) && width < minimums[index]!);
    if (tooNarrow === -1) return widths;
    fixed.add(tooNarrow);
  }
  return minimums;
}

/** The words a column's minimum width must hold: its heading's, and its cells' up to `longest` characters. */
export function columnWords(
  table: LayoutTable,
  index: number,
  longest: number,
): { heading: string[]; cells: string[] } {
  return {
    // Split at ordinary spaces only: a figure's no-break spaces ("1 650 000") keep it one word.
    heading: table.columns[index]!.heading.split(/[ \t\n]+/),
    cells: table.rows.flatMap((row) =>
      (row.cells[index]?.text ?? '').split(/[ \t\n]+/).filter((word) => word.length <= longest),
    ),
  };
}

/** The date of an ISO date-time in Sweden, "2023-06-12". */
export function swedishDate(isoDateTime: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime.slice(0, 10);
  return municipalityDateOf(date);
}

export function reportLayout(content: ReportContent): ReportLayout {
  const title = reportTitle(content.type, content.period);
  const builder = new LayoutBuilder();
  const sectionsOf = (kind: ReportSectionKind) => content.sections.filter((section) => section.kind === kind);
  for (const [kind, { layout }] of Object.entries(SECTION_KINDS) as [
    ReportSectionKind,
    (typeof SECTION_KINDS)[ReportSectionKind],
  ][])
    layout?.(builder, sectionsOf(kind), { content, sectionsOf });
  return {
    orgUnitName: content.orgUnitName,
    title,
    dateLine: `${content.isFrozen ? DOCUMENT_WORDS.frozen : DOCUMENT_WORDS.compiled} ${swedishDate(content.compiledAt)}`,
    footerText: `${content.orgUnitName}, ${title}`,
    headings: builder.headings,
    blocks: builder.blocks,
  };
}

/** A chart in words, for those who cannot see it: its kind, title and every figure per series. */
export function chartDescription(chart: ReportChart): string {
  const series = chart.series.map((one) => {
    const figures = chart.categories.map(
      (category, index) => `${category} ${figure(one.values[index], chart.unit) || '–'}`,
    );
    return `${one.name}: ${figures.join(', ')}`;
  });
  return `${chart.kind === 'BAR' ? DOCUMENT_WORDS.barChart : DOCUMENT_WORDS.lineChart}, ${chart.title}. ${series.join('. ')}.`;
}
