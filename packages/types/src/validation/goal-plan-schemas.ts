import { z } from 'zod';
import {
  commentSchema,
  expectedVersionSchema,
  idSchema,
  optionalIsoDateSchema,
  optionalLineSchema,
  plainText,
  yearSchema,
} from './common-schemas';

/** How many goals one goal may serve, and how many indicators one goal may be measured by. */
export const MAX_GOAL_PARENTS = 20;
export const MAX_GOAL_INDICATORS = 100;

/** A goal's or an activity's title: required, at most 500 characters (source 001's goals are long sentences). */
export const planTitleSchema = plainText(500)
  .transform((title) => title.trim())
  .pipe(z.string().min(1, { error: 'required' }));

/** Distinct ids, at most `max`; the same id twice is one. */
const idListSchema = (max: number) =>
  z
    .array(idSchema, { error: 'required' })
    .max(max, { error: 'tooMany' })
    .transform((ids) => [...new Set(ids)]);

/** What a goal says and where it stands in the cascade, as the create and edit forms share it. */
const goalContentShape = {
  title: planTitleSchema,
  description: commentSchema,
  perspectiveId: idSchema,
  /**
   * The goals it serves: for a committee goal the council goals of its year (at least one),
   * for a sub-goal the one committee goal of a unit above it; none for a council goal.
   */
  parentIds: idListSchema(MAX_GOAL_PARENTS),
};

export const goalLevelSchema = z.enum(['COUNCIL', 'COMMITTEE'], { error: 'required' });

/** A new goal of a unit and year: a council goal of a city, or a committee goal (or sub-goal) serving others. */
export const createGoalInputSchema = z
  .object({
    orgUnitId: idSchema,
    year: yearSchema(),
    level: goalLevelSchema,
    ...goalContentShape,
  })
  .superRefine((goal, context) => {
    if (goal.level === 'COUNCIL' && goal.parentIds.length > 0) {
      context.addIssue({ code: 'custom', path: ['parentIds'], message: 'councilGoalServesNone' });
    }
    if (goal.level === 'COMMITTEE' && goal.parentIds.length === 0) {
      context.addIssue({ code: 'custom', path: ['parentIds'], message: 'parentRequired' });
    }
  });

export type ParsedCreateGoalInput = z.output<typeof createGoalInputSchema>;

/** A change to a goal's text, perspective and the goals it serves (its unit, year and level stay). */
export const updateGoalInputSchema = z.object({
  id: idSchema,
  expectedVersion: expectedVersionSchema,
  ...goalContentShape,
});

export type ParsedUpdateGoalInput = z.output<typeof updateGoalInputSchema>;

/** One step up or down among the goals of its unit, year, perspective and level. */
export const moveGoalInputSchema = z.object({
  id: idSchema,
  expectedVersion: expectedVersionSchema,
  direction: z.enum(['UP', 'DOWN'], { error: 'required' }),
});

export type ParsedMoveGoalInput = z.output<typeof moveGoalInputSchema>;

/** Retires a goal from the plan (its history and assessments stay) or brings it back. */
export const setGoalRetiredInputSchema = z.object({
  id: idSchema,
  expectedVersion: expectedVersionSchema,
  retired: z.boolean({ error: 'required' }),
});

export type ParsedSetGoalRetiredInput = z.output<typeof setGoalRetiredInputSchema>;

/** The indicators that measure a goal, all at once: those left out are unlinked. */
export const setGoalIndicatorsInputSchema = z.object({
  goalId: idSchema,
  expectedVersion: expectedVersionSchema,
  indicatorIds: idListSchema(MAX_GOAL_INDICATORS),
});

export type ParsedSetGoalIndicatorsInput = z.output<typeof setGoalIndicatorsInputSchema>;

/** What an activity says, who answers for it and when it runs. */
const activityContentShape = {
  goalId: idSchema,
  title: planTitleSchema,
  description: commentSchema,
  /** A user with an account … */
  ownerId: idSchema.nullish().transform((id) => id ?? null),
  /** … or, for someone without one, their name as typed. */
  ownerName: optionalLineSchema,
  startDate: optionalIsoDateSchema,
  endDate: optionalIsoDateSchema,
};

type ActivityContent = z.output<z.ZodObject<typeof activityContentShape>>;

/** An owner is a user or a name, not both; an end is not before the start. */
function checkActivity(activity: ActivityContent, context: z.RefinementCtx): void {
  if (activity.ownerId !== null && activity.ownerName !== null) {
    context.addIssue({ code: 'custom', path: ['ownerName'], message: 'ownerTwice' });
  }
  if (activity.startDate && activity.endDate && activity.endDate < activity.startDate) {
    context.addIssue({ code: 'custom', path: ['endDate'], message: 'endBeforeStart' });
  }
}

/** A new activity carrying out a goal; it belongs to the goal's unit and perspective. */
export const createActivityInputSchema = z.object(activityContentShape).superRefine(checkActivity);

export type ParsedCreateActivityInput = z.output<typeof createActivityInputSchema>;

/** A change to an activity; moving it to another goal of its unit moves its perspective with it. */
export const updateActivityInputSchema = z
  .object({ id: idSchema, expectedVersion: expectedVersionSchema, ...activityContentShape })
  .superRefine(checkActivity);

export type ParsedUpdateActivityInput = z.output<typeof updateActivityInputSchema>;

/** Cancels an activity (it leaves the plan; its monthly statuses stay) or brings it back. */
export const setActivityRetiredInputSchema = z.object({
  id: idSchema,
  expectedVersion: expectedVersionSchema,
  retired: z.boolean({ error: 'required' }),
});

export type ParsedSetActivityRetiredInput = z.output<typeof setActivityRetiredInputSchema>;
