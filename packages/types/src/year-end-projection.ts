import type { LevelAggregation, ProjectionMethod } from './generated/schema-types';
import { roundOff } from './round-off';

/**
 * How far the statistical projection may lie from the people's full-year forecast, relative to
 * that forecast, before the two are flagged as differing (0.1 = 10 %).
 */
export const PROJECTION_TOLERANCE = 0.1;

/** An outcome at the end of a month of the year: a month's value, or a tertial's at its last month. */
export interface MonthOutcome {
  /** 1–12: the month the outcome runs to. */
  month: number;
  /** Year-to-date for cumulative indicators, the level otherwise. */
  outcome: number;
  /** True when the outcome was generated to fill the series, not reported. */
  isSynthetic?: boolean;
}

export interface ProjectionRule {
  cumulative: boolean;
  levelAggregation: LevelAggregation;
}

export interface ProjectionInput {
  /** This year's outcomes at the indicator's own periodicity, one per month; only those up to `upToMonth` are used. */
  thisYear: readonly MonthOutcome[];
  /** Last year's outcomes (year-to-date for cumulative indicators). */
  lastYear: readonly MonthOutcome[];
  /** Last year's full-year outcome, when known (a year value, or December's year-to-date). */
  lastYearTotal: number | null;
  /** The report month: later outcomes are ignored. */
  upToMonth: number;
}

export interface ProjectedYearEnd {
  projectedOutcome: number;
  method: ProjectionMethod;
  /** The month of the latest outcome the projection starts from. */
  basedOnMonth: number;
  /** SEASONAL_PROFILE only: the share of last year's total reached by `basedOnMonth`. */
  lastYearShare: number | null;
}

/**
 * Projects the year-end outcome from the outcomes so far; null when the year has none yet.
 * - SEASONAL_PROFILE: a cumulative indicator's year-to-date divided by the share of last year's
 *   total that last year had reached by the same month;
 * - STRAIGHT_PACE: a cumulative indicator's year-to-date × 12 ÷ months, when last year cannot
 *   give a profile (missing, or zero or negative by then);
 * - LATEST_LEVEL: a level reported as it stands (or year-to-date) ends the year where it is now;
 * - AVERAGE_SO_FAR: a level whose year is the months' average ends at the average so far.
 * Outcomes of months in between may be missing: cumulative figures are year-to-date, so the
 * latest one carries the months before it.
 */
export function projectYearEnd(rule: ProjectionRule, input: ProjectionInput): ProjectedYearEnd | null {
  const soFar = input.thisYear
    .filter((point) => point.month >= 1 && point.month <= input.upToMonth)
    .sort((a, b) => a.month - b.month);
  const latest = soFar.at(-1);
  if (!latest) return null;
  const basedOnMonth = latest.month;

  if (!rule.cumulative) {
    if (rule.levelAggregation === 'AVERAGE') {
      const average = soFar.reduce((sum, point) => sum + point.outcome, 0) / soFar.length;
      return { projectedOutcome: roundOff(average), method: 'AVERAGE_SO_FAR', basedOnMonth, lastYearShare: null };
    }
    return { projectedOutcome: latest.outcome, method: 'LATEST_LEVEL', basedOnMonth, lastYearShare: null };
  }

  const lastYearSameMonth = input.lastYear.find((point) => point.month === basedOnMonth)?.outcome;
  const share =
    lastYearSameMonth !== undefined && input.lastYearTotal !== null && input.lastYearTotal !== 0
      ? lastYearSameMonth / input.lastYearTotal
      : null;
  // A share of zero or below (nothing yet last year, or a result that changed sign) gives no
  // profile to scale by.
  if (share !== null && share > 0) {
    return {
      projectedOutcome: roundOff(latest.outcome / share),
      method: 'SEASONAL_PROFILE',
      basedOnMonth,
      lastYearShare: roundOff(share),
    };
  }
  return {
    projectedOutcome: roundOff((latest.outcome * 12) / basedOnMonth),
    method: 'STRAIGHT_PACE',
    basedOnMonth,
    lastYearShare: null,
  };
}

/** How the projection compares with the people's forecast. */
export interface ProjectionComparison {
  /** Projection − forecast, in the indicator's unit. */
  difference: number;
  /** The difference relative to the forecast; null when the forecast is zero. */
  relativeDifference: number | null;
  /** True when the relative difference exceeds PROJECTION_TOLERANCE. */
  beyondTolerance: boolean;
}

export function compareWithForecast(projectedOutcome: number, forecast: number): ProjectionComparison {
  const difference = roundOff(projectedOutcome - forecast);
  const relativeDifference = forecast === 0 ? null : roundOff(difference / Math.abs(forecast));
  return {
    difference,
    relativeDifference,
    beyondTolerance: relativeDifference !== null && Math.abs(relativeDifference) > PROJECTION_TOLERANCE,
  };
}
