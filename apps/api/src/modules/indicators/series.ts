import type { IndicatorModel, IndicatorValueModel, Periodicity } from '@lagesbild/db';
import { formatPeriodKey, periodsPerYear } from '@lagesbild/types';
import type { Period } from '@lagesbild/types';

/** One period of a series, with where its figures come from. */
export interface SeriesPoint extends Period {
  period: string;
  /** The value the figures are taken from; null when the period has none. */
  value: IndicatorValueModel | null;
  /** The same period a year earlier, for comparison. */
  previousYear: IndicatorValueModel | null;
}

const MONTHS_PER_PERIOD: Record<Periodicity, number> = { YEAR: 12, TERTIAL: 4, MONTH: 1 };

/**
 * An indicator's series at a granularity from its stored values. A period takes its own
 * stored value when there is one; otherwise the latest monthly value within it (for
 * cumulative indicators, stored year-to-date, that is the year-to-date at the period's
 * end, as the reports give it; for levels, the latest level).
 */
export function buildSeries(
  values: readonly IndicatorValueModel[],
  granularity: Periodicity,
  fromYear: number,
  toYear: number,
): SeriesPoint[] {
  const byKey = new Map(values.map((value) => [formatPeriodKey(value), value]));
  const valueOf = (period: Period): IndicatorValueModel | null => {
    const own = byKey.get(formatPeriodKey(period));
    if (own) return own;
    if (granularity === 'MONTH') return null;
    const lastMonth = period.periodNumber * MONTHS_PER_PERIOD[granularity];
    for (let month = lastMonth; month > lastMonth - MONTHS_PER_PERIOD[granularity]; month--) {
      const monthly = byKey.get(formatPeriodKey({ granularity: 'MONTH', year: period.year, periodNumber: month }));
      if (monthly && monthly.outcome != null) return monthly;
    }
    return null;
  };
  const points: SeriesPoint[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    for (let periodNumber = 1; periodNumber <= periodsPerYear(granularity); periodNumber++) {
      const period = { granularity, year, periodNumber };
      points.push({
        ...period,
        period: formatPeriodKey(period),
        value: valueOf(period),
        previousYear: valueOf({ ...period, year: year - 1 }),
      });
    }
  }
  return points;
}

/** A point as the GraphQL resolvers get it: with its indicator, for its status and access. */
export type SeriesPointRow = SeriesPoint & { indicator: IndicatorModel };
