import { goalAssessmentInputSchema } from '@lagesbild/types';
import type { Resolvers } from '../../generated/resolver-types';
import { parseInput, requireId } from '../../validation/input-error';
import { requireValidMonth } from '../../validation/month';
import type { AccessRules } from '../access/access-rules';
import { setGoalAssessment } from './goal-assessment-service';
import { listGoalsOfOrgUnit } from './goal-service';

export const goalResolvers: Resolvers = {
  Query: {
    goals: (_parent, { orgUnitCode, year }, { prisma }) => listGoalsOfOrgUnit(prisma, orgUnitCode, year),
  },
  Mutation: {
    setGoalAssessment: (_parent, { input }, { mutate, viewer }) =>
      mutate('setGoalAssessment', (tx) =>
        setGoalAssessment(tx, parseInput(goalAssessmentInputSchema, input, 'input'), viewer!.id),
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
  },
  types: {
    Goal: { kind: 'orgUnit', orgUnitOf: (goal: { orgUnitId: number }) => goal.orgUnitId },
    GoalAssessment: {
      kind: 'orgUnit',
      orgUnitOf: async (assessment: { goalId: number }, { loaders }) =>
        (await loaders.goalById.load(assessment.goalId))?.orgUnitId ?? null,
    },
  },
};
