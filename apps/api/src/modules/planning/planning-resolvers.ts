import {
  adoptPlanInputSchema,
  commitRollOverInputSchema,
  openPlanRevisionInputSchema,
  toIsoDate,
  toOptionalIsoDate,
  yearSchema,
} from '@lagesbild/types';
import type { Resolvers } from '../../generated/resolver-types';
import type { AccessRules } from '../../authorization/access-rules';
import { parseInput, requireId } from '../../errors';
import {
  adoptPlan,
  changesOfDraft,
  changesOfRevision,
  findPlanOfYear,
  findPlanOrgUnit,
  openPlanRevision,
} from './plan-service';
import { commitRollOver, previewRollOver } from './roll-over-service';
import type { Transaction } from '../audit';

/** A field of a mutation's input as sent, before it is parsed. */
const inputField = (args: Record<string, unknown>, field: string): unknown =>
  (args.input as Record<string, unknown> | undefined)?.[field];

export const planningResolvers: Resolvers = {
  Query: {
    planOfYear: (_parent, { orgUnitCode, year }, { prisma, orgTree }) =>
      findPlanOfYear(prisma, orgTree, orgUnitCode, parseInput(yearSchema(), year, 'year')),
    // Read in a transaction of its own so its statements see one state of the plan.
    rollOverPreview: (_parent, { orgUnitId, fromYear }, { prisma }) =>
      prisma.$transaction((tx) =>
        previewRollOver(
          tx as Transaction,
          requireId(orgUnitId, 'orgUnitId'),
          parseInput(yearSchema(), fromYear, 'fromYear'),
        ),
      ),
  },
  Mutation: {
    adoptPlan: (_parent, { input }, { mutate, viewer }) =>
      mutate('adoptPlan', (tx) => adoptPlan(tx, parseInput(adoptPlanInputSchema, input, 'input'), viewer!.id)),
    openPlanRevision: (_parent, { input }, { mutate }) =>
      mutate('openPlanRevision', (tx) => openPlanRevision(tx, parseInput(openPlanRevisionInputSchema, input, 'input'))),
    commitRollOver: (_parent, { input }, { mutate }) =>
      mutate('commitRollOver', (tx) => commitRollOver(tx, parseInput(commitRollOverInputSchema, input, 'input')), {
        timeoutMs: 60_000,
      }),
  },
  Plan: {
    orgUnit: async (plan, _args, { loaders }) => (await loaders.orgUnitById.load(plan.orgUnitId))!,
    decisionDate: (plan) => toOptionalIsoDate(plan.decisionDate),
    revisions: (plan, _args, { loaders }) => loaders.planRevisions.load(plan.id),
    draftChanges: async (plan, _args, { prisma, loaders }) =>
      changesOfDraft(prisma, plan, await loaders.planRevisions.load(plan.id)),
  },
  PlanRevision: {
    adoptedAt: (revision) => revision.adoptedAt.toISOString(),
    adoptedBy: (revision, _args, { loaders }) =>
      revision.adoptedById === null ? null : loaders.userById.load(revision.adoptedById),
    decisionDate: (revision) => toIsoDate(revision.decisionDate),
    changes: async (revision, _args, { loaders }) =>
      changesOfRevision(revision, await loaders.planRevisions.load(revision.planId)),
  },
  PlanOfYear: {
    orgUnit: async (row, _args, { loaders }) => (await loaders.orgUnitById.load(row.orgUnitId))!,
    mayAdopt: (row, _args, { access }) => access.holds('ADMIN', row.orgUnitId),
    mayPlan: (row, _args, { access }) => access.holds('PLANNER', row.orgUnitId),
  },
  RollOverPreview: {
    orgUnit: async (row, _args, { loaders }) => (await loaders.orgUnitById.load(row.orgUnitId))!,
  },
  RollOverGoal: {
    perspective: async (goal, _args, { loaders }) =>
      (await loaders.perspectiveInYear.load({ id: goal.perspectiveId, year: goal.year }))!,
  },
};

const unitOfArgs = (args: Record<string, unknown>) => Promise.resolve(requireId(args.orgUnitId, 'orgUnitId'));
const unitOfInput = (args: Record<string, unknown>) =>
  Promise.resolve(requireId(inputField(args, 'orgUnitId'), 'input.orgUnitId'));
const previewPart = { kind: 'public', reason: 'part of a roll-over preview, whose unit is checked' } as const;

export const planningRules: AccessRules = {
  Query: {
    planOfYear: { kind: 'signedIn' },
    rollOverPreview: { kind: 'role', role: 'PLANNER', orgUnitOf: unitOfArgs },
  },
  Mutation: {
    // Adoption records the committee's decision: the unit's administrators (ADMIN implies PLANNER, not the reverse).
    adoptPlan: { kind: 'role', role: 'ADMIN', orgUnitOf: unitOfInput },
    openPlanRevision: {
      kind: 'role',
      role: 'PLANNER',
      orgUnitOf: (args, { prisma }) => findPlanOrgUnit(prisma, requireId(inputField(args, 'planId'), 'input.planId')),
    },
    commitRollOver: { kind: 'role', role: 'PLANNER', orgUnitOf: unitOfInput },
  },
  types: {
    Plan: { kind: 'orgUnit', orgUnitOf: (plan: { orgUnitId: number }) => plan.orgUnitId },
    PlanRevision: {
      kind: 'orgUnit',
      orgUnitOf: (revision: { plan: { orgUnitId: number } }) => revision.plan.orgUnitId,
    },
    PlanChange: { kind: 'public', reason: 'part of a plan revision, whose unit is checked' },
    PlanOfYear: { kind: 'orgUnit', orgUnitOf: (row: { orgUnitId: number }) => row.orgUnitId },
    RollOverPreview: { kind: 'orgUnit', orgUnitOf: (row: { orgUnitId: number }) => row.orgUnitId },
    RollOverGoal: previewPart,
    RollOverGoalLink: previewPart,
    RollOverIndicatorLink: previewPart,
    RollOverActivity: previewPart,
    RollOverAssignment: previewPart,
    RollOverTarget: previewPart,
  },
};
