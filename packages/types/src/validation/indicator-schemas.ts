import { z } from 'zod';
import { canBeSummed } from '../unit-rollup';
import { idSchema, plainText, expectedVersionSchema } from './common-schemas';
import { yearMonthSchema } from './year-month-schema';

const requiredLine = (maxLength: number) =>
  plainText(maxLength)
    .transform((text) => text.trim())
    .pipe(z.string().min(1, { error: 'required' }));

const optionalText = (maxLength: number) =>
  plainText(maxLength)
    .nullish()
    .transform((text) => (text?.trim() ? text.trim() : null));

/** Letters, digits and - _ . only: the code is typed into import files and compared across units. */
export const indicatorCodeSchema = requiredLine(40).pipe(
  z.string().regex(/^[\p{L}\p{N}_.-]+$/u, { error: 'invalidIndicatorCode' }),
);

/** A Kolada KPI id: a capital letter and five digits (N00945). */
const externalCodeSchema = optionalText(20).pipe(
  z
    .string()
    .regex(/^[A-Z]\d{5}$/, { error: 'invalidExternalCode' })
    .nullable(),
);

const thresholdSchema = z
  .number({ error: 'required' })
  .refine((value) => Number.isFinite(value) && value < 1e13, { error: 'outOfRange', abort: true })
  .refine((value) => value >= 0, { error: 'notNegative' });

/** The definition the indicator library's form edits; the same rules for a new and a changed one. */
export const indicatorDefinitionSchema = z
  .object({
    name: requiredLine(200),
    description: optionalText(4000),
    dataSource: optionalText(1000),
    externalCode: externalCodeSchema,
    unit: z.enum(['PERCENT', 'COUNT', 'TKR', 'MNKR', 'INDEX', 'FTE', 'TERABYTE', 'DAYS'], { error: 'required' }),
    periodicity: z.enum(['YEAR', 'TERTIAL', 'MONTH'], { error: 'required' }),
    direction: z.enum(['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'ON_TARGET'], { error: 'required' }),
    cumulative: z.boolean(),
    levelAggregation: z.enum(['LATEST', 'AVERAGE'], { error: 'required' }),
    unitRollup: z.enum(['SUM', 'AVERAGE', 'LIST'], { error: 'required' }),
    thresholdKind: z.enum(['RELATIVE', 'ABSOLUTE'], { error: 'required' }),
    yellowThreshold: thresholdSchema,
    redThreshold: thresholdSchema,
    ownerId: idSchema.nullish().transform((id) => id ?? null),
    isKey: z.boolean(),
  })
  .refine(({ yellowThreshold, redThreshold }) => redThreshold >= yellowThreshold, {
    error: 'redBelowYellow',
    path: ['redThreshold'],
  })
  // A city's sum of its committees' rates (5 % + 3 % = 8 %) would be a wrong figure, not a total.
  .refine(({ unit, cumulative, unitRollup }) => unitRollup !== 'SUM' || cumulative || canBeSummed(unit), {
    error: 'rollupSumOfLevel',
    path: ['unitRollup'],
  });

export const createIndicatorInputSchema = z.object({
  orgUnitId: idSchema,
  code: indicatorCodeSchema,
  definition: indicatorDefinitionSchema,
});

export const updateIndicatorInputSchema = z.object({
  id: idSchema,
  expectedVersion: expectedVersionSchema,
  definition: indicatorDefinitionSchema,
  /** The first month changed thresholds judge; the API decides whether it is needed. */
  thresholdsFrom: yearMonthSchema.nullish().transform((month) => month ?? null),
});

export const setIndicatorRetiredInputSchema = z.object({
  id: idSchema,
  expectedVersion: expectedVersionSchema,
  retired: z.boolean(),
});

export type IndicatorDefinition = z.output<typeof indicatorDefinitionSchema>;

/**
 * What an indicator's values mean: a change to any of these would reinterpret the values
 * already saved (a monthly series read as tertials, per cent read as days), so it is refused
 * once the indicator has values.
 */
export const VALUE_DEFINING_FIELDS = ['unit', 'periodicity', 'direction', 'cumulative', 'levelAggregation'] as const;
