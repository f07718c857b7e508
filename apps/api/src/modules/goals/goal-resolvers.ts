import type { Resolvers } from '../../generated/resolver-types';
import { listGoalsOfOrgUnit } from './goal-service';
import { requireValidMonth } from '../../validation/month';

export const goalResolvers: Resolvers = {
  Query: {
    goals: (_parent, { orgUnitCode, year }, { prisma }) => listGoalsOfOrgUnit(prisma, orgUnitCode, year),
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
