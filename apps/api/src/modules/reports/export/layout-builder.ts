import { formatNumber } from '@lagesbild/types';
import type { IndicatorUnit, ReportChart, ValueStatus } from '../../../generated/resolver-types';
import { DOCUMENT_WORDS, UNIT_LABELS } from '../report-labels';
import { markdownBlocks } from './markdown-blocks';
import type { MarkdownBlock } from './markdown-blocks';

/**
 * The pieces a report's paper layout is made of, and the builder that numbers its chapters
 * and sections as source 000 does. Each section kind lays itself out with these
 * (../sections/<kind>.ts); the renderers only place them.
 */

export interface LayoutCell {
  text: string;
  /** Shown as the status's symbol in its colour before the text (the word carries it too). */
  status?: ValueStatus;
  /** Levels of indentation, for rows below a business area. */
  indent?: number;
}

export interface LayoutColumn {
  heading: string;
  align: 'left' | 'right';
  /** Relative width; a table's columns share the page's width in these proportions. */
  width: number;
}

export interface LayoutRow {
  cells: LayoutCell[];
  /** A sum row, set in bold. */
  isTotal?: boolean;
}

export interface LayoutTable {
  /** Said before the table, and the table's name for screen readers. */
  caption: string;
  /** Whether the caption is printed above the table (it names a unit, e.g. tkr); always the table's description in Word. */
  showCaption: boolean;
  columns: LayoutColumn[];
  rows: LayoutRow[];
}

export interface LayoutHeading {
  /** "2.1"; null for an unnumbered heading. */
  number: string | null;
  title: string;
  /** 1 for a chapter, 2 for a section; both are in the table of contents. */
  level: 1 | 2;
  /** A stable name for links from the table of contents. */
  anchor: string;
}

export type LayoutBlock =
  | { kind: 'heading'; heading: LayoutHeading }
  /** A minor, unnumbered heading: a portfolio's or a project's name. */
  | { kind: 'label'; text: string }
  | { kind: 'markdown'; blocks: MarkdownBlock[] }
  | { kind: 'table'; table: LayoutTable }
  /** A chart, and the same figures as a table for renderers that do not draw it. */
  | { kind: 'chart'; chart: ReportChart; table: LayoutTable };

/** A figure in a table cell: Swedish format, the unit after it where one is shown; empty when missing. */
export function figure(value: number | null | undefined, unit: IndicatorUnit, withUnit = true): string {
  if (value == null) return '';
  const number = formatNumber(value, unit);
  const label = UNIT_LABELS[unit];
  return withUnit && label ? `${number}\u00a0${label}` : number;
}

/** A chart's figures as a table: a row per category, a column per series. */
export function chartTable(chart: ReportChart): LayoutTable {
  return {
    caption: `${DOCUMENT_WORDS.chartAsTable}: ${chart.title}`,
    showCaption: true,
    columns: [
      // The unit heads the category column; the cells are bare figures, as on the chart's axis.
      { heading: UNIT_LABELS[chart.unit], align: 'left', width: 2 },
      ...chart.series.map((series) => ({ heading: series.name, align: 'right' as const, width: 1.3 })),
    ],
    rows: chart.categories.map((category, index) => ({
      cells: [
        { text: category },
        ...chart.series.map((series) => ({ text: figure(series.values[index], chart.unit, false) })),
      ],
    })),
  };
}

export class LayoutBuilder {
  readonly blocks: LayoutBlock[] = [];
  readonly headings: LayoutHeading[] = [];
  private chapterNumber = 0;
  private sectionNumber = 0;

  chapter(title: string): void {
    this.chapterNumber += 1;
    this.sectionNumber = 0;
    this.heading({ number: String(this.chapterNumber), title, level: 1, anchor: `kapitel-${this.chapterNumber}` });
  }

  section(title: string): void {
    this.sectionNumber += 1;
    const number = `${this.chapterNumber}.${this.sectionNumber}`;
    this.heading({ number, title, level: 2, anchor: `avsnitt-${number.replace('.', '-')}` });
  }

  label(text: string): void {
    this.blocks.push({ kind: 'label', text });
  }

  markdown(text: string): void {
    const blocks = markdownBlocks(text);
    if (blocks.length > 0) this.blocks.push({ kind: 'markdown', blocks });
  }

  /** A table without rows is said in words rather than drawn as a bare header. */
  table(table: LayoutTable): void {
    if (table.rows.length === 0) this.markdown(`${table.caption}: ${DOCUMENT_WORDS.noRows.toLowerCase()}`);
    else this.blocks.push({ kind: 'table', table });
  }

  charts(charts: ReportChart[]): void {
    for (const chart of charts) this.blocks.push({ kind: 'chart', chart, table: chartTable(chart) });
  }

  private heading(heading: LayoutHeading): void {
    this.headings.push(heading);
    this.blocks.push({ kind: 'heading', heading });
  }
}
