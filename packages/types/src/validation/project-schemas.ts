import { z } from 'zod';
import type { StatusDimension } from '../generated/schema-types';
import { needsCauseAndAction, STATUS_DIMENSIONS } from '../project-status';
import type { StatusDimensionKey } from '../project-status';
import { correctionReasonSchema } from './reporting-calendar-schemas';
import {
  commentSchema,
  expectedVersionSchema,
  figureSchema,
  idSchema,
  optionalIsoDateSchema,
  optionalLineSchema,
  pastIsoDateSchema,
  plainText,
} from './common-schemas';
import { yearMonthSchema } from './year-month-schema';

const ragSchema = z.enum(['GREEN', 'YELLOW', 'RED'], { error: 'required' });

/** Text that must be there: trimmed, at most `maxLength` characters. */
const requiredText = (maxLength: number) =>
  plainText(maxLength)
    .transform((text) => text.trim())
    .pipe(z.string().min(1, { error: 'required' }));

/** The dimension as the schema's StatusDimension names it. */
const DIMENSION_ENUM: Record<StatusDimensionKey, StatusDimension> = { time: 'TIME', cost: 'COST', result: 'RESULT' };

const dimensionStatusSchema = z.object({
  status: ragSchema,
  cause: commentSchema,
  action: commentSchema,
  actionOwner: optionalLineSchema,
  actionOwnerUserId: idSchema.nullish().transform((id) => id ?? null),
  actionDueDate: optionalIsoDateSchema,
});

/** The phases of the project model, in order. */
export const PROJECT_PHASES = ['INITIATION', 'PLANNING', 'EXECUTION', 'CLOSURE'] as const;

export const projectPhaseSchema = z.enum(PROJECT_PHASES, { error: 'required' });

/**
 * A new status update. Cause and action are required for every yellow or red dimension
 * (field errors `time.cause`, `cost.action` …) and dropped for green ones, whose colour
 * needs no explanation.
 */
export const projectStatusUpdateInputSchema = z
  .object({
    projectId: idSchema,
    statusDate: pastIsoDateSchema,
    time: dimensionStatusSchema,
    cost: dimensionStatusSchema,
    result: dimensionStatusSchema,
    comment: commentSchema,
    basedOnStatusUpdateId: idSchema.nullish().transform((id) => id ?? null),
    correctionReason: correctionReasonSchema,
  })
  .superRefine((statusUpdate, context) => {
    for (const dimension of STATUS_DIMENSIONS) {
      const { status, cause, action } = statusUpdate[dimension];
      if (!needsCauseAndAction(status)) continue;
      if (!cause) context.addIssue({ code: 'custom', path: [dimension, 'cause'], message: 'causeRequired' });
      if (!action) context.addIssue({ code: 'custom', path: [dimension, 'action'], message: 'actionRequired' });
    }
  })
  .transform((statusUpdate) => {
    const deviations = STATUS_DIMENSIONS.filter((dimension) => needsCauseAndAction(statusUpdate[dimension].status)).map(
      (dimension) => ({
        dimension: DIMENSION_ENUM[dimension],
        cause: statusUpdate[dimension].cause!,
        action: statusUpdate[dimension].action!,
        actionOwner: statusUpdate[dimension].actionOwner,
        actionOwnerUserId: statusUpdate[dimension].actionOwnerUserId,
        actionDueDate: statusUpdate[dimension].actionDueDate,
      }),
    );
    return {
      projectId: statusUpdate.projectId,
      statusDate: statusUpdate.statusDate,
      time: statusUpdate.time.status,
      cost: statusUpdate.cost.status,
      result: statusUpdate.result.status,
      comment: statusUpdate.comment,
      basedOnStatusUpdateId: statusUpdate.basedOnStatusUpdateId,
      correctionReason: statusUpdate.correctionReason,
      deviations,
    };
  });

export type ParsedProjectStatusUpdateInput = z.output<typeof projectStatusUpdateInputSchema>;

const notNegativeFigure = figureSchema.refine((value) => value === null || value >= 0, { error: 'notNegative' });

/** Pairs of dates where the second may not come before the first. */
const DATE_SPANS = [
  ['plannedStart', 'plannedEnd'],
  ['actualStart', 'actualEnd'],
] as const;

/** A project's details; an end before its start is refused on the end's field. */
export const projectDetailsInputSchema = z
  .object({
    id: idSchema,
    expectedVersion: expectedVersionSchema,
    name: requiredText(200),
    portfolioId: idSchema,
    description: commentSchema,
    owner: optionalLineSchema,
    ownerUserId: idSchema.nullish().transform((id) => id ?? null),
    manager: optionalLineSchema,
    managerUserId: idSchema.nullish().transform((id) => id ?? null),
    phase: projectPhaseSchema.nullish().transform((phase) => phase ?? null),
    plannedStart: optionalIsoDateSchema,
    plannedEnd: optionalIsoDateSchema,
    actualStart: optionalIsoDateSchema,
    actualEnd: optionalIsoDateSchema,
    budgetTkr: notNegativeFigure,
    costToDateTkr: notNegativeFigure,
    forecastTkr: notNegativeFigure,
  })
  .superRefine((project, context) => {
    for (const [start, end] of DATE_SPANS) {
      const from = project[start];
      const to = project[end];
      if (from && to && to < from) context.addIssue({ code: 'custom', path: [end], message: 'endBeforeStart' });
    }
  });

export type ParsedProjectDetailsInput = z.output<typeof projectDetailsInputSchema>;

/** A change of state with its reason; a pause needs the date the project is to resume, after the change. */
export const projectStateChangeInputSchema = z
  .object({
    projectId: idSchema,
    expectedVersion: expectedVersionSchema,
    action: z.enum(['START', 'PAUSE', 'RESUME', 'CLOSE', 'WILL_NOT_START'], { error: 'required' }),
    reason: requiredText(4000),
    changedOn: pastIsoDateSchema,
    pausedUntil: optionalIsoDateSchema,
  })
  .superRefine((change, context) => {
    if (change.action !== 'PAUSE') return;
    if (!change.pausedUntil) {
      context.addIssue({ code: 'custom', path: ['pausedUntil'], message: 'required' });
    } else if (change.pausedUntil <= change.changedOn) {
      context.addIssue({ code: 'custom', path: ['pausedUntil'], message: 'resumeBeforePause' });
    }
  })
  .transform((change) => ({ ...change, pausedUntil: change.action === 'PAUSE' ? change.pausedUntil : null }));

export type ParsedProjectStateChangeInput = z.output<typeof projectStateChangeInputSchema>;

/** A portfolio's narrative and changes for a month. */
export const portfolioPeriodStatusInputSchema = yearMonthSchema.extend({
  portfolioId: idSchema,
  narrative: requiredText(10000),
  changes: plainText(10000)
    .nullish()
    .transform((text) => (text?.trim() ? text.trim() : null)),
  expectedVersion: expectedVersionSchema.nullish(),
  correctionReason: correctionReasonSchema,
});

export type ParsedPortfolioPeriodStatusInput = z.output<typeof portfolioPeriodStatusInputSchema>;
