import { z } from 'zod';
import type { IndicatorUnit, Periodicity } from '../generated/schema-types';
import { parsePeriodKey } from '../period';
import type { Period } from '../period';
import { correctionReasonSchema } from './reporting-calendar-schemas';
import { commentSchema, expectedVersionSchema, figureSchema, idSchema, plainText } from './common-schemas';

/** `2023-05`, `2023-T2` or `2023`, parsed into a period. */
const periodKeySchema = z.string().transform((key, context) => {
  const period = parsePeriodKey(key);
  if (!period) {
    context.addIssue({ code: 'custom', message: 'invalidPeriod' });
    return z.NEVER;
  }
  return period;
});

export const indicatorValueInputSchema = z.object({
  indicatorId: idSchema,
  period: periodKeySchema,
  outcome: figureSchema,
  periodTarget: figureSchema,
  fullYearForecast: figureSchema,
  annualTarget: figureSchema,
  rolling12: figureSchema,
  comment: commentSchema,
  expectedVersion: expectedVersionSchema.nullish(),
  correctionReason: correctionReasonSchema,
});

/**
 * A value as the API takes it: a figure or the comment left out keeps what is saved, and null
 * clears it, as an import's empty cell keeps the saved figure. A caller that knows only some of
 * the figures (a script sending outcomes) so never erases the targets, forecast, R12 or comment
 * it did not send. The grid sends every field (indicatorValueInputSchema).
 */
export const indicatorValueChangeSchema = indicatorValueInputSchema.extend({
  outcome: figureSchema.optional(),
  periodTarget: figureSchema.optional(),
  fullYearForecast: figureSchema.optional(),
  annualTarget: figureSchema.optional(),
  rolling12: figureSchema.optional(),
  comment: commentSchema.optional(),
});

/** A validated change of a value: what is left out is undefined, and is kept as saved. */
export type ParsedIndicatorValueChange = z.output<typeof indicatorValueChangeSchema>;

/**
 * A saved value's status set by hand (or given back to the rule): a status needs its reason,
 * and the reason goes with it.
 */
export const setIndicatorValueStatusInputSchema = z
  .object({
    indicatorId: idSchema,
    period: periodKeySchema,
    expectedVersion: expectedVersionSchema,
    status: z
      .enum(['GREEN', 'YELLOW', 'RED'], { error: 'invalidStatus' })
      .nullish()
      .transform((status) => status ?? null),
    reason: plainText(2000)
      .nullish()
      .transform((text) => (text?.trim() ? text.trim() : null)),
    correctionReason: correctionReasonSchema,
  })
  .superRefine((input, context) => {
    if (input.status !== null && input.reason === null) {
      context.addIssue({ code: 'custom', path: ['reason'], message: 'required' });
    }
  });

export type ParsedSetIndicatorValueStatusInput = z.output<typeof setIndicatorValueStatusInputSchema>;

/** A validated IndicatorValueInput: ids as numbers, the period parsed. */
export type ParsedIndicatorValueInput = z.output<typeof indicatorValueInputSchema>;

const FIGURE_FIELDS = ['outcome', 'periodTarget', 'fullYearForecast', 'annualTarget', 'rolling12'] as const;

/**
 * Whether a value has a rolling twelve months (R12): only a month of a monthly indicator does,
 * as the sources report R12 month by month; a tertial's or a year's value has none. The API,
 * the import and the grid all ask here.
 */
export function hasRolling12(indicator: { periodicity: Periodicity }, period: Pick<Period, 'granularity'>): boolean {
  return indicator.periodicity === 'MONTH' && period.granularity === 'MONTH';
}

/**
 * What the indicator itself demands of a value: it is not retired, the period must exist for
 * its periodicity (or be the year), an R12 only where it applies (hasRolling12), a percentage
 * lies between 0 and 100, counts are not negative. Returns field errors, empty when all is well.
 */
export function checkValueAgainstIndicator(
  value: ParsedIndicatorValueInput,
  indicator: { unit: IndicatorUnit; periodicity: Periodicity; retiredAt?: Date | string | null },
): { field: string; message: string }[] {
  // A retired indicator's history stays as it was reported; nothing is added or corrected.
  if (indicator.retiredAt) return [{ field: 'indicatorId', message: 'indicatorRetired' }];
  const errors: { field: string; message: string }[] = [];
  if (value.period.granularity !== 'YEAR' && value.period.granularity !== indicator.periodicity) {
    errors.push({ field: 'period', message: 'periodNotInPeriodicity' });
  }
  const rolling12Applies = hasRolling12(indicator, value.period);
  if (value.rolling12 !== null && !rolling12Applies) {
    errors.push({ field: 'rolling12', message: 'rolling12MonthsOnly' });
  }
  for (const field of FIGURE_FIELDS) {
    const figure = value[field];
    if (figure === null || (field === 'rolling12' && !rolling12Applies)) continue;
    if (indicator.unit === 'PERCENT' && (figure < 0 || figure > 100)) errors.push({ field, message: 'percentRange' });
    if ((indicator.unit === 'COUNT' || indicator.unit === 'FTE' || indicator.unit === 'DAYS') && figure < 0)
      errors.push({ field, message: 'notNegative' });
  }
  return errors;
}

/** At most this many values in one save: a unit's indicators for a period, with room to spare. */
export const MAX_VALUES_PER_SAVE = 500;

/** Several indicator values saved together, all or nothing (the data entry grid). */
export const indicatorValuesInputSchema = z.object({
  values: z
    .array(indicatorValueChangeSchema)
    .min(1, { error: 'required' })
    .max(MAX_VALUES_PER_SAVE, { error: 'tooMany' }),
});

/** The period an indicator reports a month in: the month, the tertial it falls in, or the year. */
export function periodOfMonth(periodicity: Periodicity, { year, month }: { year: number; month: number }): string {
  switch (periodicity) {
    case 'MONTH':
      return `${year}-${String(month).padStart(2, '0')}`;
    case 'TERTIAL':
      return `${year}-T${Math.ceil(month / 4)}`;
    case 'YEAR':
      return String(year);
  }
}
