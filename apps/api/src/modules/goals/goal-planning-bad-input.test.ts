import type { DocumentNode } from 'graphql';
import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';

/**
 * Bad input thrown at every planning mutation, in the manner of modules/bad-input.test.ts:
 * each refusal comes back with a stable code (and the field at fault where our validation
 * refuses it) and leaves the plan and the audit log as they were.
 */

const CREATE_GOAL = graphql(`
  mutation GoalPlanningBadInput_CreateGoal($input: CreateGoalInput!) {
    createGoal(input: $input) {
      id
    }
  }
`);
const UPDATE_GOAL = graphql(`
  mutation GoalPlanningBadInput_UpdateGoal($input: UpdateGoalInput!) {
    updateGoal(input: $input) {
      id
    }
  }
`);
const MOVE_GOAL = graphql(`
  mutation GoalPlanningBadInput_MoveGoal($input: MoveGoalInput!) {
    moveGoal(input: $input) {
      id
    }
  }
`);
const SET_GOAL_RETIRED = graphql(`
  mutation GoalPlanningBadInput_SetGoalRetired($input: SetGoalRetiredInput!) {
    setGoalRetired(input: $input) {
      id
    }
  }
`);
const SET_GOAL_INDICATORS = graphql(`
  mutation GoalPlanningBadInput_SetGoalIndicators($input: SetGoalIndicatorsInput!) {
    setGoalIndicators(input: $input) {
      id
    }
  }
`);
const CREATE_ACTIVITY = graphql(`
  mutation GoalPlanningBadInput_CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      id
    }
  }
`);
const UPDATE_ACTIVITY = graphql(`
  mutation GoalPlanningBadInput_UpdateActivity($input: UpdateActivityInput!) {
    updateActivity(input: $input) {
      id
    }
  }
`);
const SET_ACTIVITY_RETIRED = graphql(`
  mutation GoalPlanningBadInput_SetActivityRetired($input: SetActivityRetiredInput!) {
    setActivityRetired(input: $input) {
      id
    }
  }
`);

const HUGE_TEXT = 'x'.repeat(100_000);
const LONE_SURROGATE = 'Mål \uD800';
const ID_BEYOND_INT4 = '2147483648';
const UNUSED_ID = '999999';

type Actor = 'planner' | 'siblingPlanner' | 'analyst';

interface World {
  cityId: string;
  committeeId: string;
  businessAreaId: string;
  perspectiveId: string;
  councilGoalId: string;
  /** A committee goal of Intraservice at version 2, first in its perspective. */
  goalId: string;
  /** A second committee goal of Intraservice, at version 1. */
  secondGoalId: string;
  otherGoalId: string;
  /** A 2022 council goal. */
  lastYearsCouncilGoalId: string;
  indicatorId: string;
  otherIndicatorId: string;
  retiredIndicatorId: string;
  /** An activity of the first goal at version 2. */
  activityId: string;
  inactiveUserId: string;
}

type Refusal =
  | { code: 'BAD_USER_INPUT'; field: string; message: string }
  | { code: 'BAD_USER_INPUT'; notCoercible: true }
  | { code: 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' };

interface BadInput {
  name: string;
  input: (world: World) => Record<string, unknown>;
  refusal: Refusal;
  /** The planner of Intraservice unless said otherwise. */
  as?: Actor;
}

const invalid = (field: string, message: string): Refusal => ({ code: 'BAD_USER_INPUT', field, message });
const notCoercible: Refusal = { code: 'BAD_USER_INPUT', notCoercible: true };
const notFound: Refusal = { code: 'NOT_FOUND' };
const forbidden: Refusal = { code: 'FORBIDDEN' };
const conflict: Refusal = { code: 'CONFLICT' };

function without(input: Record<string, unknown>, field: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([key]) => key !== field));
}

const newGoal = (w: World, changes: Record<string, unknown> = {}) => ({
  orgUnitId: w.committeeId,
  year: 2023,
  level: 'COMMITTEE',
  perspectiveId: w.perspectiveId,
  title: 'Nytt mål',
  parentIds: [w.councilGoalId],
  ...changes,
});
const goalChange = (w: World, changes: Record<string, unknown> = {}) => ({
  id: w.goalId,
  expectedVersion: 2,
  perspectiveId: w.perspectiveId,
  title: 'Ändrat mål',
  parentIds: [w.councilGoalId],
  ...changes,
});
const newActivity = (w: World, changes: Record<string, unknown> = {}) => ({
  goalId: w.goalId,
  title: 'Ny aktivitet',
  ...changes,
});
const activityChange = (w: World, changes: Record<string, unknown> = {}) => ({
  id: w.activityId,
  expectedVersion: 2,
  goalId: w.goalId,
  title: 'Ändrad aktivitet',
  ...changes,
});

const MUTATIONS: { mutation: string; document: DocumentNode; cases: BadInput[] }[] = [
  {
    mutation: 'createGoal',
    document: CREATE_GOAL,
    cases: [
      { name: 'without a title', input: (w) => without(newGoal(w), 'title'), refusal: notCoercible },
      {
        name: 'with a level that does not exist',
        input: (w) => newGoal(w, { level: 'REGION' }),
        refusal: notCoercible,
      },
      {
        name: 'with a blank title',
        input: (w) => newGoal(w, { title: '  ' }),
        refusal: invalid('input.title', 'required'),
      },
      {
        name: 'with a title of 100,000 characters',
        input: (w) => newGoal(w, { title: HUGE_TEXT }),
        refusal: invalid('input.title', 'tooLong'),
      },
      {
        name: 'with half a character in the description',
        input: (w) => newGoal(w, { description: LONE_SURROGATE }),
        refusal: invalid('input.description', 'invalidCharacters'),
      },
      {
        name: 'for the year 3000',
        input: (w) => newGoal(w, { year: 3000 }),
        refusal: invalid('input.year', 'outOfRange'),
      },
      {
        name: 'serving no goal',
        input: (w) => newGoal(w, { parentIds: [] }),
        refusal: invalid('input.parentIds', 'parentRequired'),
      },
      {
        name: 'serving 21 goals',
        input: (w) => newGoal(w, { parentIds: Array.from({ length: 21 }, (_, index) => String(index + 1)) }),
        refusal: invalid('input.parentIds', 'tooMany'),
      },
      {
        name: 'serving a goal that does not exist',
        input: (w) => newGoal(w, { parentIds: [UNUSED_ID] }),
        refusal: invalid('input.parentIds', 'unknownGoal'),
      },
      {
        name: "serving last year's council goal",
        input: (w) => newGoal(w, { parentIds: [w.lastYearsCouncilGoalId] }),
        refusal: invalid('input.parentIds', 'parentOtherYear'),
      },
      {
        name: 'serving a goal of a sibling committee',
        input: (w) => newGoal(w, { parentIds: [w.otherGoalId] }),
        refusal: invalid('input.parentIds', 'parentNotAbove'),
      },
      {
        name: 'serving a goal of its own unit',
        input: (w) => newGoal(w, { parentIds: [w.goalId] }),
        refusal: invalid('input.parentIds', 'parentNotAbove'),
      },
      {
        name: 'as a sub-goal serving a committee goal and a council goal',
        input: (w) => newGoal(w, { orgUnitId: w.businessAreaId, parentIds: [w.goalId, w.councilGoalId] }),
        refusal: invalid('input.parentIds', 'oneCommitteeGoalOnly'),
      },
      {
        name: 'as a council goal of a committee',
        input: (w) => newGoal(w, { level: 'COUNCIL', parentIds: [] }),
        refusal: invalid('input.level', 'councilGoalOfCityOnly'),
      },
      {
        name: 'as a council goal serving another',
        input: (w) => newGoal(w, { level: 'COUNCIL' }),
        refusal: invalid('input.parentIds', 'councilGoalServesNone'),
      },
      {
        name: 'in a perspective that does not exist',
        input: (w) => newGoal(w, { perspectiveId: UNUSED_ID }),
        refusal: invalid('input.perspectiveId', 'unknownPerspective'),
      },
      {
        name: 'in a unit id beyond the database',
        input: (w) => newGoal(w, { orgUnitId: ID_BEYOND_INT4 }),
        refusal: invalid('input.orgUnitId', 'invalidId'),
      },
      { name: 'in a unit that does not exist', input: (w) => newGoal(w, { orgUnitId: UNUSED_ID }), refusal: notFound },
      {
        name: 'at the city, from a planner of a committee',
        input: (w) => newGoal(w, { orgUnitId: w.cityId, level: 'COUNCIL', parentIds: [] }),
        refusal: forbidden,
      },
      {
        name: 'from a planner of a sibling committee',
        input: (w) => newGoal(w),
        refusal: notFound,
        as: 'siblingPlanner',
      },
      { name: 'from an analyst', input: (w) => newGoal(w), refusal: forbidden, as: 'analyst' },
    ],
  },
  {
    mutation: 'updateGoal',
    document: UPDATE_GOAL,
    cases: [
      {
        name: 'without an expectedVersion',
        input: (w) => without(goalChange(w), 'expectedVersion'),
        refusal: notCoercible,
      },
      { name: 'with a stale expectedVersion', input: (w) => goalChange(w, { expectedVersion: 1 }), refusal: conflict },
      {
        name: 'with a version of zero',
        input: (w) => goalChange(w, { expectedVersion: 0 }),
        refusal: invalid('input.expectedVersion', 'invalidVersion'),
      },
      {
        name: 'with a blank title',
        input: (w) => goalChange(w, { title: '' }),
        refusal: invalid('input.title', 'required'),
      },
      {
        name: 'serving no goal',
        input: (w) => goalChange(w, { parentIds: [] }),
        refusal: invalid('input.parentIds', 'parentRequired'),
      },
      { name: 'for a goal that does not exist', input: (w) => goalChange(w, { id: UNUSED_ID }), refusal: notFound },
      {
        name: 'for a goal id that is not one',
        input: (w) => goalChange(w, { id: 'abc' }),
        refusal: invalid('input.id', 'invalidId'),
      },
      {
        name: 'from a planner of a sibling committee',
        input: (w) => goalChange(w),
        refusal: notFound,
        as: 'siblingPlanner',
      },
      { name: 'from an analyst', input: (w) => goalChange(w), refusal: forbidden, as: 'analyst' },
    ],
  },
  {
    mutation: 'moveGoal',
    document: MOVE_GOAL,
    cases: [
      {
        name: 'in a direction that does not exist',
        input: (w) => ({ id: w.goalId, expectedVersion: 2, direction: 'LEFT' }),
        refusal: notCoercible,
      },
      {
        name: 'up from the top',
        input: (w) => ({ id: w.goalId, expectedVersion: 2, direction: 'UP' }),
        refusal: invalid('input.direction', 'alreadyFirst'),
      },
      {
        name: 'with a stale expectedVersion',
        input: (w) => ({ id: w.goalId, expectedVersion: 1, direction: 'DOWN' }),
        refusal: conflict,
      },
      {
        name: 'from an analyst',
        input: (w) => ({ id: w.goalId, expectedVersion: 2, direction: 'DOWN' }),
        refusal: forbidden,
        as: 'analyst',
      },
    ],
  },
  {
    mutation: 'setGoalRetired',
    document: SET_GOAL_RETIRED,
    cases: [
      {
        name: 'without saying retired or not',
        input: (w) => ({ id: w.goalId, expectedVersion: 2 }),
        refusal: notCoercible,
      },
      {
        name: 'with a stale expectedVersion',
        input: (w) => ({ id: w.goalId, expectedVersion: 1, retired: true }),
        refusal: conflict,
      },
      {
        name: "the council goal, from a committee's planner",
        input: (w) => ({ id: w.councilGoalId, expectedVersion: 1, retired: true }),
        refusal: forbidden,
      },
      {
        name: 'from a planner of a sibling committee',
        input: (w) => ({ id: w.goalId, expectedVersion: 2, retired: true }),
        refusal: notFound,
        as: 'siblingPlanner',
      },
    ],
  },
  {
    mutation: 'setGoalIndicators',
    document: SET_GOAL_INDICATORS,
    cases: [
      {
        name: 'with an indicator id that is not one',
        input: (w) => ({ goalId: w.goalId, expectedVersion: 2, indicatorIds: ['-1'] }),
        refusal: invalid('input.indicatorIds.0', 'invalidId'),
      },
      {
        name: 'with 101 indicators',
        input: (w) => ({
          goalId: w.goalId,
          expectedVersion: 2,
          indicatorIds: Array.from({ length: 101 }, (_, index) => String(index + 1)),
        }),
        refusal: invalid('input.indicatorIds', 'tooMany'),
      },
      {
        name: 'with an indicator that does not exist',
        input: (w) => ({ goalId: w.goalId, expectedVersion: 2, indicatorIds: [UNUSED_ID] }),
        refusal: invalid('input.indicatorIds', 'unknownIndicator'),
      },
      {
        name: "with a sibling committee's indicator",
        input: (w) => ({ goalId: w.goalId, expectedVersion: 2, indicatorIds: [w.otherIndicatorId] }),
        refusal: invalid('input.indicatorIds', 'indicatorOutsideUnit'),
      },
      {
        name: 'with a retired indicator',
        input: (w) => ({ goalId: w.goalId, expectedVersion: 2, indicatorIds: [w.retiredIndicatorId] }),
        refusal: invalid('input.indicatorIds', 'indicatorRetired'),
      },
      {
        name: 'with a stale expectedVersion',
        input: (w) => ({ goalId: w.goalId, expectedVersion: 1, indicatorIds: [w.indicatorId] }),
        refusal: conflict,
      },
      {
        name: 'from an analyst',
        input: (w) => ({ goalId: w.goalId, expectedVersion: 2, indicatorIds: [] }),
        refusal: forbidden,
        as: 'analyst',
      },
    ],
  },
  {
    mutation: 'createActivity',
    document: CREATE_ACTIVITY,
    cases: [
      { name: 'without a goal', input: (w) => without(newActivity(w), 'goalId'), refusal: notCoercible },
      {
        name: 'with a blank title',
        input: (w) => newActivity(w, { title: ' ' }),
        refusal: invalid('input.title', 'required'),
      },
      {
        name: 'with an end before its start',
        input: (w) => newActivity(w, { startDate: '2023-06-01', endDate: '2023-05-31' }),
        refusal: invalid('input.endDate', 'endBeforeStart'),
      },
      {
        name: 'with a day that does not exist',
        input: (w) => newActivity(w, { endDate: '2023-02-30' }),
        refusal: invalid('input.endDate', 'invalidDate'),
      },
      {
        name: 'with both an owner with an account and a typed name',
        input: (w) => newActivity(w, { ownerId: w.inactiveUserId, ownerName: 'Anna' }),
        refusal: invalid('input.ownerName', 'ownerTwice'),
      },
      {
        name: 'owned by a deactivated user',
        input: (w) => newActivity(w, { ownerId: w.inactiveUserId }),
        refusal: invalid('input.ownerId', 'unknownUser'),
      },
      {
        name: 'with an owner name of 201 characters',
        input: (w) => newActivity(w, { ownerName: 'n'.repeat(201) }),
        refusal: invalid('input.ownerName', 'tooLong'),
      },
      {
        name: 'under a goal that does not exist',
        input: (w) => newActivity(w, { goalId: UNUSED_ID }),
        refusal: notFound,
      },
      {
        name: "under a sibling committee's goal",
        input: (w) => newActivity(w, { goalId: w.otherGoalId }),
        refusal: notFound,
      },
      { name: 'from an analyst', input: (w) => newActivity(w), refusal: forbidden, as: 'analyst' },
    ],
  },
  {
    mutation: 'updateActivity',
    document: UPDATE_ACTIVITY,
    cases: [
      {
        name: 'with a stale expectedVersion',
        input: (w) => activityChange(w, { expectedVersion: 1 }),
        refusal: conflict,
      },
      {
        name: 'moved to a goal of another unit',
        input: (w) => activityChange(w, { goalId: w.councilGoalId }),
        refusal: forbidden,
      },
      {
        name: 'with an end before its start',
        input: (w) => activityChange(w, { startDate: '2023-06-01', endDate: '2023-01-01' }),
        refusal: invalid('input.endDate', 'endBeforeStart'),
      },
      {
        name: 'for an activity that does not exist',
        input: (w) => activityChange(w, { id: UNUSED_ID }),
        refusal: notFound,
      },
      { name: 'from an analyst', input: (w) => activityChange(w), refusal: forbidden, as: 'analyst' },
    ],
  },
  {
    mutation: 'setActivityRetired',
    document: SET_ACTIVITY_RETIRED,
    cases: [
      {
        name: 'with a stale expectedVersion',
        input: (w) => ({ id: w.activityId, expectedVersion: 1, retired: true }),
        refusal: conflict,
      },
      {
        name: 'with a version of zero',
        input: (w) => ({ id: w.activityId, expectedVersion: 0, retired: true }),
        refusal: invalid('input.expectedVersion', 'invalidVersion'),
      },
      {
        name: 'from a planner of a sibling committee',
        input: (w) => ({ id: w.activityId, expectedVersion: 2, retired: true }),
        refusal: notFound,
        as: 'siblingPlanner',
      },
    ],
  },
];

describe('bad input to the planning mutations', () => {
  let server: GraphqlTestServer;
  let world: World;
  let actors: Record<Actor, Awaited<ReturnType<GraphqlTestServer['createUser']>>>;

  /** Everything a planning mutation could write. */
  async function snapshot() {
    const { prisma } = server;
    const byId = { orderBy: { id: 'asc' } } as const;
    return {
      auditEvents: await prisma.auditEvent.count(),
      goals: await prisma.goal.findMany(byId),
      goalLinks: await prisma.goalLink.findMany({ orderBy: [{ parentId: 'asc' }, { childId: 'asc' }] }),
      goalIndicators: await prisma.goalIndicator.findMany({ orderBy: [{ goalId: 'asc' }, { indicatorId: 'asc' }] }),
      activities: await prisma.activity.findMany(byId),
    };
  }

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    const fixture = await createGoalFixture(server.prisma);
    const { prisma } = server;
    const [goal, secondGoal] = await prisma.goal.findMany({
      where: { orgUnitId: fixture.committee.id },
      orderBy: { sortOrder: 'asc' },
    });
    await prisma.goal.update({ where: { id: goal!.id }, data: { version: 2 } });
    const activity = await prisma.activity.findFirstOrThrow({ where: { goalId: goal!.id } });
    await prisma.activity.update({ where: { id: activity.id }, data: { version: 2 } });
    const lastYearsCouncilGoal = await prisma.goal.create({
      data: {
        title: 'KF-mål 2022',
        level: 'COUNCIL',
        year: 2022,
        perspectiveId: fixture.perspective.id,
        orgUnitId: fixture.city.id,
      },
    });
    const retiredIndicator = await prisma.indicator.create({
      data: {
        code: 'AVSLUTAD',
        name: 'Avslutad indikator',
        orgUnitId: fixture.committee.id,
        unit: 'COUNT',
        periodicity: 'MONTH',
        direction: 'HIGHER_IS_BETTER',
        retiredAt: new Date('2023-01-01'),
      },
    });
    const indicator = await prisma.indicator.findFirstOrThrow({ where: { code: 'SJUKFRANVARO-1' } });
    const inactiveUser = await prisma.user.create({
      data: { email: 'slutat@test.lagesbild.se', name: 'Slutat', isActive: false },
    });
    const businessArea = await prisma.orgUnit.findUniqueOrThrow({ where: { code: 'digital-infrastruktur' } });
    world = {
      cityId: String(fixture.city.id),
      committeeId: String(fixture.committee.id),
      businessAreaId: String(businessArea.id),
      perspectiveId: String(fixture.perspective.id),
      councilGoalId: String(fixture.councilGoal.id),
      goalId: String(goal!.id),
      secondGoalId: String(secondGoal!.id),
      otherGoalId: String(fixture.otherGoal.id),
      lastYearsCouncilGoalId: String(lastYearsCouncilGoal.id),
      indicatorId: String(indicator.id),
      otherIndicatorId: String(fixture.otherIndicator.id),
      retiredIndicatorId: String(retiredIndicator.id),
      activityId: String(activity.id),
      inactiveUserId: String(inactiveUser.id),
    };
    actors = {
      planner: await server.createUser([{ role: 'PLANNER', orgUnitCode: 'intraservice' }]),
      siblingPlanner: await server.createUser([{ role: 'PLANNER', orgUnitCode: 'kommunstyrelsen' }]),
      analyst: await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }]),
    };
  });
  afterAll(() => server.stop());

  describe.each(MUTATIONS)('$mutation refuses input', ({ document, cases }) => {
    it.each(cases)('$name', async ({ input, refusal, as = 'planner' }) => {
      server.actAs(actors[as]);
      const before = await snapshot();

      const errors = await server.queryErrorsWithUncheckedVariables(document, { input: input(world) });

      const { extensions, message } = errors[0]!;
      expect(extensions?.code).toBe(refusal.code);
      if ('notCoercible' in refusal) {
        expect(message).toMatch(/^Variable "\$input" got invalid value/);
      } else if ('field' in refusal) {
        expect(extensions?.fieldErrors).toEqual([{ field: refusal.field, message: refusal.message }]);
      }
      expect(await snapshot()).toEqual(before);
    });
  });
});
