import type { IndicatorValueModel, Periodicity } from '@lagesbild/db';
import { tertialOfMonth, valueStatus } from '@lagesbild/types';
import type { ReportChart, ReportIndicatorRow, ReportIndicatorTable, YearMonth } from '@lagesbild/types';
import { buildSeries } from '../../indicators';
import type { IndicatorWithHistory } from '../../indicators';
import type { LayoutTable } from '../../../documents';
import { figure } from '../../../documents';
import {
  CHAPTER_TITLES,
  COLUMN_HEADINGS,
  CONTENT_WORDS,
  DOCUMENT_WORDS,
  PERIODICITY_NAMES,
  STATUS_SET_BY_HAND,
  TARGET_HEADINGS,
  UNIT_WORDS,
  VALUE_STATUS_WORDS,
  periodLabel,
} from '../report-labels';
import { economyBlocks } from './economy';
import { goalTable } from './goals';
import { FigureNotes, generatedChartMarks } from '../figure-marks';
import type { CompileSources, ReportScope, SectionKind } from './section-kind';

/** Source 000 gives the year's indicators first, then the tertial's, then the month's. */
const PERIODICITY_ORDER: Periodicity[] = ['YEAR', 'TERTIAL', 'MONTH'];

const periodNumberOf = (periodicity: Periodicity, month: number) =>
  periodicity === 'YEAR' ? 1 : periodicity === 'TERTIAL' ? tertialOfMonth(month) : month;

/**
 * Source 000 chapter 2: one section per perspective with its goals, its indicators in one
 * table per periodicity and a chart of the monthly ones; the economy's tables stand in the
 * perspective Ekonomi (§2.4).
 */
export const perspectiveSection: SectionKind = {
  async compile(scope) {
    const [goalRows, tables, perspectives] = await Promise.all([
      scope.goalRows(),
      compileIndicatorTables(scope.sources, scope.goals, scope.period),
      loadPerspectives(scope),
    ]);
    return (stored) => {
      const perspective = perspectives.get(stored.perspectiveId!)!;
      const indicatorTables = tables.get(perspective.id) ?? [];
      return {
        perspectiveName: perspective.name,
        goals: goalRows.filter((goal) => goal.perspectiveId === perspective.id).map(({ row }) => row),
        indicatorTables,
        charts: monthlyCharts(perspective.name, indicatorTables),
      };
    };
  },
  layout(builder, perspectives, document) {
    const economies = document.sectionsOf('ECONOMY');
    const economyHome = perspectives.find((section) => isEconomyPerspective(section));
    if (perspectives.length === 0 && economies.length === 0) return;
    builder.chapter(CHAPTER_TITLES.goalsAndIndicators);
    for (const perspective of perspectives) {
      builder.section(perspective.perspectiveName ?? perspective.title);
      builder.markdown(perspective.analysisText);
      if (perspective.goals.length > 0)
        builder.table(goalTable(perspective.goals, false, `${DOCUMENT_WORDS.goals}, ${perspective.title}`));
      for (const table of perspective.indicatorTables)
        builder.table(indicatorTable(table, document.content.period.year));
      builder.charts(perspective.charts, generatedChartMarks);
      if (perspective === economyHome)
        for (const economy of economies) economyBlocks(builder, economy, document.content.period);
    }
    // Without a perspective Ekonomi, the economy gets a section of its own in chapter 2.
    if (!economyHome) {
      for (const economy of economies) {
        builder.section(economy.title || CHAPTER_TITLES.economy);
        economyBlocks(builder, economy, document.content.period);
      }
    }
  },
};

/** The sections' perspectives, named as in the report's year. */
async function loadPerspectives({ sources, storedSections, period }: ReportScope) {
  const perspectives = await sources.loaders.perspectiveInYear.loadMany(
    storedSections.flatMap((section) =>
      section.perspectiveId === null ? [] : [{ id: section.perspectiveId, year: period.year }],
    ),
  );
  return new Map(
    perspectives.flatMap((perspective) =>
      perspective && !(perspective instanceof Error) ? [[perspective.id, perspective] as const] : [],
    ),
  );
}

function isEconomyPerspective(section: { perspectiveName?: string | null; title: string }): boolean {
  const name = (section.perspectiveName ?? section.title).trim().toLowerCase();
  return name === CHAPTER_TITLES.economy.toLowerCase();
}

/**
 * Per perspective, the performance indicators of its goals in one table per periodicity:
 * the period of the report (the tertial in progress for a tertial indicator, as the May
 * report shows T2) and the same period a year earlier, made from months where need be.
 */
async function compileIndicatorTables(
  { loaders }: CompileSources,
  goals: ReportScope['goals'],
  period: YearMonth,
): Promise<Map<number, ReportIndicatorTable[]>> {
  const indicatorsOfGoals = await loaders.goalIndicators.loadMany(goals.map((goal) => goal.id));
  const byPerspective = new Map<number, IndicatorWithHistory[]>();
  goals.forEach((goal, index) => {
    const linked = indicatorsOfGoals[index];
    if (!linked || linked instanceof Error) return;
    const list = byPerspective.get(goal.perspectiveId) ?? [];
    for (const indicator of linked) {
      if (indicator.kind === 'PERFORMANCE' && !list.some((listed) => listed.id === indicator.id)) list.push(indicator);
    }
    byPerspective.set(goal.perspectiveId, list);
  });

  // Every perspective's values are asked for before any is awaited, so the loader reads them in one batch.
  const tablesOfPerspectives = await Promise.all(
    [...byPerspective].map(async ([perspectiveId, indicators]) => {
      const rows = await Promise.all(
        indicators
          .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'sv'))
          .map(async (indicator) => {
            const values = await loaders.seriesValues.load({
              indicatorId: indicator.id,
              fromYear: period.year - 1,
              toYear: period.year,
            });
            const periodNumber = periodNumberOf(indicator.periodicity, period.month);
            const point = buildSeries(indicator, values, indicator.periodicity, period.year, period.year).find(
              (candidate) => candidate.periodNumber === periodNumber,
            );
            const figures = point?.figures ?? null;
            const row: ReportIndicatorRow = {
              indicatorId: String(indicator.id),
              name: indicator.name,
              unit: indicator.unit,
              previousYearOutcome: point?.previousYear?.outcome ?? null,
              outcome: figures?.outcome ?? null,
              periodTarget: figures?.periodTarget ?? null,
              fullYearForecast: figures?.fullYearForecast ?? null,
              annualTarget: figures?.annualTarget ?? null,
              // As reported only: a report copies figures, while the series makes R12 from the months.
              rolling12: indicator.periodicity === 'MONTH' ? storedRolling12(values, period) : null,
              status: point?.figures
                ? valueStatus(indicator, {
                    ...point.figures,
                    granularity: point.granularity,
                    year: point.year,
                    periodNumber: point.periodNumber,
                  })
                : 'NOT_ASSESSED',
              statusSetByHand: figures?.statusOverride != null,
              isGenerated: figures?.isSynthetic ?? false,
              previousYearIsGenerated: point?.previousYear?.isSynthetic ?? false,
            };
            return { periodicity: indicator.periodicity, row };
          }),
      );
      return [
        perspectiveId,
        PERIODICITY_ORDER.flatMap((periodicity) => {
          const ofPeriodicity = rows.filter((row) => row.periodicity === periodicity).map(({ row }) => row);
          if (ofPeriodicity.length === 0) return [];
          return [
            {
              periodicity,
              periodLabel: periodLabel(periodicity, period),
              previousPeriodLabel: periodLabel(periodicity, { ...period, year: period.year - 1 }),
              hasRolling12: ofPeriodicity.some((row) => row.rolling12 != null),
              rows: ofPeriodicity,
            },
          ];
        }),
      ] as const;
    }),
  );
  return new Map<number, ReportIndicatorTable[]>(tablesOfPerspectives);
}

/** The month's rolling-12 figure as the source reported it, null when it gave none. */
function storedRolling12(values: readonly IndicatorValueModel[], period: YearMonth): number | null {
  const month = values.find(
    (value) => value.granularity === 'MONTH' && value.year === period.year && value.periodNumber === period.month,
  );
  return month?.rolling12 ?? null;
}

/** Per unit of measure, the monthly indicators' outcome this year and last against the target: figures of the table. */
function monthlyCharts(perspectiveName: string, tables: readonly ReportIndicatorTable[]): ReportChart[] {
  const monthly = tables.find((table) => table.periodicity === 'MONTH');
  if (!monthly) return [];
  const units = [...new Set(monthly.rows.map((row) => row.unit))];
  const period = monthly.periodLabel.toLowerCase();
  return units.map((unit) => {
    const rows = monthly.rows.filter((row) => row.unit === unit);
    return {
      title: `${perspectiveName}: ${CONTENT_WORDS.monthlyIndicators} ${period}, ${CONTENT_WORDS.outcomeAndTarget} (${UNIT_WORDS[unit]})`,
      kind: 'BAR',
      unit,
      categories: rows.map((row) => row.name),
      series: [
        {
          name: `${CONTENT_WORDS.outcome} ${monthly.previousPeriodLabel.toLowerCase()}`,
          values: rows.map((row) => row.previousYearOutcome ?? null),
        },
        { name: `${CONTENT_WORDS.outcome} ${period}`, values: rows.map((row) => row.outcome ?? null) },
        { name: `${CONTENT_WORDS.target} ${period}`, values: rows.map((row) => row.periodTarget ?? null) },
      ],
      // The chart shows the year before, the outcome and the target: generated when either period is.
      generatedCategories: rows.filter((row) => row.isGenerated || row.previousYearIsGenerated).map((row) => row.name),
    };
  });
}

/** "T2 2023" whether or not the compiler wrote "Utfall T2 2023". */
function bareLabel(label: string): string {
  return label.replace(/^utfall\s+/i, '');
}

/** Source 000's indicator table for one periodicity: Utfall T2 2022, Utfall T2 2023, Mål T2 2023, … */
function indicatorTable(table: ReportIndicatorTable, year: number): LayoutTable {
  const period = bareLabel(table.periodLabel);
  const previous = bareLabel(table.previousPeriodLabel);
  const targets = TARGET_HEADINGS[table.periodicity];
  const numberColumn = (heading: string) => ({ heading, align: 'right' as const, width: 1.15 });
  const notes = new FigureNotes();
  // Every figure of a generated value is the demo data's (synthetic-values.ts); an empty cell stays unmarked.
  const generated = (text: string, isGenerated: boolean) => notes.mark(text, isGenerated && 'GENERATED');
  const layout: LayoutTable = {
    caption: `${COLUMN_HEADINGS.indicator} (${PERIODICITY_NAMES[table.periodicity]})`,
    showCaption: false,
    columns: [
      { heading: `${COLUMN_HEADINGS.indicator} (${PERIODICITY_NAMES[table.periodicity]})`, align: 'left', width: 2.3 },
      numberColumn(`${CONTENT_WORDS.outcome} ${previous}`),
      numberColumn(`${CONTENT_WORDS.outcome} ${period}`),
      numberColumn(`${targets.periodTarget} ${period}`),
      numberColumn(COLUMN_HEADINGS.forecast),
      numberColumn(`${targets.annualTarget} ${year}`),
      ...(table.hasRolling12 ? [numberColumn(`R12 ${CONTENT_WORDS.outcome} ${period}`)] : []),
      { heading: COLUMN_HEADINGS.status, align: 'left', width: 1.05 },
    ],
    rows: table.rows.map((row) => ({
      cells: [
        { text: row.name },
        { text: generated(figure(row.previousYearOutcome, row.unit), row.previousYearIsGenerated) },
        { text: generated(figure(row.outcome, row.unit), row.isGenerated) },
        { text: generated(figure(row.periodTarget, row.unit), row.isGenerated) },
        { text: generated(figure(row.fullYearForecast, row.unit), row.isGenerated) },
        { text: generated(figure(row.annualTarget, row.unit), row.isGenerated) },
        ...(table.hasRolling12 ? [{ text: generated(figure(row.rolling12, row.unit), row.isGenerated) }] : []),
        {
          text: `${VALUE_STATUS_WORDS[row.status]}${row.statusSetByHand ? ` (${STATUS_SET_BY_HAND})` : ''}`,
          status: row.status,
        },
      ],
    })),
  };
  return { ...layout, notes: notes.notes() };
}
