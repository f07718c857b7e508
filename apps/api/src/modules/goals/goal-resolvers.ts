import {
  activityUpdateInputSchema,
  createActivityInputSchema,
  createGoalInputSchema,
  goalAssessmentInputSchema,
  moveGoalInputSchema,
  setActivityRetiredInputSchema,
  setGoalIndicatorsInputSchema,
  setGoalRetiredInputSchema,
  toOptionalIsoDate,
  updateActivityInputSchema,
  updateGoalInputSchema,
  yearSchema,
} from '@lagesbild/types';
import type { Resolvers } from '../../generated/resolver-types';
import { requireValidMonth } from '../../validation/month';
import type { AccessRules } from '../../authorization/access-rules';
import type { RequestContext } from '../../context';
import { createActivity, listActivityOwnerOptions, setActivityRetired, updateActivity } from './activity-plan-service';
import { saveActivityUpdate } from './activity-update-service';
import {
  createGoal,
  listGoalParentOptions,
  moveGoal,
  setGoalIndicators,
  setGoalRetired,
  updateGoal,
} from './goal-plan-service';
import { setGoalAssessment } from './goal-assessment-service';
import { listGoalsOfSubtree } from './goal-service';
import { parseInput, requireId } from '../../errors';

export const goalResolvers: Resolvers = {
  Query: {
    goals: (_parent, { orgUnitCode, year, includeRetired }, { prisma, orgTree, loaders }) =>
      listGoalsOfSubtree(prisma, orgTree, orgUnitCode, year, loaders.perspectiveInYear, {
        includeRetired: includeRetired ?? false,
      }),
    goalParentOptions: (_parent, { orgUnitId, year }, { prisma, orgTree, loaders }) =>
      listGoalParentOptions(
        prisma,
        orgTree,
        loaders.perspectiveInYear,
        requireId(orgUnitId, 'orgUnitId'),
        parseInput(yearSchema(), year, 'year'),
      ),
    activityOwnerOptions: (_parent, { orgUnitId }, { prisma, orgTree }) =>
      listActivityOwnerOptions(prisma, orgTree, requireId(orgUnitId, 'orgUnitId')),
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
    createGoal: (_parent, { input }, { mutate, orgTree }) =>
      mutate('createGoal', (tx) => createGoal(tx, orgTree, parseInput(createGoalInputSchema, input, 'input'))),
    updateGoal: (_parent, { input }, { mutate, orgTree }) =>
      mutate('updateGoal', (tx) => updateGoal(tx, orgTree, parseInput(updateGoalInputSchema, input, 'input'))),
    moveGoal: (_parent, { input }, { mutate }) =>
      mutate('moveGoal', (tx) => moveGoal(tx, parseInput(moveGoalInputSchema, input, 'input'))),
    setGoalRetired: (_parent, { input }, { mutate }) =>
      mutate('setGoalRetired', (tx) => setGoalRetired(tx, parseInput(setGoalRetiredInputSchema, input, 'input'))),
    setGoalIndicators: (_parent, { input }, { mutate, orgTree }) =>
      mutate('setGoalIndicators', (tx) =>
        setGoalIndicators(tx, orgTree, parseInput(setGoalIndicatorsInputSchema, input, 'input')),
      ),
    createActivity: (_parent, { input }, { mutate }) =>
      mutate('createActivity', (tx) => createActivity(tx, parseInput(createActivityInputSchema, input, 'input'))),
    updateActivity: (_parent, { input }, { mutate }) =>
      mutate('updateActivity', (tx) => updateActivity(tx, parseInput(updateActivityInputSchema, input, 'input'))),
    setActivityRetired: (_parent, { input }, { mutate }) =>
      mutate('setActivityRetired', (tx) =>
        setActivityRetired(tx, parseInput(setActivityRetiredInputSchema, input, 'input')),
      ),
  },
  OrgUnit: {
    canPlan: async (unit, { year }, { access, loaders }) =>
      access.holds('PLANNER', unit.id) &&
      (year == null ||
        (await loaders.planLock.load({ orgUnitId: unit.id, year: parseInput(yearSchema(), year, 'year') })) === null),
    planLock: (unit, { year }, { loaders }) =>
      loaders.planLock.load({ orgUnitId: unit.id, year: parseInput(yearSchema(), year, 'year') }),
  },
  GoalAssessment: {
    goalId: (assessment) => String(assessment.goalId),
  },
  Goal: {
    // Named as in the goal's year: a rename for a later year leaves this goal's name as it was.
    perspective: async (goal, _args, { loaders }) =>
      (await loaders.perspectiveInYear.load({ id: goal.perspectiveId, year: goal.year }))!,
    orgUnit: async (goal, _args, { loaders }) => (await loaders.orgUnitById.load(goal.orgUnitId))!,
    parents: (goal, _args, { loaders }) => loaders.goalParents.load(goal.id),
    children: (goal, _args, { loaders }) => loaders.goalChildren.load(goal.id),
    indicators: (goal, _args, { loaders }) => loaders.goalIndicators.load(goal.id),
    assessment: (goal, { upTo }, { loaders }) =>
      loaders.goalAssessmentUpTo.load({ id: goal.id, ...requireValidMonth(upTo, 'upTo') }),
    activities: async (goal, { includeRetired }, { loaders }) => {
      const activities = await loaders.goalActivities.load(goal.id);
      return includeRetired ? activities : activities.filter((activity) => activity.retiredAt === null);
    },
    retiredAt: (goal) => goal.retiredAt?.toISOString() ?? null,
    // A planner of an adopted (or closed) year would be refused by the lock: no controls there.
    canPlan: async (goal, _args, { access, loaders }) =>
      access.holds('PLANNER', goal.orgUnitId) &&
      (await loaders.planLock.load({ orgUnitId: goal.orgUnitId, year: goal.year })) === null,
  },
  Activity: {
    startDate: (activity) => toOptionalIsoDate(activity.startDate),
    endDate: (activity) => toOptionalIsoDate(activity.endDate),
    owner: async (activity, _args, { loaders }) =>
      activity.ownerId === null
        ? activity.ownerName
        : ((await loaders.userById.load(activity.ownerId))?.name ?? activity.ownerName),
    ownerId: (activity) => (activity.ownerId === null ? null : String(activity.ownerId)),
    goal: (activity, _args, { loaders }) => (activity.goalId === null ? null : loaders.goalById.load(activity.goalId)),
    retiredAt: (activity) => activity.retiredAt?.toISOString() ?? null,
    orgUnit: async (activity, _args, { loaders }) => (await loaders.orgUnitById.load(activity.orgUnitId))!,
    update: (activity, { upTo }, { loaders }) =>
      loaders.activityUpdateUpTo.load({ id: activity.id, ...requireValidMonth(upTo, 'upTo') }),
  },
};

/** A field of a mutation's input as sent, before it is parsed. */
const inputField = (args: Record<string, unknown>, field: string): unknown =>
  (args.input as Record<string, unknown> | undefined)?.[field];

/** The unit of the goal an input field names (null: no such goal). */
const unitOfGoal =
  (field: string) =>
  async (args: Record<string, unknown>, { loaders }: RequestContext): Promise<number | null> =>
    (await loaders.goalById.load(requireId(inputField(args, field), `input.${field}`)))?.orgUnitId ?? null;

/** The unit of the activity the input names (null: no such activity). */
async function unitOfActivity(args: Record<string, unknown>, { loaders }: RequestContext): Promise<number | null> {
  return (await loaders.activityById.load(requireId(inputField(args, 'id'), 'input.id')))?.orgUnitId ?? null;
}

export const goalRules: AccessRules = {
  Query: {
    goals: { kind: 'signedIn' },
    goalParentOptions: {
      kind: 'role',
      role: 'PLANNER',
      orgUnitOf: (args) => Promise.resolve(requireId(args.orgUnitId, 'orgUnitId')),
    },
    activityOwnerOptions: {
      kind: 'role',
      role: 'PLANNER',
      orgUnitOf: (args) => Promise.resolve(requireId(args.orgUnitId, 'orgUnitId')),
    },
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
    createGoal: {
      kind: 'role',
      role: 'PLANNER',
      orgUnitOf: (args) => Promise.resolve(requireId(inputField(args, 'orgUnitId'), 'input.orgUnitId')),
    },
    updateGoal: { kind: 'role', role: 'PLANNER', orgUnitOf: unitOfGoal('id') },
    moveGoal: { kind: 'role', role: 'PLANNER', orgUnitOf: unitOfGoal('id') },
    setGoalRetired: { kind: 'role', role: 'PLANNER', orgUnitOf: unitOfGoal('id') },
    setGoalIndicators: { kind: 'role', role: 'PLANNER', orgUnitOf: unitOfGoal('goalId') },
    createActivity: { kind: 'role', role: 'PLANNER', orgUnitOf: unitOfGoal('goalId') },
    // The activity's unit and, when it moves, the goal's (the service keeps both the same unit).
    updateActivity: {
      kind: 'role',
      role: 'PLANNER',
      orgUnitOf: async (args, context) => [
        await unitOfActivity(args, context),
        await unitOfGoal('goalId')(args, context),
      ],
    },
    setActivityRetired: { kind: 'role', role: 'PLANNER', orgUnitOf: unitOfActivity },
  },
  types: {
    Goal: { kind: 'orgUnit', orgUnitOf: (goal: { orgUnitId: number }) => goal.orgUnitId },
    Activity: { kind: 'orgUnit', orgUnitOf: (activity: { orgUnitId: number }) => activity.orgUnitId },
    ActivityOwnerOption: {
      kind: 'public',
      reason: 'reached only through activityOwnerOptions, for planners of the unit',
    },
    ActivityUpdate: { kind: 'public', reason: 'reached only through its activity, already checked' },
    GoalAssessment: {
      kind: 'orgUnit',
      orgUnitOf: async (assessment: { goalId: number }, { loaders }) =>
        (await loaders.goalById.load(assessment.goalId))?.orgUnitId ?? null,
    },
  },
};
