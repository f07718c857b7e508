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
