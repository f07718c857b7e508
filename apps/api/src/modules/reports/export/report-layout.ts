import { ACTIVITY_STATUS, formatNumber, FULFILMENT_STATUS, STATUS_APPEARANCE } from '@lagesbild/types';
import type {
  IndicatorUnit,
  ReportChart,
  ReportContent,
  ReportGoalRow,
  ReportIndicatorTable,
  ReportSectionContent,
  ValueStatus,
} from '../../../generated/resolver-types';
import { markdownBlocks } from './markdown-blocks';
import type { MarkdownBlock } from './markdown-blocks';
import {
  ACTIVITY_STATUS_WORDS,
  ASSIGNMENT_SOURCE_WORDS,
  ASSIGNMENT_STATUS_WORDS,
  CHAPTER_TITLES,
  COLUMN_HEADINGS,
  DIMENSION_WORDS,
  DOCUMENT_WORDS,
  FULFILMENT_WORDS,
  MONTH_NAMES,
  PERIODICITY_NAMES,
  PROJECT_STATE_WORDS,
  RAG_WORDS,
  TARGET_HEADINGS,
  UNIT_LABELS,
  VALUE_STATUS_WORDS,
  reportTitle,
} from './report-labels';

/**
 * What a report looks like on paper, described once for the PDF and the Word renderer: the
 * numbered headings of source 000, the tables with their Swedish column headings and
 * formatted cells, the analysis texts as blocks and the charts. The renderers only place
 * what this describes.
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

export interface ReportLayout {
  orgUnitName: string;
  /** "Månadsrapport maj 2023". */
  title: string;
  /** "Sammanställd 2023-06-12" or "Fastställd 2023-06-15". */
  dateLine: string;
  /** "Nämnden för Intraservice, Månadsrapport maj 2023", before the page number. */
  footerText: string;
  headings: LayoutHeading[];
  blocks: LayoutBlock[];
}

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

/** A figure in a table cell: Swedish format, the unit after it where one is shown; empty when missing. */
export function figure(value: number | null | undefined, unit: IndicatorUnit, withUnit = true): string {
  if (value == null) return '';
  const number = formatNumber(value, unit);
  const label = UNIT_LABELS[unit];
  return withUnit && label ? `${number}\u00a0${label}` : number;
}

/** The date of an ISO date-time in Sweden, "2023-06-12". */
export function swedishDate(isoDateTime: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime.slice(0, 10);
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

export function reportLayout(content: ReportContent): ReportLayout {
  const title = reportTitle(content.type, content.period);
  const builder = new LayoutBuilder();
  const sections = content.sections;
  const ofKind = (kind: ReportSectionContent['kind']) => sections.filter((section) => section.kind === kind);

  for (const summary of ofKind('SUMMARY')) {
    builder.chapter(summary.title);
    // Source 000 §1 opens with the goals per area, then the summary text.
    if (summary.goalSummary.length > 0)
      builder.table(goalTable(summary.goalSummary, true, 'Måluppfyllelse per område'));
    builder.markdown(summary.analysisText);
    builder.charts(summary.charts);
  }

  // Source 000 §2.4: the economy's financial table and result per business area stand in the
  // perspective Ekonomi; without such a perspective they get a section of their own in chapter 2.
  const perspectives = ofKind('PERSPECTIVE');
  const economies = ofKind('ECONOMY');
  const economyHome = perspectives.find((section) => isEconomyPerspective(section));
  if (perspectives.length > 0 || economies.length > 0) {
    builder.chapter(CHAPTER_TITLES.goalsAndIndicators);
    for (const perspective of perspectives) {
      builder.section(perspective.perspectiveName ?? perspective.title);
      perspectiveBlocks(builder, perspective, content);
      if (perspective === economyHome) for (const economy of economies) economyBlocks(builder, economy, content);
    }
    if (!economyHome) {
      for (const economy of economies) {
        builder.section(economy.title || CHAPTER_TITLES.economy);
        economyBlocks(builder, economy, content);
      }
    }
  }

  for (const activities of ofKind('ACTIVITIES')) {
    builder.chapter(activities.title);
    builder.markdown(activities.analysisText);
    // Grouped per perspective as in source 000 §3.1–3.5, in the order of the perspective sections.
    const order = perspectives.map((section) => section.perspectiveName ?? section.title);
    const groups = groupBy(activities.activities, (row) => row.perspectiveName, order);
    for (const [perspectiveName, rows] of groups) {
      builder.section(perspectiveName);
      builder.table({
        caption: `${activities.title}, ${perspectiveName}`,
        showCaption: false,
        columns: [
          { heading: COLUMN_HEADINGS.status, align: 'left', width: 1.3 },
          { heading: COLUMN_HEADINGS.activity, align: 'left', width: 2.4 },
          { heading: COLUMN_HEADINGS.endDate, align: 'left', width: 1.1 },
          { heading: COLUMN_HEADINGS.comment, align: 'left', width: 4.2 },
        ],
        rows: rows.map((row) => ({
          cells: [
            { text: ACTIVITY_STATUS_WORDS[row.status], status: ACTIVITY_STATUS[row.status] },
            { text: row.title },
            { text: row.endDate ?? '' },
            { text: row.comment ?? '' },
          ],
        })),
      });
    }
    builder.charts(activities.charts);
  }

  for (const assignments of ofKind('ASSIGNMENTS')) {
    builder.chapter(assignments.title);
    builder.markdown(assignments.analysisText);
    const hasComments = assignments.assignments.some((row) => row.comment);
    builder.table({
      caption: assignments.title,
      showCaption: false,
      columns: [
        { heading: COLUMN_HEADINGS.status, align: 'left', width: 1.4 },
        { heading: COLUMN_HEADINGS.assignment, align: 'left', width: hasComments ? 3.4 : 5 },
        { heading: COLUMN_HEADINGS.assignmentSource, align: 'left', width: 1.6 },
        { heading: COLUMN_HEADINGS.endDate, align: 'left', width: 1.1 },
        ...(hasComments ? [{ heading: COLUMN_HEADINGS.comment, align: 'left' as const, width: 2.4 }] : []),
      ],
      rows: assignments.assignments.map((row) => {
        const word = ASSIGNMENT_STATUS_WORDS[row.status];
        const status: ValueStatus = row.isOverdue ? 'RED' : row.status === 'NOT_STARTED' ? 'NOT_ASSESSED' : 'GREEN';
        return {
          cells: [
            { text: row.isOverdue ? `${word}, ${DOCUMENT_WORDS.overdue}` : word, status },
            { text: row.title },
            { text: [ASSIGNMENT_SOURCE_WORDS[row.source], row.caseNumber].filter(Boolean).join('\n') },
            { text: row.dueDate ?? '' },
            ...(hasComments ? [{ text: row.comment ?? '' }] : []),
          ],
        };
      }),
    });
    builder.charts(assignments.charts);
  }

  for (const portfolio of ofKind('PORTFOLIO')) {
    builder.chapter(portfolio.title);
    builder.section(CHAPTER_TITLES.portfolioStatus);
    builder.markdown(portfolio.analysisText);
    for (const row of portfolio.portfolios) {
      builder.label(row.name);
      if (row.narrative) builder.markdown(row.narrative);
      if (row.changes) builder.markdown(`**${DOCUMENT_WORDS.portfolioChanges}:** ${row.changes}`);
    }
    builder.section(DOCUMENT_WORDS.deviatingProjects);
    if (portfolio.deviatingProjects.length === 0) builder.markdown(DOCUMENT_WORDS.noDeviatingProjects);
    for (const project of portfolio.deviatingProjects) {
      builder.label(project.name);
      const colours = (['TIME', 'COST', 'RESULT'] as const)
        .map((dimension) => {
          const status = project[dimension.toLowerCase() as 'time' | 'cost' | 'result'];
          return `${DIMENSION_WORDS[dimension]} ${RAG_WORDS[status].toLowerCase()}`;
        })
        .join(', ');
      builder.markdown(
        `${project.portfolioName} · ${PROJECT_STATE_WORDS[project.state]} · ` +
          `${DOCUMENT_WORDS.reportDate} ${project.reportDate} · ${colours}`,
      );
      builder.table({
        caption: project.name,
        showCaption: false,
        columns: [
          { heading: COLUMN_HEADINGS.dimension, align: 'left', width: 1.2 },
          { heading: COLUMN_HEADINGS.status, align: 'left', width: 1 },
          { heading: DOCUMENT_WORDS.cause, align: 'left', width: 3.4 },
          { heading: DOCUMENT_WORDS.action, align: 'left', width: 3.4 },
        ],
        rows: project.deviations.map((deviation) => ({
          cells: [
            { text: DIMENSION_WORDS[deviation.dimension] },
            { text: RAG_WORDS[deviation.status], status: deviation.status },
            { text: deviation.cause },
            { text: deviation.action },
          ],
        })),
      });
    }
    builder.charts(portfolio.charts);
  }

  for (const risks of ofKind('RISKS')) {
    builder.chapter(risks.title);
    builder.markdown(risks.analysisText);
    if (risks.risks.length > 0) {
      builder.table({
        caption: risks.title,
        showCaption: false,
        columns: [
          { heading: COLUMN_HEADINGS.risk, align: 'left', width: 2.6 },
          { heading: COLUMN_HEADINGS.category, align: 'left', width: 1.4 },
          { heading: COLUMN_HEADINGS.probability, align: 'right', width: 1.1 },
          { heading: COLUMN_HEADINGS.consequence, align: 'right', width: 1.1 },
          { heading: COLUMN_HEADINGS.score, align: 'right', width: 0.9 },
          { heading: COLUMN_HEADINGS.mitigations, align: 'left', width: 3.2 },
        ],
        rows: [...risks.risks]
          .sort((first, second) => second.score - first.score)
          .map((row) => ({
            cells: [
              { text: row.title },
              { text: row.categoryName },
              { text: String(row.probability) },
              { text: String(row.consequence) },
              { text: String(row.score) },
              { text: row.mitigations.map((mitigation) => `– ${mitigation}`).join('\n') },
            ],
          })),
      });
    }
    builder.charts(risks.charts);
  }

  return {
    orgUnitName: content.orgUnitName,
    title,
    dateLine: `${content.isFrozen ? DOCUMENT_WORDS.frozen : DOCUMENT_WORDS.compiled} ${swedishDate(content.compiledAt)}`,
    footerText: `${content.orgUnitName}, ${title}`,
    headings: builder.headings,
    blocks: builder.blocks,
  };
}

function isEconomyPerspective(section: ReportSectionContent): boolean {
  const name = (section.perspectiveName ?? section.title).trim().toLowerCase();
  return name === CHAPTER_TITLES.economy.toLowerCase();
}

function perspectiveBlocks(builder: LayoutBuilder, section: ReportSectionContent, content: ReportContent): void {
  builder.markdown(section.analysisText);
  if (section.goals.length > 0) builder.table(goalTable(section.goals, false, `Mål, ${section.title}`));
  for (const table of section.indicatorTables) builder.table(indicatorTable(table, content.period.year));
  builder.charts(section.charts);
}

/** As source 000 §2.4: the financial table, the text on the result, the result per business area. */
function economyBlocks(builder: LayoutBuilder, section: ReportSectionContent, content: ReportContent): void {
  const { year, month } = content.period;
  const monthName = MONTH_NAMES[month - 1];
  if (section.financialLines.length > 0) {
    builder.table({
      caption: `${DOCUMENT_WORDS.financialTable} ${monthName} ${year}, tkr`,
      showCaption: true,
      columns: [
        {
          heading: `${COLUMN_HEADINGS.indicator} (${PERIODICITY_NAMES.MONTH.toLowerCase()})`,
          align: 'left',
          width: 2.6,
        },
        { heading: `${COLUMN_HEADINGS.previousYearToDate} ${year - 1}`, align: 'right', width: 1.2 },
        { heading: `${COLUMN_HEADINGS.outcomeToDate} ${year}`, align: 'right', width: 1.2 },
        { heading: `${COLUMN_HEADINGS.budgetToDate} ${year}`, align: 'right', width: 1.2 },
        { heading: `${COLUMN_HEADINGS.fullYearForecastOfYear} ${year}`, align: 'right', width: 1.2 },
        { heading: `${COLUMN_HEADINGS.fullYearBudget} ${year}`, align: 'right', width: 1.2 },
      ],
      rows: section.financialLines.map((line) => ({
        cells: [
          { text: line.name },
          { text: figure(line.previousYearToDate, line.unit, line.unit !== 'TKR') },
          { text: figure(line.outcomeToDate, line.unit, line.unit !== 'TKR') },
          { text: figure(line.budgetToDate, line.unit, line.unit !== 'TKR') },
          { text: figure(line.fullYearForecast, line.unit, line.unit !== 'TKR') },
          { text: figure(line.fullYearBudget, line.unit, line.unit !== 'TKR') },
        ],
      })),
    });
  }
  builder.markdown(section.analysisText);
  if (section.businessAreaResults.length > 0) {
    builder.table({
      caption: `${DOCUMENT_WORDS.businessAreaResults} ${monthName} ${year}, tkr`,
      showCaption: true,
      columns: [
        { heading: COLUMN_HEADINGS.businessAreaResult, align: 'left', width: 3.4 },
        { heading: `${COLUMN_HEADINGS.resultToDate} ${monthName} ${year}`, align: 'right', width: 1.6 },
        { heading: `${COLUMN_HEADINGS.businessAreaForecast} ${year}`, align: 'right', width: 1.6 },
      ],
      rows: section.businessAreaResults.map((row) => ({
        isTotal: row.isTotal,
        cells: [
          { text: row.name, indent: Math.max(0, row.depth - 1) },
          { text: figure(row.resultToDate, 'TKR', false) },
          { text: figure(row.fullYearForecast, 'TKR', false) },
        ],
      })),
    });
  }
  builder.charts(section.charts);
}

/** Goals with their council goal and assessed fulfilment; a repeated council goal or area is written once. */
function goalTable(rows: ReportGoalRow[], withArea: boolean, caption: string): LayoutTable {
  const hasComments = rows.some((row) => row.comment);
  let previousArea: string | null = null;
  let previousCouncilGoal: string | null = null;
  return {
    caption,
    showCaption: false,
    columns: [
      ...(withArea ? [{ heading: COLUMN_HEADINGS.area, align: 'left' as const, width: 1.4 }] : []),
      { heading: COLUMN_HEADINGS.councilGoal, align: 'left', width: 3 },
      { heading: COLUMN_HEADINGS.committeeGoal, align: 'left', width: 3 },
      { heading: COLUMN_HEADINGS.fulfilment, align: 'left', width: 1.6 },
      ...(hasComments ? [{ heading: COLUMN_HEADINGS.comment, align: 'left' as const, width: 2.4 }] : []),
    ],
    rows: rows.map((row) => {
      const area = row.perspectiveName === previousArea ? '' : row.perspectiveName;
      if (area) previousCouncilGoal = null;
      previousArea = row.perspectiveName;
      const councilGoal = row.councilGoalTitle ?? row.title;
      const councilCell = councilGoal === previousCouncilGoal ? '' : councilGoal;
      previousCouncilGoal = councilGoal;
      return {
        cells: [
          ...(withArea ? [{ text: area }] : []),
          { text: councilCell },
          { text: row.councilGoalTitle ? row.title : '' },
          { text: FULFILMENT_WORDS[row.fulfilment], status: FULFILMENT_STATUS[row.fulfilment] },
          ...(hasComments ? [{ text: row.comment ?? '' }] : []),
        ],
      };
    }),
  };
}

/** "T2 2023" whether or not the compiler wrote "Utfall T2 2023". */
function bareLabel(label: string): string {
  return label.replace(/^utfall\s+/i, '');
}

/** Source 000's indicator table for one periodicity: Utfall T2 2022, Utfall T2 2023, Mål T2 2023, … */
export function indicatorTable(table: ReportIndicatorTable, year: number): LayoutTable {
  const period = bareLabel(table.periodLabel);
  const previous = bareLabel(table.previousPeriodLabel);
  const targets = TARGET_HEADINGS[table.periodicity];
  const numberColumn = (heading: string) => ({ heading, align: 'right' as const, width: 1.15 });
  return {
    caption: `${COLUMN_HEADINGS.indicator} (${PERIODICITY_NAMES[table.periodicity]})`,
    showCaption: false,
    columns: [
      { heading: `${COLUMN_HEADINGS.indicator} (${PERIODICITY_NAMES[table.periodicity]})`, align: 'left', width: 2.3 },
      numberColumn(`Utfall ${previous}`),
      numberColumn(`Utfall ${period}`),
      numberColumn(`${targets.periodTarget} ${period}`),
      numberColumn(COLUMN_HEADINGS.forecast),
      numberColumn(`${targets.annualTarget} ${year}`),
      ...(table.hasRolling12 ? [numberColumn(`R12 Utfall ${period}`)] : []),
      { heading: COLUMN_HEADINGS.status, align: 'left', width: 1.05 },
    ],
    rows: table.rows.map((row) => ({
      cells: [
        { text: row.name },
        { text: figure(row.previousYearOutcome, row.unit) },
        { text: figure(row.outcome, row.unit) },
        { text: figure(row.periodTarget, row.unit) },
        { text: figure(row.fullYearForecast, row.unit) },
        { text: figure(row.annualTarget, row.unit) },
        ...(table.hasRolling12 ? [{ text: figure(row.rolling12, row.unit) }] : []),
        { text: VALUE_STATUS_WORDS[row.status], status: row.status },
      ],
    })),
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
  return `${chart.kind === 'BAR' ? 'Stapeldiagram' : 'Linjediagram'}, ${chart.title}. ${series.join('. ')}.`;
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

function groupBy<Row>(rows: Row[], keyOf: (row: Row) => string, order: string[]): [string, Row[]][] {
  const groups = new Map<string, Row[]>(order.map((key) => [key, []]));
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups].filter(([, group]) => group.length > 0);
}

class LayoutBuilder {
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
