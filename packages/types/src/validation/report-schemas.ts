import { z } from 'zod';
import type { ReportType } from '../generated/schema-types';
import { expectedVersionSchema, idSchema, plainText } from './common-schemas';
import { yearMonthSchema } from './year-month-schema';

/** The month a report of each type must run up to; a monthly report may be of any month. */
export const REPORT_TYPE_MONTH: Record<ReportType, number | null> = {
  MONTHLY: null,
  INTERIM_MARCH: 3,
  INTERIM_AUGUST: 8,
  ANNUAL: 12,
};

export const REPORT_TYPES = [
  'MONTHLY',
  'INTERIM_MARCH',
  'INTERIM_AUGUST',
  'ANNUAL',
] as const satisfies readonly ReportType[];

export const createReportInputSchema = z
  .object({
    orgUnitId: idSchema,
    type: z.enum(REPORT_TYPES, { error: 'required' }),
    period: yearMonthSchema,
  })
  .superRefine((input, context) => {
    const required = REPORT_TYPE_MONTH[input.type];
    if (required !== null && input.period.month !== required) {
      context.addIssue({ code: 'custom', path: ['period', 'month'], message: 'report.monthDoesNotMatchType' });
    }
  });

/** An analysis text: Markdown, long enough for a section of source 000 several times over. */
export const saveReportSectionTextInputSchema = z.object({
  sectionId: idSchema,
  text: plainText(50_000),
  expectedVersion: expectedVersionSchema,
});

export const reportTransitionInputSchema = z.object({
  reportId: idSchema,
  expectedVersion: expectedVersionSchema,
});

export const sendBackReportInputSchema = reportTransitionInputSchema.extend({
  comment: plainText(4000)
    .transform((text) => text.trim())
    .pipe(z.string().min(1, { error: 'required' })),
});
