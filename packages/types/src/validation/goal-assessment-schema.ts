import { z } from 'zod';
import { commentSchema, expectedVersionSchema, idSchema } from './common-schemas';
import { correctionReasonSchema } from './reporting-calendar-schemas';
import { yearMonthSchema } from './year-month-schema';

export const goalAssessmentInputSchema = yearMonthSchema.extend({
  goalId: idSchema,
  fulfilment: z.enum(['FULFILLED', 'PARTLY_FULFILLED', 'NOT_FULFILLED', 'NOT_ASSESSED'], { error: 'required' }),
  comment: commentSchema,
  expectedVersion: expectedVersionSchema.nullish(),
  correctionReason: correctionReasonSchema,
});
