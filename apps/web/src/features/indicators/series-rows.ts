import { yearOfPeriodKey } from '@lagesbild/types';
import type { IndicatorSeries_PointFragment } from '../../generated/graphql';

/** Another unit's outcomes of the same indicator, to draw beside this one's. */
export interface ComparedSeries {
  orgUnit: { code: string; name: string };
  series: readonly { period: string; outcome: number | null }[];
}

/** One period as the chart and its table show it: this unit's figures and the compared units' outcomes. */
export interface SeriesRow extends IndicatorSeries_PointFragment {
  /** Outcome per compared unit code; null where that unit has none for the period. */
  compared: Record<string, number | null>;
}

/** The figures a series has at all; lines and columns with no figure in any period are left out. */
export interface SeriesContent {
  hasForecast: boolean;
  hasRolling12: boolean;
  hasPreviousYear: boolean;
}

/** Joins the compared units' outcomes onto this unit's periods. */
export function toSeriesRows(
  points: readonly IndicatorSeries_PointFragment[],
  compared: readonly ComparedSeries[],
): SeriesRow[] {
  const outcomesOf = compared.map(
    (other) => [other.orgUnit.code, new Map(other.series.map((point) => [point.period, point.outcome]))] as const,
  );
  return points.map((point) => ({
    ...point,
    compared: Object.fromEntries(outcomesOf.map(([code, outcomes]) => [code, outcomes.get(point.period) ?? null])),
  }));
}

export function describeSeriesContent(rows: readonly SeriesRow[]): SeriesContent {
  return {
    hasForecast: rows.some((row) => row.fullYearForecast != null),
    hasRolling12: rows.some((row) => row.rolling12 != null),
    hasPreviousYear: rows.some((row) => row.previousYearOutcome != null),
  };
}

/**
 * The stretches a line is drawn in: one per year for a cumulative indicator, whose
 * year-to-date starts again every January (joined across years, the line would fall as if
 * the volume had collapsed), one for the whole series otherwise. `pick` keeps a row's figure
 * only inside the stretch.
 */
export function lineSegments(
  rows: readonly SeriesRow[],
  cumulative: boolean,
): { key: string; pick: <T>(row: SeriesRow, figure: T) => T | null }[] {
  if (!cumulative) return [{ key: 'all', pick: (_row, figure) => figure }];
  const years = [...new Set(rows.map((row) => yearOfPeriodKey(row.period)))];
  return years.map((year) => ({
    key: String(year),
    pick: (row, figure) => (yearOfPeriodKey(row.period) === year ? figure : null),
  }));
}

/** True when a line has too few figures to be seen as a line: its points are marked instead. */
export function drawsAsMarkers(figures: readonly (number | null | undefined)[]): boolean {
  return figures.filter((figure) => figure != null).length <= 2;
}
