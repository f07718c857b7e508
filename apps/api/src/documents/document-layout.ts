import { formatNumber } from '@lagesbild/types';
import type { IndicatorUnit, ReportChart, ValueStatus } from '../generated/resolver-types';
import { LAYOUT_WORDS, UNIT_LABELS } from './document-words';
import { markdownBlocks } from './markdown-blocks';
import type { MarkdownBlock } from './markdown-blocks';

/**
 * The pieces a document's paper layout is made of, and the builder that numbers its chapters
 * and sections as source 000 does. A report's section kinds lay themselves out with these
 * (modules/reports/sections/<kind>.ts), as the operational plan does (modules/planning/
 * plan-document.ts); the PDF and Word renderers of the reports module only place them. It
 * sits outside the modules because both modules build it and planning may not depend on
 * reports (reports reads goals, which read planning).
 */

/** A document to send: its layout and the words its file is named after. */
export interface ExportedDocument {
  layout: DocumentLayout;
  /** ["Månadsrapport", "2023-05", "Nämnden för Intraservice"]: joined with hyphens, the format appended. */
  fileNameWords: string[];
}

/** A whole document: its title page, footer, contents and blocks. */
export interface DocumentLayout {
  orgUnitName: string;
  /** "Månadsrapport maj 2023", "Verksamhetsplan 2023". */
  title: string;
  /** "Sammanställd 2023-06-12", "Fastställd 2023-06-15", "Antagen 2022-12-13, dnr …". */
  dateLine: string;
  /** "Nämnden för Intraservice, Månadsrapport maj 2023", before the page number. */
  footerText: string;
  headings: LayoutHeading[];
  blocks: LayoutBlock[];
}

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
  /**
   * Printed in small type under the table: what the marks after its figures mean (a value
   * generated for the demo, a sum of the units below), so no such figure passes for a reported one.
   */
  notes?: string[];
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
    caption: `${LAYOUT_WORDS.chartAsTable}: ${chart.title}`,
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

/** Categories of a chart to mark, with the mark's symbol and what it means. */
export interface ChartMarks {
  categories: readonly string[];
  symbol: string;
  note: string;
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
    if (table.rows.length === 0) this.markdown(`${table.caption}: ${LAYOUT_WORDS.noRows.toLowerCase()}`);
    else this.blocks.push({ kind: 'table', table });
  }

  /**
   * The charts, each with its figures as a table. Marked categories carry the symbol after
   * their name, in the drawing and in the table, and the table a note saying what it means.
   */
  charts(charts: ReportChart[], marksOf?: (chart: ReportChart) => ChartMarks): void {
    for (const chart of charts) {
      const marks = marksOf?.(chart);
      if (!marks || marks.categories.length === 0) {
        this.blocks.push({ kind: 'chart', chart, table: chartTable(chart) });
        continue;
      }
      const shown = {
        ...chart,
        categories: chart.categories.map((category) =>
          marks.categories.includes(category) ? `${category}\u00a0${marks.symbol}` : category,
        ),
      };
      this.blocks.push({
        kind: 'chart',
        chart: shown,
        table: { ...chartTable(shown), notes: [`${marks.symbol} ${marks.note}`] },
      });
    }
  }

  private heading(heading: LayoutHeading): void {
    this.headings.push(heading);
    this.blocks.push({ kind: 'heading', heading });
  }
}
