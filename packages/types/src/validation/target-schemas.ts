import { z } from 'zod';
import type { IndicatorUnit, Periodicity } from '../generated/schema-types';
import { formatPeriodKey, parsePeriodKey, periodsPerYear } from '../period';
import { expectedVersionSchema, figureSchema, idSchema, yearSchema } from './common-schemas';

/** At most this many indicators' targets in one save: a unit and the units below it, with room to spare. */
export const MAX_TARGET_ROWS_PER_SAVE = 500;

/**
 * The periods of a year an indicator takes period targets in: its months or its tertials, in
 * order. A yearly indicator has none: its target is its annual target.
 */
export function targetPeriodsOf(periodicity: Periodicity, year: number): string[] {
  if (periodicity === 'YEAR') return [];
  return Array.from({ length: periodsPerYear(periodicity) }, (_, index) =>
    formatPeriodKey({ granularity: periodicity, year, periodNumber: index + 1 }),
  );
}

const periodKeySchema = z.string().refine((key) => parsePeriodKey(key) !== undefined, { error: 'invalidPeriod' });

/** One indicator's targets for a year, as the targets grid saves them. */
export const targetRowInputSchema = z.object({
  indicatorId: idSchema,
  annualTarget: figureSchema,
  /** One per period of targetPeriodsOf, in order (checked against the indicator). */
  periodTargets: z.array(figureSchema).max(12, { error: 'tooMany' }),
  /** The versions of the year's saved values the grid was loaded with, by period key. */
  expectedVersions: z
    .array(z.object({ period: periodKeySchema, version: expectedVersionSchema }))
    .max(13, { error: 'tooMany' }),
});

export const targetsInputSchema = z.object({
  year: yearSchema(),
  rows: z.array(targetRowInputSchema).min(1, { error: 'required' }).max(MAX_TARGET_ROWS_PER_SAVE, { error: 'tooMany' }),
});

export type ParsedTargetRowInput = z.output<typeof targetRowInputSchema>;
export type ParsedTargetsInput = z.output<typeof targetsInputSchema>;

/** Confirming the proposals (förslag) a roll-over copied: the rows as loaded, with their versions. */
export const confirmTargetProposalsInputSchema = z.object({
  year: yearSchema(),
  rows: z
    .array(targetRowInputSchema.pick({ indicatorId: true, expectedVersions: true }))
    .min(1, { error: 'required' })
    .max(MAX_TARGET_ROWS_PER_SAVE, { error: 'tooMany' }),
});

export type ParsedConfirmTargetProposalsInput = z.output<typeof confirmTargetProposalsInputSchema>;

/**
 * What the indicator demands of its targets: it is not retired, the period targets are one per
 * period of its periodicity, a percentage lies within 0–100 and counts are not negative. Fields
 * are named as in the input (`annualTarget`, `periodTargets.4`).
 */
export function checkTargetsAgainstIndicator(
  row: Pick<ParsedTargetRowInput, 'annualTarget' | 'periodTargets'>,
  indicator: { unit: IndicatorUnit; periodicity: Periodicity; retiredAt?: Date | string | null },
): { field: string; message: string }[] {
  // A retired indicator is measured no more: it takes no targets.
  if (indicator.retiredAt) return [{ field: 'indicatorId', message: 'indicatorRetired' }];
  const expected = indicator.periodicity === 'YEAR' ? 0 : periodsPerYear(indicator.periodicity);
  if (row.periodTargets.length !== expected) {
    return [{ field: 'periodTargets', message: 'periodNotInPeriodicity' }];
  }
  const errors: { field: string; message: string }[] = [];
  const check = (figure: number | null, field: string) => {
    if (figure === null) return;
    if (indicator.unit === 'PERCENT' && (figure < 0 || figure > 100)) errors.push({ field, message: 'percentRange' });
    if ((indicator.unit === 'COUNT' || indicator.unit === 'FTE' || indicator.unit === 'DAYS') && figure < 0)
      errors.push({ field, message: 'notNegative' });
  };
  check(row.annualTarget, 'annualTarget');
  row.periodTargets.forEach((figure, index) => check(figure, `periodTargets.${index}`));
  return errors;
}
