import { z } from 'zod';
import {
  commentSchema,
  expectedVersionSchema,
  figureSchema,
  idSchema,
  optionalIsoDateSchema,
  optionalLineSchema,
  plainText,
} from './common-schemas';
import { projectPhaseSchema } from './project-schemas';

/** An account chosen for a person; when given, the person's name is the account's. */
export const personUserIdSchema = idSchema.nullish().transform((id) => id ?? null);

/** A name that must be there: trimmed, at most 200 characters. */
const nameSchema = plainText(200)
  .transform((text) => text.trim())
  .pipe(z.string().min(1, { error: 'required' }));

/** Weeks between a started project's status updates: at least weekly, at most yearly. */
const statusUpdateIntervalSchema = z
  .number({ error: 'required' })
  .int({ error: 'outOfRange' })
  .min(1, { error: 'outOfRange' })
  .max(52, { error: 'outOfRange' });

/** A new portfolio of a unit. */
export const createPortfolioInputSchema = z.object({
  name: nameSchema,
  orgUnitId: idSchema,
  owner: optionalLineSchema,
  ownerUserId: personUserIdSchema,
  statusUpdateIntervalWeeks: statusUpdateIntervalSchema,
});

export type ParsedCreatePortfolioInput = z.output<typeof createPortfolioInputSchema>;

/** A portfolio's name, owner and interval, from a form that saw `expectedVersion`. */
export const updatePortfolioInputSchema = z.object({
  id: idSchema,
  expectedVersion: expectedVersionSchema,
  name: nameSchema,
  owner: optionalLineSchema,
  ownerUserId: personUserIdSchema,
  statusUpdateIntervalWeeks: statusUpdateIntervalSchema,
});

export type ParsedUpdatePortfolioInput = z.output<typeof updatePortfolioInputSchema>;

/** A new project; it starts not started, so only planned dates. */
export const createProjectInputSchema = z
  .object({
    portfolioId: idSchema,
    name: nameSchema,
    description: commentSchema,
    owner: optionalLineSchema,
    ownerUserId: personUserIdSchema,
    manager: optionalLineSchema,
    managerUserId: personUserIdSchema,
    phase: projectPhaseSchema.nullish().transform((phase) => phase ?? null),
    plannedStart: optionalIsoDateSchema,
    plannedEnd: optionalIsoDateSchema,
    budgetTkr: figureSchema.refine((value) => value === null || value >= 0, { error: 'notNegative' }),
    forecastTkr: figureSchema.refine((value) => value === null || value >= 0, { error: 'notNegative' }),
  })
  .superRefine((project, context) => {
    if (project.plannedStart && project.plannedEnd && project.plannedEnd < project.plannedStart) {
      context.addIssue({ code: 'custom', path: ['plannedEnd'], message: 'endBeforeStart' });
    }
  });

export type ParsedCreateProjectInput = z.output<typeof createProjectInputSchema>;

/** A project's new phase, from a board that saw `expectedVersion`. */
export const projectPhaseChangeInputSchema = z.object({
  projectId: idSchema,
  expectedVersion: expectedVersionSchema,
  phase: projectPhaseSchema,
});

export type ParsedProjectPhaseChangeInput = z.output<typeof projectPhaseChangeInputSchema>;
