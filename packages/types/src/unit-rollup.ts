import type { IndicatorUnit, ThresholdKind, UnitRollup } from './generated/schema-types';

/** Units of measure whose figures add up across units: money, volumes, headcounts. */
const VOLUME_UNITS = new Set<IndicatorUnit>(['TKR', 'MNKR', 'COUNT', 'FTE', 'TERABYTE']);

/**
 * What a new indicator's unit rollup starts as, by its unit of measure: money, counts and
 * other volumes (and anything cumulative) add up; a survey index (NKI, HME) is listed unit by
 * unit, since two surveys of different populations make no meaningful average; a rate or a
 * lead time is averaged. The migration that added the field set existing indicators the same way.
 */
export function defaultUnitRollup(unit: IndicatorUnit, cumulative: boolean): UnitRollup {
  if (cumulative || VOLUME_UNITS.has(unit)) return 'SUM';
  return unit === 'INDEX' ? 'LIST' : 'AVERAGE';
}

/** Levels whose sum across units means nothing: SUM is refused for them. */
export function canBeSummed(unit: IndicatorUnit): boolean {
  return unit !== 'PERCENT' && unit !== 'INDEX';
}

/**
 * Whether a rolled-up figure can have a status colour by the indicator's own rule. A list
 * has no single figure. A sum measured against absolute thresholds (a miss of 5 cases) would
 * apply one unit's tolerance to the whole city's total, so it gets no colour; relative
 * thresholds scale with the summed target, and an average stays in the unit's own scale.
 */
export function rolledUpStatusApplies(rollup: UnitRollup, thresholdKind: ThresholdKind): boolean {
  if (rollup === 'LIST') return false;
  return rollup === 'AVERAGE' || thresholdKind === 'RELATIVE';
}
