import {
  assignmentUpdateInputSchema,
  auditActionUpdateInputSchema,
  createAssignmentInputSchema,
  createAuditRecommendationInputSchema,
  createAuditReportInputSchema,
  isAssignmentOverdue,
  isAuditActionOverdue,
  toIsoDate,
  toOptionalIsoDate,
  updateAssignmentInputSchema,
  updateAuditRecommendationInputSchema,
  updateAuditReportInputSchema,
} from '@lagesbild/types';
import type { Resolvers } from '../../generated/resolver-types';
import type { RequestContext } from '../../context';
import { requireValidMonth } from '../../validation/month';
import type { AccessRules, RootRule } from '../../authorization/access-rules';
import { parseInput, requireId } from '../../errors';
import { findUnitByCode } from '../organisation';
import {
  createAssignment,
  listAssignmentsOfSubtree,
  saveAssignmentUpdate,
  updateAssignment,
} from './assignment-service';
import {
  createAuditRecommendation,
  createAuditReport,
  listAuditReportsOfSubtree,
  listOwnerCandidates,
  saveAuditActionUpdate,
  updateAuditRecommendation,
  updateAuditReport,
} from './audit-report-service';

export const assignmentResolvers: Resolvers = {
  Query: {
    assignments: (_parent, { orgUnitCode, year }, { prisma, orgTree }) =>
      listAssignmentsOfSubtree(prisma, orgTree, orgUnitCode, year),
    auditReports: (_parent, { orgUnitCode, year }, { prisma, orgTree }) =>
      listAuditReportsOfSubtree(prisma, orgTree, orgUnitCode, year),
    auditActionOwnerCandidates: async (_parent, { orgUnitCode }, { prisma, orgTree }) =>
      (await listOwnerCandidates(prisma, orgTree, orgUnitCode)).map((user) => ({
        id: String(user.id),
        name: user.name,
      })),
  },
  Mutation: {
    createAssignment: (_parent, { input }, { mutate }) =>
      mutate('createAssignment', (tx) => createAssignment(tx, parseInput(createAssignmentInputSchema, input, 'input'))),
    updateAssignment: (_parent, { input }, { mutate }) =>
      mutate('updateAssignment', (tx) => updateAssignment(tx, parseInput(updateAssignmentInputSchema, input, 'input'))),
    saveAssignmentUpdate: (_parent, { input }, { mutate, viewer }) =>
      mutate('saveAssignmentUpdate', (tx) =>
        saveAssignmentUpdate(tx, parseInput(assignmentUpdateInputSchema, input, 'input'), viewer!.id),
      ),
    createAuditReport: (_parent, { input }, { mutate }) =>
      mutate('createAuditReport', (tx) =>
        createAuditReport(tx, parseInput(createAuditReportInputSchema, input, 'input')),
      ),
    updateAuditReport: (_parent, { input }, { mutate }) =>
      mutate('updateAuditReport', (tx) =>
        updateAuditReport(tx, parseInput(updateAuditReportInputSchema, input, 'input')),
      ),
    createAuditRecommendation: (_parent, { input }, { mutate }) =>
      mutate('createAuditRecommendation', (tx) =>
        createAuditRecommendation(tx, parseInput(createAuditRecommendationInputSchema, input, 'input')),
      ),
    updateAuditRecommendation: (_parent, { input }, { mutate }) =>
      mutate('updateAuditRecommendation', (tx) =>
        updateAuditRecommendation(tx, parseInput(updateAuditRecommendationInputSchema, input, 'input')),
      ),
    saveAuditActionUpdate: (_parent, { input }, { mutate, viewer }) =>
      mutate('saveAuditActionUpdate', (tx) =>
        saveAuditActionUpdate(tx, parseInput(auditActionUpdateInputSchema, input, 'input'), viewer!.id),
      ),
  },
  Assignment: {
    deadline: (assignment) => toOptionalIsoDate(assignment.deadline),
    orgUnit: async (assignment, _args, { loaders }) => (await loaders.orgUnitById.load(assignment.orgUnitId))!,
    update: (assignment, { upTo }, { loaders }) =>
      loaders.assignmentUpdateUpTo.load({ id: assignment.id, ...requireValidMonth(upTo, 'upTo') }),
    updates: (assignment, _args, { loaders }) => loaders.assignmentUpdates.load(assignment.id),
    isOverdue: async (assignment, { upTo }, { loaders }) => {
      const month = requireValidMonth(upTo, 'upTo');
      const update = await loaders.assignmentUpdateUpTo.load({ id: assignment.id, ...month });
      return isAssignmentOverdue(update?.status, toOptionalIsoDate(assignment.deadline), month);
    },
    mayEdit: (assignment, _args, { access }) => access.holds('PLANNER', assignment.orgUnitId),
    mayReport: (assignment, _args, { access }) => access.holds('ANALYST', assignment.orgUnitId),
  },
  AssignmentUpdate: {
    decisionDate: (update) => toOptionalIsoDate(update.decisionDate),
  },
  AuditReport: {
    reportDate: (report) => toIsoDate(report.reportDate),
    orgUnit: async (report, _args, { loaders }) => (await loaders.orgUnitById.load(report.orgUnitId))!,
    recommendations: (report, _args, { loaders }) => loaders.auditReportRecommendations.load(report.id),
    mayEdit: (report, _args, { access }) => access.holds('PLANNER', report.orgUnitId),
    mayReport: (report, _args, { access }) => access.holds('ANALYST', report.orgUnitId),
  },
  AuditRecommendation: {
    auditReportId: (recommendation) => String(recommendation.auditReportId),
    dueDate: (recommendation) => toOptionalIsoDate(recommendation.dueDate),
    ownerUser: async (recommendation, _args, { loaders }) => {
      if (recommendation.ownerUserId === null) return null;
      const user = await loaders.userById.load(recommendation.ownerUserId);
      return user ? { id: String(user.id), name: user.name } : null;
    },
    update: (recommendation, { upTo }, { loaders }) =>
      loaders.auditActionUpdateUpTo.load({ id: recommendation.id, ...requireValidMonth(upTo, 'upTo') }),
    updates: (recommendation, _args, { loaders }) => loaders.auditActionUpdates.load(recommendation.id),
    isOverdue: async (recommendation, { upTo }, { loaders }) => {
      const month = requireValidMonth(upTo, 'upTo');
      const update = await loaders.auditActionUpdateUpTo.load({ id: recommendation.id, ...month });
      return isAuditActionOverdue(update?.status, toOptionalIsoDate(recommendation.dueDate), month);
    },
  },
};

type Input = Record<string, unknown>;

/** A write by holders of `role` for the unit the input's record belongs to; an unknown record is not found. */
const roleFor = (
  role: 'PLANNER' | 'ANALYST',
  orgUnitOf: (input: Input, context: RequestContext) => Promise<number | null | (number | null)[]>,
): RootRule => ({
  kind: 'role',
  role,
  orgUnitOf: (args, context) => orgUnitOf((args.input ?? {}) as Input, context),
});

const unitOfAssignment = async (id: unknown, field: string, { loaders }: RequestContext) =>
  (await loaders.assignmentById.load(requireId(id, field)))?.orgUnitId ?? null;

const unitOfReport = async (id: unknown, field: string, { loaders }: RequestContext) =>
  (await loaders.auditReportById.load(requireId(id, field)))?.orgUnitId ?? null;

const unitOfRecommendation = async (id: unknown, field: string, context: RequestContext) => {
  const recommendation = await context.loaders.auditRecommendationById.load(requireId(id, field));
  return recommendation ? unitOfReport(recommendation.auditReportId, field, context) : null;
};

export const assignmentRules: AccessRules = {
  Query: {
    assignments: { kind: 'signedIn' },
    auditReports: { kind: 'signedIn' },
    auditActionOwnerCandidates: {
      kind: 'role',
      role: 'PLANNER',
      orgUnitOf: (args, { orgTree }) => Promise.resolve(findUnitByCode(orgTree, String(args.orgUnitCode))?.id ?? null),
    },
  },
  Mutation: {
    createAssignment: roleFor('PLANNER', (input) => Promise.resolve(requireId(input.orgUnitId, 'input.orgUnitId'))),
    // Moving an assignment to another unit needs the planner's role for both.
    updateAssignment: roleFor('PLANNER', async (input, context) => [
      await unitOfAssignment(input.id, 'input.id', context),
      requireId(input.orgUnitId, 'input.orgUnitId'),
    ]),
    saveAssignmentUpdate: roleFor('ANALYST', (input, context) =>
      unitOfAssignment(input.assignmentId, 'input.assignmentId', context),
    ),
    createAuditReport: roleFor('PLANNER', (input) => Promise.resolve(requireId(input.orgUnitId, 'input.orgUnitId'))),
    updateAuditReport: roleFor('PLANNER', (input, context) => unitOfReport(input.id, 'input.id', context)),
    createAuditRecommendation: roleFor('PLANNER', (input, context) =>
      unitOfReport(input.auditReportId, 'input.auditReportId', context),
    ),
    updateAuditRecommendation: roleFor('PLANNER', (input, context) =>
      unitOfRecommendation(input.id, 'input.id', context),
    ),
    saveAuditActionUpdate: roleFor('ANALYST', (input, context) =>
      unitOfRecommendation(input.recommendationId, 'input.recommendationId', context),
    ),
  },
  types: {
    Assignment: { kind: 'orgUnit', orgUnitOf: (assignment: { orgUnitId: number }) => assignment.orgUnitId },
    AssignmentUpdate: { kind: 'public', reason: 'reached only through its assignment, already checked' },
    AuditReport: { kind: 'orgUnit', orgUnitOf: (report: { orgUnitId: number }) => report.orgUnitId },
    AuditRecommendation: { kind: 'public', reason: 'reached only through its report, already checked' },
    AuditActionUpdate: { kind: 'public', reason: 'reached only through its recommendation, already checked' },
    AuditActionOwner: {
      kind: 'public',
      reason: "only a name: of an action's owner, or listed to planners of the unit choosing one",
    },
  },
};
