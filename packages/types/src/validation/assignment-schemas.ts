import { z } from 'zod';
import {
  caseNumberSchema,
  commentSchema,
  expectedVersionSchema,
  idSchema,
  isoDateSchema,
  optionalIsoDateSchema,
  optionalLineSchema,
  pastIsoDateSchema,
  plainText,
  yearSchema,
} from './common-schemas';
import { correctionReasonSchema } from './reporting-calendar-schemas';
import { yearMonthSchema } from './year-month-schema';

export const ASSIGNMENT_SOURCES = ['COUNCIL_BUDGET', 'COUNCIL_OTHER', 'EXECUTIVE_BOARD'] as const;
export const ASSIGNMENT_STATUSES = ['NOT_STARTED', 'ONGOING', 'PROPOSED_COMPLETE', 'DECLARED_COMPLETE'] as const;
export const AUDIT_ACTION_STATUSES = ['NOT_STARTED', 'ONGOING', 'DONE'] as const;

/** A text a person must give: a title, a recommendation. */
const requiredText = (maxLength: number) =>
  plainText(maxLength)
    .transform((text) => text.trim())
    .pipe(z.string().min(1, { error: 'required' }));

/** A case number a record may lack: empty counts as none. */
const optionalCaseNumberSchema = z
  .string()
  .nullish()
  .transform((text) => (text?.trim() ? text : null))
  .pipe(caseNumberSchema.nullable());

const assignmentFields = {
  orgUnitId: idSchema,
  year: yearSchema(),
  source: z.enum(ASSIGNMENT_SOURCES, { error: 'required' }),
  title: requiredText(4000),
  caseNumber: optionalCaseNumberSchema,
  deadline: optionalIsoDateSchema,
};

/** A new assignment: who gave it, its text, case number, deadline, responsible unit and plan year. */
export const createAssignmentInputSchema = z.object(assignmentFields);

/** An assignment's fields, edited from the version the form was loaded with. */
export const updateAssignmentInputSchema = z.object({
  id: idSchema,
  expectedVersion: expectedVersionSchema,
  ...assignmentFields,
});

/**
 * An assignment's status and comment for a report period. Declared complete carries the
 * decision's date (not in the future) and case number; the other statuses carry neither.
 */
export const assignmentUpdateInputSchema = yearMonthSchema
  .extend({
    assignmentId: idSchema,
    status: z.enum(ASSIGNMENT_STATUSES, { error: 'required' }),
    comment: commentSchema,
    decisionDate: z
      .string()
      .nullish()
      .transform((text) => (text?.trim() ? text.trim() : null))
      .pipe(pastIsoDateSchema.nullable()),
    decisionCaseNumber: optionalCaseNumberSchema,
    expectedVersion: expectedVersionSchema.nullish(),
    correctionReason: correctionReasonSchema,
  })
  .superRefine(
    (update, context) => {
      const declared = update.status === 'DECLARED_COMPLETE';
      for (const field of ['decisionDate', 'decisionCaseNumber'] as const) {
        if (declared && update[field] === null)
          context.addIssue({ code: 'custom', path: [field], message: 'required' });
        if (!declared && update[field] !== null) {
          context.addIssue({ code: 'custom', path: [field], message: 'onlyWhenDeclaredComplete' });
        }
      }
    },
    // Runs even when a field is already refused, so that a missing decision date is named
    // beside a malformed case number in one answer, not one save later (a field refused with
    // an explicit `abort` still stops it: the case number's rule has none for that reason).
    {
      when: (payload) =>
        (ASSIGNMENT_STATUSES as readonly unknown[]).includes((payload.value as { status?: unknown }).status),
    },
  );

const auditReportFields = {
  year: yearSchema(),
  title: requiredText(500),
  auditor: requiredText(200),
  reportDate: isoDateSchema,
  caseNumber: optionalCaseNumberSchema,
};

/** A new audit report (revisionsrapport) to a unit. */
export const createAuditReportInputSchema = z.object({ orgUnitId: idSchema, ...auditReportFields });

export const updateAuditReportInputSchema = z.object({
  id: idSchema,
  expectedVersion: expectedVersionSchema,
  ...auditReportFields,
});

const recommendationFields = {
  recommendation: requiredText(4000),
  action: commentSchema,
  ownerUserId: idSchema.nullish().transform((id) => id ?? null),
  ownerName: optionalLineSchema,
  dueDate: optionalIsoDateSchema,
};

/** The action's owner is a user or a name, not both. */
function oneOwner(recommendation: { ownerUserId: number | null; ownerName: string | null }, context: z.RefinementCtx) {
  if (recommendation.ownerUserId !== null && recommendation.ownerName !== null) {
    context.addIssue({ code: 'custom', path: ['ownerName'], message: 'userOrName' });
  }
}

/** A recommendation of an audit report with the committee's action, its owner and due date. */
export const createAuditRecommendationInputSchema = z
  .object({ auditReportId: idSchema, ...recommendationFields })
  .superRefine(oneOwner);

export const updateAuditRecommendationInputSchema = z
  .object({ id: idSchema, expectedVersion: expectedVersionSchema, ...recommendationFields })
  .superRefine(oneOwner);

/** The status and comment of a recommendation's action for a report period. */
export const auditActionUpdateInputSchema = yearMonthSchema.extend({
  recommendationId: idSchema,
  status: z.enum(AUDIT_ACTION_STATUSES, { error: 'required' }),
  comment: commentSchema,
  expectedVersion: expectedVersionSchema.nullish(),
  correctionReason: correctionReasonSchema,
});

export type ParsedCreateAssignmentInput = z.output<typeof createAssignmentInputSchema>;
export type ParsedUpdateAssignmentInput = z.output<typeof updateAssignmentInputSchema>;
export type ParsedAssignmentUpdateInput = z.output<typeof assignmentUpdateInputSchema>;
export type ParsedCreateAuditReportInput = z.output<typeof createAuditReportInputSchema>;
export type ParsedUpdateAuditReportInput = z.output<typeof updateAuditReportInputSchema>;
export type ParsedCreateAuditRecommendationInput = z.output<typeof createAuditRecommendationInputSchema>;
export type ParsedUpdateAuditRecommendationInput = z.output<typeof updateAuditRecommendationInputSchema>;
export type ParsedAuditActionUpdateInput = z.output<typeof auditActionUpdateInputSchema>;
