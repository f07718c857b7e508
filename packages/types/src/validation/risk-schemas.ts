import { z } from 'zod';
import { LARGEST_RISK_SCALE_MAX } from '../risk-scale';
import type { RiskScaleMax } from '../risk-scale';
import {
  commentSchema,
  expectedVersionSchema,
  idSchema,
  isoDateSchema,
  newOrderSchema,
  plainText,
  shownOrderSchema,
} from './common-schemas';
import { correctionReasonSchema } from './reporting-calendar-schemas';
import { yearMonthSchema } from './year-month-schema';

/** A short text a person must give: a title. */
const requiredText = (maxLength: number) =>
  plainText(maxLength)
    .transform((text) => text.trim())
    .pipe(z.string().min(1, { error: 'required' }));

/** A short text a person may leave out: an owner, a responsible, a frequency. */
const optionalText = (maxLength: number) =>
  plainText(maxLength)
    .nullish()
    .transform((text) => (text?.trim() ? text.trim() : null));

/** 1 up to the largest scale; whether the value fits the municipality's scale is checked with it. */
const scaleValueSchema = z
  .number({ error: 'required' })
  .int({ error: 'outOfScale' })
  .min(1, { error: 'outOfScale' })
  .max(LARGEST_RISK_SCALE_MAX, { error: 'outOfScale' });

const valuationFields = {
  valuedOn: isoDateSchema,
  probability: scaleValueSchema,
  consequence: scaleValueSchema,
  reasoning: commentSchema,
};

const riskFields = {
  categoryId: idSchema,
  title: requiredText(300),
  description: commentSchema,
  owner: optionalText(200),
};

/** A new risk with its first valuation. */
export const createRiskInputSchema = z.object({
  orgUnitId: idSchema,
  ...riskFields,
  valuation: z.object(valuationFields),
  correctionReason: correctionReasonSchema,
});

/** A risk's text, category and owner; valuations are appended, never edited. */
export const updateRiskInputSchema = z.object({
  id: idSchema,
  expectedVersion: expectedVersionSchema,
  ...riskFields,
});

/** A re-valuation, appended to the risk's history. */
export const riskValuationInputSchema = z.object({
  riskId: idSchema,
  ...valuationFields,
  correctionReason: correctionReasonSchema,
});

/**
 * What the municipality's scale demands of a valuation: both values within 1 to its maximum.
 * Returns field errors, empty when all is well.
 */
export function checkValuationAgainstScale(
  valuation: { probability: number; consequence: number },
  scaleMax: RiskScaleMax,
): { field: string; message: string }[] {
  return (['probability', 'consequence'] as const)
    .filter((field) => valuation[field] > scaleMax)
    .map((field) => ({ field, message: 'outOfScale' }));
}

const mitigationFields = {
  title: requiredText(500),
  responsible: optionalText(200),
  dueDate: isoDateSchema.nullish().transform((date) => date ?? null),
  status: z.enum(['PLANNED', 'ONGOING', 'DONE'], { error: 'required' }),
};

export const addMitigationInputSchema = z.object({ riskId: idSchema, ...mitigationFields });

export const updateMitigationInputSchema = z.object({
  id: idSchema,
  expectedVersion: expectedVersionSchema,
  ...mitigationFields,
});

const controlFields = {
  riskId: idSchema.nullish().transform((id) => id ?? null),
  title: requiredText(500),
  method: commentSchema,
  frequency: optionalText(200),
  performedBy: optionalText(200),
};

export const createControlInputSchema = z.object({ orgUnitId: idSchema, ...controlFields });

export const updateControlInputSchema = z.object({
  id: idSchema,
  expectedVersion: expectedVersionSchema,
  ...controlFields,
});

/**
 * A control's result for a month: performed or not; if performed, OK or a deviation, and a
 * deviation needs its description and the action that follows it up.
 */
export const controlResultInputSchema = yearMonthSchema
  .extend({
    controlId: idSchema,
    performed: z.boolean({ error: 'required' }),
    outcome: z
      .enum(['OK', 'DEVIATION'], { error: 'required' })
      .nullish()
      .transform((outcome) => outcome ?? null),
    description: commentSchema,
    followUpAction: commentSchema,
    expectedVersion: expectedVersionSchema.nullish(),
    correctionReason: correctionReasonSchema,
  })
  .superRefine((result, context) => {
    if (result.performed && result.outcome === null) {
      context.addIssue({ code: 'custom', path: ['outcome'], message: 'required' });
    }
    if (!result.performed && result.outcome !== null) {
      context.addIssue({ code: 'custom', path: ['outcome'], message: 'outcomeWithoutPerformance' });
    }
    if (result.outcome === 'DEVIATION') {
      if (!result.description) context.addIssue({ code: 'custom', path: ['description'], message: 'required' });
      if (!result.followUpAction) context.addIssue({ code: 'custom', path: ['followUpAction'], message: 'required' });
    }
  });

/** A risk category's name, unique among the categories (the API checks that). */
const riskCategoryNameSchema = requiredText(100);

export const createRiskCategoryInputSchema = z.object({ name: riskCategoryNameSchema });

export const updateRiskCategoryInputSchema = z.object({
  id: idSchema,
  expectedVersion: expectedVersionSchema,
  name: riskCategoryNameSchema,
  retired: z.boolean({ error: 'required' }),
});

export const removeRiskCategoryInputSchema = z.object({ id: idSchema, expectedVersion: expectedVersionSchema });

/**
 * The categories in a new order: every one, the retired ones included, each once (the API checks
 * that they are exactly the categories), with the order the list showed them in.
 */
export const reorderRiskCategoriesInputSchema = z.object({ ids: newOrderSchema, expectedIds: shownOrderSchema });

const riskScaleMaxSchema = z.union([z.literal(4), z.literal(5)], { error: 'fourOrFive' });

export const setRiskScaleInputSchema = z.object({
  max: riskScaleMaxSchema,
  /** The maximum the form was loaded with: another one in the database means someone else saved first. */
  expectedMax: riskScaleMaxSchema,
});
