import { z } from 'zod';
import {
  caseNumberSchema,
  expectedVersionSchema,
  idSchema,
  pastIsoDateSchema,
  plainText,
  yearSchema,
} from './common-schemas';

export const adoptPlanInputSchema = z.object({
  orgUnitId: idSchema,
  year: yearSchema(),
  /** The day the committee decided: it has happened, so not after today. */
  decisionDate: pastIsoDateSchema,
  caseNumber: caseNumberSchema,
  /** The plan's version as loaded; null when no plan of the year existed then. */
  expectedVersion: expectedVersionSchema.nullish().transform((version) => version ?? null),
});

export const openPlanRevisionInputSchema = z.object({
  planId: idSchema,
  expectedVersion: expectedVersionSchema,
});

export const goalTitleSchema = plainText(500)
  .transform((title) => title.trim())
  .pipe(z.string().min(1, { error: 'required' }));

/** The most nodes of one kind a roll-over decides on at once (a large committee's plan holds a few hundred). */
export const MAX_ROLL_OVER_NODES = 2000;

const decisions = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.array(z.object(shape)).max(MAX_ROLL_OVER_NODES, { error: 'tooMany' });

export const commitRollOverInputSchema = z.object({
  orgUnitId: idSchema,
  /** The year rolled over from; the new plan is for the year after. */
  fromYear: yearSchema().refine((year) => year < 2100, { error: 'outOfRange' }),
  /** One decision per goal of the preview; a goal left out is not carried. */
  goals: decisions({
    goalId: idSchema,
    carry: z.boolean(),
    /** The carried goal's new title; its old one when left out. */
    title: goalTitleSchema.nullish().transform((title) => title ?? null),
  }),
  indicatorLinks: decisions({ goalId: idSchema, indicatorId: idSchema, carry: z.boolean() }),
  activities: decisions({ activityId: idSchema, carry: z.boolean() }),
  targets: decisions({ indicatorId: idSchema, carry: z.boolean() }),
});

export type ParsedAdoptPlanInput = z.output<typeof adoptPlanInputSchema>;
export type ParsedOpenPlanRevisionInput = z.output<typeof openPlanRevisionInputSchema>;
export type ParsedCommitRollOverInput = z.output<typeof commitRollOverInputSchema>;
