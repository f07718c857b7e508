import type { IndicatorDirection, ValueStatus } from './generated/schema-types';

export interface StatusRuleInput {
  direction: IndicatorDirection;
  /**
   * How far from target, relative to the target, still counts as yellow (0.05 = 5 %).
   * For ON_TARGET indicators, within the tolerance is green and within twice it yellow.
   */
  yellowTolerance: number;
  /** The figure judged: the outcome, or the forecast when there is no outcome yet. */
  actual: number | null | undefined;
  target: number | null | undefined;
}

/**
 * The status rule: green when the figure meets its target, yellow when it misses by no
 * more than the tolerance, red beyond it, and not assessed when figure or target is
 * missing. A figure exactly on the yellow threshold is yellow.
 */
export function statusFromRule({ direction, yellowTolerance, actual, target }: StatusRuleInput): ValueStatus {
  if (actual == null || target == null || Number.isNaN(actual) || Number.isNaN(target)) {
    return 'NOT_ASSESSED';
  }
  const band = Math.abs(target) * yellowTolerance;
  // Short of the target in the direction that matters; negative when the target is met.
  const shortfall =
    direction === 'HIGHER_IS_BETTER'
      ? target - actual
      : direction === 'LOWER_IS_BETTER'
        ? actual - target
        : Math.abs(actual - target) - band;
  // Figures typed in decimal (5,25 against 5 with 5 %) must land exactly on the threshold.
  const roundingSlack = 1e-9 * Math.max(1, Math.abs(target));
  if (shortfall <= roundingSlack) return 'GREEN';
  return shortfall <= band + roundingSlack ? 'YELLOW' : 'RED';
}

export interface IndicatorValueFigures {
  outcome?: number | null;
  periodTarget?: number | null;
  fullYearForecast?: number | null;
  annualTarget?: number | null;
  statusOverride?: ValueStatus | null;
}

/**
 * The status of one indicator value: a reasoned override if a person set one; otherwise the
 * outcome against the period's target (or the annual target when the period has none);
 * without an outcome, the full-year forecast against the annual target.
 */
export function valueStatus(
  indicator: { direction: IndicatorDirection; yellowTolerance: number },
  value: IndicatorValueFigures,
): ValueStatus {
  if (value.statusOverride) return value.statusOverride;
  if (value.outcome != null) {
    return statusFromRule({ ...indicator, actual: value.outcome, target: value.periodTarget ?? value.annualTarget });
  }
  return statusFromRule({ ...indicator, actual: value.fullYearForecast, target: value.annualTarget });
}
