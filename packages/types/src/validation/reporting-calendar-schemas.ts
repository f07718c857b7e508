import { z } from 'zod';
import { MAX_WORKING_DAYS_AFTER_PERIOD_END, MIN_WORKING_DAYS_AFTER_PERIOD_END } from '../reporting-periods';
import { expectedVersionSchema, idSchema, isoDateSchema, plainText, yearSchema } from './common-schemas';

const REPORTING_LEVELS = ['CITY', 'COMMITTEE', 'BUSINESS_AREA', 'DEPARTMENT'] as const;

/** A reason an administrator gives for reopening a period, or a correction written into a closed one. */
export const correctionReasonSchema = plainText(1000)
  .nullish()
  .transform((text) => (text?.trim() ? text.trim() : null));

/** The same, required: a reopening must say why. */
const requiredReasonSchema = plainText(1000)
  .transform((text) => text.trim())
  .refine((text) => text.length > 0, { error: 'required' });

/**
 * Generates a city's calendar of a year, or changes its rule: every period whose deadline was not
 * moved gets the rule's deadline again.
 */
export const generateReportingCalendarInputSchema = z.object({
  orgUnitId: idSchema,
  year: yearSchema(),
  workingDaysAfterPeriodEnd: z
    .number()
    .int({ error: 'outOfRange' })
    .min(MIN_WORKING_DAYS_AFTER_PERIOD_END, { error: 'outOfRange' })
    .max(MAX_WORKING_DAYS_AFTER_PERIOD_END, { error: 'outOfRange' }),
  /** The calendar's version when it exists already; left out for a new one. */
  expectedVersion: expectedVersionSchema.nullish(),
});

/** Moves one period's deadline (July's to mid-August); the period's end bounds it (deadlineProblem). */
export const setReportingPeriodDeadlineInputSchema = z.object({
  periodId: idSchema,
  deadline: isoDateSchema,
  expectedVersion: expectedVersionSchema,
});

/** Sets (or, with a null deadline, removes) the deadline of one level of the organisation for a period. */
export const setReportingLevelDeadlineInputSchema = z.object({
  periodId: idSchema,
  level: z.enum(REPORTING_LEVELS, { error: 'invalidLevel' }),
  deadline: isoDateSchema.nullish().transform((text) => text ?? null),
  expectedVersion: expectedVersionSchema,
});

export const closeReportingPeriodInputSchema = z.object({
  periodId: idSchema,
  expectedVersion: expectedVersionSchema,
  reason: correctionReasonSchema,
});

export const reopenReportingPeriodInputSchema = z.object({
  periodId: idSchema,
  expectedVersion: expectedVersionSchema,
  reason: requiredReasonSchema,
});
