import type { IndicatorDirection, Periodicity, ThresholdKind, ValueStatus } from './generated/schema-types';
import { lastMonthOf } from './period';

/** An indicator's thresholds as an administrator sets them in the indicator library. */
export interface IndicatorThresholds {
  /** RELATIVE: per cent of the target (5 = 5 %); ABSOLUTE: in the indicator's unit. */
  thresholdKind?: ThresholdKind | null;
  /** The miss of target beyond which the status is yellow; for ON_TARGET the distance either way. */
  yellowThreshold?: number | null;
  /** The miss of target beyond which the status is red. */
  redThreshold?: number | null;
}

export interface StatusRuleInput extends IndicatorThresholds {
  direction: IndicatorDirection;
  /**
   * How far from target, relative to the target, still counts as yellow (0.05 = 5 %).
   * For ON_TARGET indicators, within the tolerance is green and within twice it yellow.
   * Used while the indicator has no thresholds of its own (yellowThreshold and redThreshold).
   */
  yellowTolerance: number;
  /** The figure judged: the outcome, or the forecast when there is no outcome yet. */
  actual: number | null | undefined;
  target: number | null | undefined;
}

/**
 * The thresholds in force: the indicator's own, or those that reproduce the tolerance rule of
 * indicators set up before thresholds existed (higher/lower is better: yellow as soon as the
 * target is missed, red beyond the tolerance; on target: yellow beyond the tolerance, red
 * beyond twice it), in per cent of the target.
 */
export function effectiveThresholds(
  indicator: IndicatorThresholds & { direction: IndicatorDirection; yellowTolerance: number },
): { thresholdKind: ThresholdKind; yellowThreshold: number; redThreshold: number } {
  if (indicator.yellowThreshold != null || indicator.redThreshold != null) {
    const yellowThreshold = indicator.yellowThreshold ?? 0;
    return {
      thresholdKind: indicator.thresholdKind ?? 'RELATIVE',
      yellowThreshold,
      redThreshold: indicator.redThreshold ?? yellowThreshold,
    };
  }
  const tolerance = indicator.yellowTolerance * 100;
  return indicator.direction === 'ON_TARGET'
    ? { thresholdKind: 'RELATIVE', yellowThreshold: tolerance, redThreshold: 2 * tolerance }
    : { thresholdKind: 'RELATIVE', yellowThreshold: 0, redThreshold: tolerance };
}

/**
 * The status rule: green when the figure meets its target (within the yellow threshold),
 * yellow when it misses by no more than the red threshold, red beyond it, and not assessed
 * when figure or target is missing. A figure exactly on a threshold is the better colour.
 */
export function statusFromRule(input: StatusRuleInput): ValueStatus {
  return judge(input, input.actual, input.target);
}

/**
 * The rule itself, for an indicator's rule fields and a figure against its target. The rule is
 * read off the indicator as it is rather than copied into a new object: the overview judges
 * tens of thousands of values per request, and copying each indicator row was most of its cost.
 */
function judge(
  rule: IndicatorThresholds & { direction: IndicatorDirection; yellowTolerance: number },
  actual: number | null | undefined,
  target: number | null | undefined,
): ValueStatus {
  if (actual == null || target == null || Number.isNaN(actual) || Number.isNaN(target)) {
    return 'NOT_ASSESSED';
  }
  const { thresholdKind, yellowThreshold, redThreshold } = effectiveThresholds(rule);
  const inUnits = (threshold: number) =>
    thresholdKind === 'ABSOLUTE' ? threshold : (Math.abs(target) * threshold) / 100;
  // How far the figure misses the target in the direction that matters; negative when met.
  const miss =
    rule.direction === 'HIGHER_IS_BETTER'
      ? target - actual
      : rule.direction === 'LOWER_IS_BETTER'
        ? actual - target
        : Math.abs(actual - target);
  // Figures typed in decimal (5,25 against 5 with 5 %) must land exactly on the threshold.
  const roundingSlack = 1e-9 * Math.max(1, Math.abs(target));
  if (miss <= inUnits(yellowThreshold) + roundingSlack) return 'GREEN';
  return miss <= inUnits(redThreshold) + roundingSlack ? 'YELLOW' : 'RED';
}

export interface IndicatorValueFigures {
  outcome?: number | null;
  periodTarget?: number | null;
  fullYearForecast?: number | null;
  annualTarget?: number | null;
  statusOverride?: ValueStatus | null;
}

/** A set of thresholds and the first month it judged (both null: from the first value). */
export interface ThresholdSet extends IndicatorThresholds {
  fromYear: number | null;
  fromMonth: number | null;
  yellowTolerance: number;
}

/**
 * What judges an indicator's values: its direction, its own (latest) thresholds, and every set of
 * thresholds it has had once they changed after values were saved (empty until then). Required,
 * not optional, so that no reader of statuses can forget the history and judge a past period by
 * today's thresholds.
 */
export interface StatusRuleOfIndicator extends IndicatorThresholds {
  direction: IndicatorDirection;
  yellowTolerance: number;
  thresholdHistory: readonly ThresholdSet[];
}

/** The period a value belongs to, which picks the thresholds in force. */
export interface PeriodOfValue {
  granularity: Periodicity;
  year: number;
  periodNumber: number;
}

/**
 * The status of one indicator value: a reasoned override if a person set one; otherwise the
 * outcome against the period's target (or the annual target when the period has none);
 * without an outcome, the full-year forecast against the annual target. Judged by the
 * thresholds in force in the last month of the value's period.
 */
export function valueStatus(
  indicator: StatusRuleOfIndicator,
  value: IndicatorValueFigures & PeriodOfValue,
): ValueStatus {
  if (value.statusOverride) return value.statusOverride;
  const rule = thresholdsInForce(indicator, value);
  return value.outcome != null
    ? judge(rule, value.outcome, value.periodTarget ?? value.annualTarget)
    : judge(rule, value.fullYearForecast, value.annualTarget);
}

/**
 * The thresholds that judge a period: the last set begun by the period's last month ("the world
 * as it was at the end of that period"), or the indicator's own while it has no history. The
 * indicator itself is returned when it can be, so that judging copies nothing.
 */
export function thresholdsInForce(
  indicator: StatusRuleOfIndicator,
  period: PeriodOfValue,
): IndicatorThresholds & { direction: IndicatorDirection; yellowTolerance: number } {
  const history = indicator.thresholdHistory;
  if (history.length === 0) return indicator;
  const endOfPeriod = period.year * 12 + lastMonthOf(period);
  let inForce: ThresholdSet | undefined;
  for (const set of history) {
    const from = firstMonthIndexOf(set);
    if (from <= endOfPeriod && (!inForce || from >= firstMonthIndexOf(inForce))) inForce = set;
  }
  return inForce ? { direction: indicator.direction, ...inForce } : indicator;
}

/**
 * Months since year 0 of a set's first month, for ordering sets: the set from the first value
 * comes before all.
 */
export const firstMonthIndexOf = (set: Pick<ThresholdSet, 'fromYear' | 'fromMonth'>) =>
  set.fromYear === null || set.fromMonth === null ? -Infinity : set.fromYear * 12 + set.fromMonth;
