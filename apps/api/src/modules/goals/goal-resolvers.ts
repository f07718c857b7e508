import { activityUpdateInputSchema, goalAssessmentInputSchema, toOptionalIsoDate } from '@lagesbild/types';
import type { Resolvers } from '../../generated/resolver-types';
import { requireValidMonth } from '../../validation/month';
import type { AccessRules } from '../../authorization/access-rules';
import { saveActivityUpdate } from './activity-update-service';
import { setGoalAssessment } from './goal-assessment-service';
import { listGoalsOfSubtree } from './goal-service';
import { parseInput, requireId } from '../../errors';

export const goalResolvers: Resolvers = {
  Query: {
    goals: (_parent, { orgUnitCode, year }, { prisma, orgTree }) =>
      listGoalsOfSubtree(prisma, orgTree, orgUnitCode, year),
  },
  Mutation: {
    setGoalAssessment: (_parent, { input }, { mutate, viewer }) =>
      mutate('setGoalAssessment', (tx) =>
        setGoalAssessment(tx, parseInput(goalAssessmentInputSchema, input, 'input'), viewer!.id),
      ),
    saveActivityUpdate: (_parent, { input }, { mutate, viewer }) =>
      mutate('saveActivityUpdate', (tx) =>
        saveActivityUpdate(tx, parseInput(activityUpdateInputSchema, input, 'input'), viewer!.id),
      ),
  },
  GoalAssessment: {
    goalId: (assessment) => String(assessment.goalId),
  },
  Goal: {
    perspective: async (goal, _args, { loaders }) => (await loaders.perspectiveById.load(goal.perspectiveId))!,
    orgUnit: async (goal, _args, { loaders }) => (await loaders.orgUnitById.load(goal.orgUnitId))!,
    parents: (goal, _args, { loaders }) => loaders.goalParents.load(goal.id),
    children: (goal, _args, { loaders }) => loaders.goalChildren.load(goal.id),
    indicators: (goal, _args, { loaders }) => loaders.goalIndicators.load(goal.id),
    assessment: (goal, { upTo }, { loaders }) =>
      loaders.goalAssessmentUpTo.load({ id: goal.id, ...requireValidMonth(upTo, 'upTo') }),
    activities: (goal, _args, { loaders }) => loaders.goalActivities.load(goal.id),
  },
  Activity: {
    endDate: (activity) => toOptionalIsoDate(activity.endDate),
    orgUnit: async (activity, _args, { loaders }) => (await loaders.orgUnitById.load(activity.orgUnitId))!,
    update: (activity, { upTo }, { loaders }) =>
      loaders.activityUpdateUpTo.load({ id: activity.id, ...requireValidMonth(upTo, 'upTo') }),
  },
};

export const goalRules: AccessRules = {
  Query: {
    goals: { kind: 'signedIn' },
  },
  Mutation: {
    setGoalAssessment: {
      kind: 'role',
      role: 'ANALYST',
      orgUnitOf: async (args, { loaders }) => {
        const goalId = requireId((args.input as { goalId?: unknown } | undefined)?.goalId, 'input.goalId');
        return (await loaders.goalById.load(goalId))?.orgUnitId ?? null;
      },
    },
    saveActivityUpdate: {
      kind: 'role',
      role: 'ANALYST',
      orgUnitOf: async (args, { loaders }) => {
        const activityId = requireId(
          (args.input as { activityId?: unknown } | undefined)?.activityId,
          'input.activityId',
        );
        return (await loaders.activityById.load(activityId))?.orgUnitId ?? null;
      },
    },
  },
  types: {
    Goal: { kind: 'orgUnit', orgUnitOf: (goal: { orgUnitId: number }) => goal.orgUnitId },
    Activity: { kind: 'orgUnit', orgUnitOf: (activity: { orgUnitId: number }) => activity.orgUnitId },
    ActivityUpdate: { kind: 'public', reason: 'reached only through its activity, already checked' },
    GoalAssessment: {
      kind: 'orgUnit',
      orgUnitOf: async (assessment: { goalId: number }, { loaders }) =>
        (await loaders.goalById.load(assessment.goalId))?.orgUnitId ?? null,
    },
  },
};
