import { z } from 'zod';
import { commentSchema, expectedVersionSchema, idSchema } from './common-schemas';
import { correctionReasonSchema } from './reporting-calendar-schemas';
import { yearMonthSchema } from './year-month-schema';

export const ACTIVITY_STATUSES = ['NOT_STARTED', 'ONGOING', 'COMPLETED', 'DELAYED', 'CANCELLED'] as const;

/** An activity's status and comment for a report period. */
export const activityUpdateInputSchema = yearMonthSchema.extend({
  activityId: idSchema,
  status: z.enum(ACTIVITY_STATUSES, { error: 'required' }),
  comment: commentSchema,
  expectedVersion: expectedVersionSchema.nullish(),
  correctionReason: correctionReasonSchema,
});
