import type { IndicatorModel, IndicatorValueModel, Periodicity } from '@lagesbild/db';
import { formatPeriodKey, periodsPerYear } from '@lagesbild/types';
import type { IndicatorValueFigures, MonthOutcome, Period } from '@lagesbild/types';
import type { IndicatorWithHistory } from './threshold-history';

/** The figures of one period of a series: a stored value, or one made from the period's months. */
export interface SeriesFigures extends IndicatorValueFigures {
  outcome: number | null;
  rolling12: number | null;
  isSynthetic: boolean;
  /** Why the status was set by hand: a stored value's own; figures made from months have none. */
  statusOverrideReason?: string | null;
}

/** One period of a series. */
export interface SeriesPoint extends Period {
  period: string;
  /** Null when the period has no figures. */
  figures: SeriesFigures | null;
  /** The same period a year earlier, for comparison. */
  previousYear: SeriesFigures | null;
}

/** How the months of a longer period are combined, from the indicator's definition. */
export type SeriesRule = Pick<IndicatorModel, 'cumulative' | 'levelAggregation'>;

const MONTHS_PER_PERIOD: Record<Periodicity, number> = { YEAR: 12, TERTIAL: 4, MONTH: 1 };

const average = (numbers: number[]): number | null =>
  numbers.length === 0 ? null : numbers.reduce((sum, number) => sum + number, 0) / numbers.length;

/**
 * A tertial or year made from its months. Cumulative indicators are stored year-to-date, so
 * the latest month is the sum so far; a level is its latest month or the months' average, as
 * the indicator defines. Forecasts and annual targets are for the full year: the latest holds.
 */
function combineMonths(rule: SeriesRule, monthsNewestFirst: IndicatorValueModel[]): SeriesFigures | null {
  const withOutcome = monthsNewestFirst.filter((month) => month.outcome != null);
  const latest = withOutcome[0];
  if (!latest) return null;
  const averaged = !rule.cumulative && rule.levelAggregation === 'AVERAGE';
  return {
    outcome: averaged ? average(withOutcome.map((month) => month.outcome!)) : latest.outcome,
    periodTarget: averaged
      ? average(withOutcome.flatMap((month) => (month.periodTarget == null ? [] : [month.periodTarget])))
      : latest.periodTarget,
    annualTarget: latest.annualTarget,
    fullYearForecast: latest.fullYearForecast,
    rolling12: latest.rolling12,
    isSynthetic: (averaged ? withOutcome : [latest]).some((month) => month.isSynthetic),
  };
}

/**
 * The twelve months up to a month that has no rolling-12 figure of its own, made from the months:
 * for a cumulative indicator this year's year-to-date plus what last year added after the same
 * month (December's year-to-date less the month's); for an averaged level the average of the
 * twelve months. Null for a level taken at its latest (a rate already reported year-to-date
 * cannot be unwound into months), while a month it needs is missing, and when a month it needs
 * was generated but this one was reported: a reported month never shows a figure made from
 * generated ones.
 */
function rolling12Of(
  rule: SeriesRule,
  month: IndicatorValueModel,
  monthOf: (year: number, month: number) => IndicatorValueModel | undefined,
): number | null {
  if (month.outcome == null) return null;
  const { year, periodNumber: monthNumber } = month;
  let needed: (IndicatorValueModel | undefined)[];
  let combine: (outcomes: number[]) => number;
  if (rule.cumulative) {
    if (monthNumber === 12) return month.outcome;
    needed = [month, monthOf(year - 1, 12), monthOf(year - 1, monthNumber)];
    combine = ([yearToDate, lastYear, lastYearToSameMonth]) => yearToDate! + lastYear! - lastYearToSameMonth!;
  } else if (rule.levelAggregation === 'AVERAGE') {
    needed = Array.from({ length: 12 }, (_, back) =>
      monthNumber - back >= 1 ? monthOf(year, monthNumber - back) : monthOf(year - 1, monthNumber - back + 12),
    );
    combine = (outcomes) => average(outcomes)!;
  } else {
    return null;
  }
  const outcomes: number[] = [];
  for (const part of needed) {
    if (part?.outcome == null || (part.isSynthetic && !month.isSynthetic)) return null;
    outcomes.push(part.outcome);
  }
  return combine(outcomes);
}

/**
 * An indicator's series at a granularity from its stored values. A period takes its own
 * stored value when there is one; otherwise it is made from the months within it
 * (see combineMonths). A month without a rolling-12 figure of its own gets one made from the
 * months where the indicator allows (see rolling12Of).
 */
export function buildSeries(
  rule: SeriesRule,
  values: readonly IndicatorValueModel[],
  granularity: Periodicity,
  fromYear: number,
  toYear: number,
): SeriesPoint[] {
  const byKey = new Map(values.map((value) => [formatPeriodKey(value), value]));
  const monthOf = (year: number, month: number) =>
    byKey.get(formatPeriodKey({ granularity: 'MONTH', year, periodNumber: month }));
  const figuresOf = (period: Period): SeriesFigures | null => {
    const own = byKey.get(formatPeriodKey(period));
    if (granularity === 'MONTH') {
      if (!own || own.rolling12 != null) return own ?? null;
      return { ...own, rolling12: rolling12Of(rule, own, monthOf) };
    }
    if (own) return own;
    const lastMonth = period.periodNumber * MONTHS_PER_PERIOD[granularity];
    const monthsNewestFirst: IndicatorValueModel[] = [];
    for (let month = lastMonth; month > lastMonth - MONTHS_PER_PERIOD[granularity]; month--) {
      const monthly = monthOf(period.year, month);
      if (monthly) monthsNewestFirst.push(monthly);
    }
    return combineMonths(rule, monthsNewestFirst);
  };
  const points: SeriesPoint[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    for (let periodNumber = 1; periodNumber <= periodsPerYear(granularity); periodNumber++) {
      const period = { granularity, year, periodNumber };
      points.push({
        ...period,
        period: formatPeriodKey(period),
        figures: figuresOf(period),
        previousYear: figuresOf({ ...period, year: year - 1 }),
      });
    }
  }
  return points;
}

/** A point as the GraphQL resolvers get it: with its indicator, for its status and access. */
export type SeriesPointRow = SeriesPoint & { indicator: IndicatorWithHistory };

/** A year's outcome at its end, and whether it was generated rather than reported. */
export interface YearEndOutcome {
  outcome: number;
  isSynthetic: boolean;
}

/**
 * The outcome a year ended at, or null while the values do not reach its end: the year's own
 * value; else, for cumulative indicators and levels taken at their latest, December's (or the
 * third tertial's) year-to-date; else, for averaged levels, the average of all twelve months
 * (or of the three tertials). A year that stops in May has no year-end outcome, however its
 * series would show the year so far.
 */
export function yearEndOutcome(
  rule: SeriesRule,
  values: readonly IndicatorValueModel[],
  year: number,
): YearEndOutcome | null {
  const ofYear = values.filter((value) => value.year === year && value.outcome != null);
  const own = ofYear.find((value) => value.granularity === 'YEAR');
  if (own) return { outcome: own.outcome!, isSynthetic: own.isSynthetic };
  const at = (granularity: Periodicity) => ofYear.filter((value) => value.granularity === granularity);
  if (!rule.cumulative && rule.levelAggregation === 'AVERAGE') {
    const complete = [at('MONTH'), at('TERTIAL')].find(
      (parts) => parts.length > 0 && parts.length === periodsPerYear(parts[0]!.granularity),
    );
    if (!complete) return null;
    return {
      outcome: average(complete.map((value) => value.outcome!))!,
      isSynthetic: complete.some((value) => value.isSynthetic),
    };
  }
  const end =
    at('MONTH').find((value) => value.periodNumber === 12) ?? at('TERTIAL').find((value) => value.periodNumber === 3);
  return end ? { outcome: end.outcome!, isSynthetic: end.isSynthetic } : null;
}

/**
 * A year's outcomes by the month they run to, for the projection of its end: each month's
 * value, and a tertial's at its last month where that month has no value of its own.
 */
export function outcomesByMonth(values: readonly IndicatorValueModel[], year: number): MonthOutcome[] {
  const byMonth = new Map<number, MonthOutcome>();
  for (const value of values) {
    if (value.year !== year || value.outcome == null || value.granularity === 'YEAR') continue;
    const month = value.periodNumber * MONTHS_PER_PERIOD[value.granularity];
    if (value.granularity === 'MONTH' || !byMonth.has(month)) {
      byMonth.set(month, { month, outcome: value.outcome, isSynthetic: value.isSynthetic });
    }
  }
  return [...byMonth.values()].sort((a, b) => a.month - b.month);
}
