import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';

const PLAN = graphql(`
  query GoalPlanningTest_Plan($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!, $includeRetired: Boolean) {
    orgUnit(code: $orgUnitCode) {
      id
      canPlan
    }
    goals(orgUnitCode: $orgUnitCode, year: $year, includeRetired: $includeRetired) {
      id
      title
      level
      retiredAt
      canPlan
      version
      orgUnit {
        code
      }
      parents {
        title
      }
      indicators {
        code
      }
      assessment(upTo: $upTo) {
        fulfilment
        comment
      }
      activities {
        title
      }
    }
  }
`);

const CREATE_GOAL = graphql(`
  mutation GoalPlanningTest_CreateGoal($input: CreateGoalInput!) {
    createGoal(input: $input) {
      id
      title
      level
      year
      version
      perspective {
        name
      }
      orgUnit {
        code
      }
      parents {
        title
      }
    }
  }
`);

const UPDATE_GOAL = graphql(`
  mutation GoalPlanningTest_UpdateGoal($input: UpdateGoalInput!) {
    updateGoal(input: $input) {
      id
      title
      description
      version
      parents {
        title
      }
    }
  }
`);

const MOVE_GOAL = graphql(`
  mutation GoalPlanningTest_MoveGoal($input: MoveGoalInput!) {
    moveGoal(input: $input) {
      id
      version
    }
  }
`);

const REPORTING = graphql(`
  query GoalPlanningTest_Reporting($orgUnitCode: String!, $upTo: MonthInput!) {
    dataEntrySheet(orgUnitCode: $orgUnitCode, period: $upTo) {
      goalRows {
        goal {
          title
        }
      }
    }
    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {
      perspectives {
        goalsFulfilled
        goalsPartlyFulfilled
        goalsNotFulfilled
        goalsNotAssessed
      }
    }
  }
`);

const SET_GOAL_RETIRED = graphql(`
  mutation GoalPlanningTest_SetGoalRetired($input: SetGoalRetiredInput!) {
    setGoalRetired(input: $input) {
      id
      retiredAt
      version
    }
  }
`);

const SET_GOAL_INDICATORS = graphql(`
  mutation GoalPlanningTest_SetGoalIndicators($input: SetGoalIndicatorsInput!) {
    setGoalIndicators(input: $input) {
      id
      version
      indicators {
        code
      }
    }
  }
`);

const CREATE_ACTIVITY = graphql(`
  mutation GoalPlanningTest_CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      id
      title
      owner
      ownerId
      startDate
      endDate
      version
      goal {
        id
      }
    }
  }
`);

const UPDATE_ACTIVITY = graphql(`
  mutation GoalPlanningTest_UpdateActivity($input: UpdateActivityInput!) {
    updateActivity(input: $input) {
      id
      title
      owner
      ownerId
      version
    }
  }
`);

const SET_ACTIVITY_RETIRED = graphql(`
  mutation GoalPlanningTest_SetActivityRetired($input: SetActivityRetiredInput!) {
    setActivityRetired(input: $input) {
      id
      retiredAt
      version
    }
  }
`);

const PARENT_OPTIONS = graphql(`
  query GoalPlanningTest_ParentOptions($orgUnitId: ID!, $year: Int!) {
    goalParentOptions(orgUnitId: $orgUnitId, year: $year) {
      title
      level
    }
  }
`);

const OWNER_OPTIONS = graphql(`
  query GoalPlanningTest_OwnerOptions($orgUnitId: ID!) {
    activityOwnerOptions(orgUnitId: $orgUnitId) {
      name
    }
  }
`);

const MAY_2023 = { year: 2023, month: 5 };

describe('planning goals and activities', () => {
  let server: GraphqlTestServer;
  let fixture: Awaited<ReturnType<typeof createGoalFixture>>;
  let planner: Awaited<ReturnType<GraphqlTestServer['createUser']>>;
  let ids: { city: string; committee: string; businessArea: string; perspective: string; councilGoal: string };

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    fixture = await createGoalFixture(server.prisma);
    planner = await server.createUser([{ role: 'PLANNER', orgUnitCode: 'intraservice' }], 'Petra Planerare');
    const businessArea = await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'digital-infrastruktur' } });
    ids = {
      city: String(fixture.city.id),
      committee: String(fixture.committee.id),
      businessArea: String(businessArea.id),
      perspective: String(fixture.perspective.id),
      councilGoal: String(fixture.councilGoal.id),
    };
  });
  afterAll(() => server.stop());
  beforeEach(() => server.actAs(planner));

  const newCommitteeGoal = (changes: Record<string, unknown> = {}) => ({
    orgUnitId: ids.committee,
    year: 2023,
    level: 'COMMITTEE' as const,
    perspectiveId: ids.perspective,
    title: 'Frisknärvaron ska öka',
    parentIds: [ids.councilGoal],
    ...changes,
  });

  const planOf = async (orgUnitCode: string, includeRetired = false) =>
    server.query(PLAN, { orgUnitCode, year: 2023, upTo: MAY_2023, includeRetired });

  it('tells who may plan: a planner of the unit and below, not above or beside it', async () => {
    const committee = await planOf('intraservice');
    expect(committee.orgUnit!.canPlan).toBe(true);
    expect(committee.goals.map((goal) => [goal.level, goal.canPlan])).toEqual([
      ['COUNCIL', false],
      ['COMMITTEE', true],
      ['COMMITTEE', true],
    ]);
    expect((await planOf('digital-infrastruktur')).orgUnit!.canPlan).toBe(true);
    expect((await planOf('goteborg')).orgUnit!.canPlan).toBe(false);
    server.actAs(await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }]));
    expect((await planOf('intraservice')).orgUnit!.canPlan).toBe(false);
  });

  it('creates a committee goal serving a council goal, last in its perspective, audited', async () => {
    const { createGoal } = await server.query(CREATE_GOAL, { input: newCommitteeGoal() });
    expect(createGoal).toMatchObject({
      title: 'Frisknärvaron ska öka',
      level: 'COMMITTEE',
      year: 2023,
      version: 1,
      perspective: { name: 'Medarbetare' },
      orgUnit: { code: 'intraservice' },
      parents: [{ title: fixture.councilGoal.title }],
    });
    const { goals } = await planOf('intraservice');
    expect(goals.at(-1)!.title).toBe('Frisknärvaron ska öka');
    const events = await server.prisma.auditEvent.findMany({ where: { operation: 'createGoal' } });
    expect(events.map((event) => [event.entityType, event.action, event.userId, event.orgUnitId])).toEqual([
      ['Goal', 'CREATE', planner.id, fixture.committee.id],
      ['GoalLink', 'CREATE', planner.id, fixture.committee.id],
    ]);
  });

  it('creates a sub-goal of a business area serving a committee goal, and council goals only at the city', async () => {
    const committeeGoal = await server.prisma.goal.findFirstOrThrow({ where: { title: 'Nämndmål 1' } });
    const { createGoal } = await server.query(CREATE_GOAL, {
      input: newCommitteeGoal({ orgUnitId: ids.businessArea, title: 'Delmål', parentIds: [String(committeeGoal.id)] }),
    });
    expect(createGoal.parents).toEqual([{ title: 'Nämndmål 1' }]);
    expect((await planOf('digital-infrastruktur')).goals.map((goal) => goal.title)).toEqual(['Nämndmål 1', 'Delmål']);

    const options = await server.query(PARENT_OPTIONS, { orgUnitId: ids.businessArea, year: 2023 });
    expect(options.goalParentOptions.map((goal) => [goal.level, goal.title])).toEqual([
      ['COUNCIL', fixture.councilGoal.title],
      ['COMMITTEE', 'Nämndmål 1'],
      ['COMMITTEE', 'Nämndmål 2'],
      ['COMMITTEE', 'Frisknärvaron ska öka'],
    ]);

    server.actAs(await server.createUser([{ role: 'ADMIN', orgUnitCode: 'goteborg' }]));
    const council = await server.query(CREATE_GOAL, {
      input: { ...newCommitteeGoal({ orgUnitId: ids.city, level: 'COUNCIL', parentIds: [] }), title: 'KF-mål 2' },
    });
    expect(council.createGoal).toMatchObject({ level: 'COUNCIL', orgUnit: { code: 'goteborg' }, parents: [] });
  });

  it('edits a goal, and refuses an edit from a form loaded before it', async () => {
    const { createGoal } = await server.query(CREATE_GOAL, { input: newCommitteeGoal({ title: 'Att ändra' }) });
    const { updateGoal } = await server.query(UPDATE_GOAL, {
      input: {
        id: createGoal.id,
        expectedVersion: 1,
        perspectiveId: ids.perspective,
        title: 'Ändrat mål',
        description: 'Beskrivning',
        parentIds: [ids.councilGoal],
      },
    });
    expect(updateGoal).toMatchObject({ title: 'Ändrat mål', description: 'Beskrivning', version: 2 });
    const [event] = await server.prisma.auditEvent.findMany({ where: { operation: 'updateGoal' } });
    expect(event!.changes).toEqual({
      title: { old: 'Att ändra', new: 'Ändrat mål' },
      description: { old: null, new: 'Beskrivning' },
    });

    const errors = await server.queryErrors(UPDATE_GOAL, {
      input: {
        id: createGoal.id,
        expectedVersion: 1,
        perspectiveId: ids.perspective,
        title: 'Gammal flik',
        parentIds: [ids.councilGoal],
      },
    });
    expect(errors[0]!.extensions).toMatchObject({ code: 'CONFLICT', current: { title: 'Ändrat mål', version: 2 } });
  });

  it('moves a goal up and down within its perspective', async () => {
    const titles = async () =>
      (await planOf('intraservice')).goals
        .filter((goal) => goal.orgUnit.code === 'intraservice')
        .map((goal) => goal.title);
    const before = await titles();
    const second = (await planOf('intraservice')).goals.find((goal) => goal.title === before[1])!;
    const moved = await server.query(MOVE_GOAL, {
      input: { id: second.id, expectedVersion: second.version, direction: 'UP' },
    });
    expect(await titles()).toEqual([before[1], before[0], ...before.slice(2)]);
    await server.query(MOVE_GOAL, {
      input: { id: second.id, expectedVersion: moved.moveGoal.version, direction: 'DOWN' },
    });
    expect(await titles()).toEqual(before);

    const first = (await planOf('intraservice')).goals.find((goal) => goal.title === before[0])!;
    const errors = await server.queryErrors(MOVE_GOAL, {
      input: { id: first.id, expectedVersion: first.version, direction: 'UP' },
    });
    expect(errors[0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'input.direction', message: 'alreadyFirst' }],
    });
  });

  it('retires a goal: gone from the plan, its assessments and history kept, and brings it back', async () => {
    const goal = await server.prisma.goal.findFirstOrThrow({ where: { title: 'Nämndmål 2' } });
    const { setGoalRetired } = await server.query(SET_GOAL_RETIRED, {
      input: { id: String(goal.id), expectedVersion: goal.version, retired: true },
    });
    expect(setGoalRetired.retiredAt).not.toBeNull();
    expect((await planOf('intraservice')).goals.map((row) => row.title)).not.toContain('Nämndmål 2');
    // Nothing more is reported on it, and the overview no longer counts it.
    const reporting = await server.query(REPORTING, { orgUnitCode: 'intraservice', upTo: MAY_2023 });
    expect(reporting.dataEntrySheet!.goalRows.map((row) => row.goal.title)).not.toContain('Nämndmål 2');
    const goalsCounted = reporting.overview!.perspectives.reduce(
      (sum, row) => sum + row.goalsFulfilled + row.goalsPartlyFulfilled + row.goalsNotFulfilled + row.goalsNotAssessed,
      0,
    );
    expect(goalsCounted).toBe((await planOf('intraservice')).goals.filter((row) => row.level === 'COMMITTEE').length);
    const withRetired = await planOf('intraservice', true);
    const retired = withRetired.goals.find((row) => row.title === 'Nämndmål 2')!;
    expect(retired.assessment).toEqual({ fulfilment: 'PARTLY_FULFILLED', comment: 'Mars' });
    expect(retired.indicators).toEqual([{ code: 'SJUKFRANVARO-2' }]);
    expect(await server.prisma.goal.count({ where: { id: goal.id } })).toBe(1);

    const back = await server.query(SET_GOAL_RETIRED, {
      input: { id: String(goal.id), expectedVersion: setGoalRetired.version, retired: false },
    });
    expect(back.setGoalRetired.retiredAt).toBeNull();
    expect((await planOf('intraservice')).goals.map((row) => row.title)).toContain('Nämndmål 2');
  });

  it('keeps a council goal that goals in the plan still serve', async () => {
    server.actAs(await server.createUser([{ role: 'ADMIN', orgUnitCode: 'goteborg' }]));
    const errors = await server.queryErrors(SET_GOAL_RETIRED, {
      input: { id: ids.councilGoal, expectedVersion: 1, retired: true },
    });
    expect(errors[0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'input.retired', message: 'servedByGoalsInPlan' }],
    });
  });

  it("links indicators of the goal's unit and below, and unlinks them, each link audited", async () => {
    const goal = await server.prisma.goal.findFirstOrThrow({ where: { title: 'Nämndmål 1' } });
    const indicator = await server.prisma.indicator.create({
      data: {
        code: 'DRIFTSTORNINGAR',
        name: 'Driftstörningar',
        orgUnitId: (await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'digital-infrastruktur' } })).id,
        unit: 'COUNT',
        periodicity: 'MONTH',
        direction: 'LOWER_IS_BETTER',
      },
    });
    const kept = await server.prisma.indicator.findFirstOrThrow({ where: { code: 'SJUKFRANVARO-1' } });
    const { setGoalIndicators } = await server.query(SET_GOAL_INDICATORS, {
      input: { goalId: String(goal.id), expectedVersion: goal.version, indicatorIds: [String(indicator.id)] },
    });
    expect(setGoalIndicators.indicators).toEqual([{ code: 'DRIFTSTORNINGAR' }]);
    const events = await server.prisma.auditEvent.findMany({
      where: { operation: 'setGoalIndicators' },
      orderBy: { id: 'asc' },
    });
    expect(events.map((event) => [event.entityType, event.action, event.entityId])).toEqual([
      ['GoalIndicator', 'DELETE', JSON.stringify({ goalId_indicatorId: { goalId: goal.id, indicatorId: kept.id } })],
      [
        'GoalIndicator',
        'CREATE',
        JSON.stringify({ goalId_indicatorId: { goalId: goal.id, indicatorId: indicator.id } }),
      ],
    ]);

    const outside = await server.queryErrors(SET_GOAL_INDICATORS, {
      input: {
        goalId: String(goal.id),
        expectedVersion: setGoalIndicators.version,
        indicatorIds: [String(fixture.otherIndicator.id)],
      },
    });
    expect(outside[0]!.extensions).toMatchObject({
      fieldErrors: [{ field: 'input.indicatorIds', message: 'indicatorOutsideUnit' }],
    });
    const stale = await server.queryErrors(SET_GOAL_INDICATORS, {
      input: { goalId: String(goal.id), expectedVersion: goal.version, indicatorIds: [] },
    });
    expect(stale[0]!.extensions?.code).toBe('CONFLICT');
  });

  it('creates an activity owned by a user or by a name, edits it and cancels it with its statuses kept', async () => {
    const goal = await server.prisma.goal.findFirstOrThrow({ where: { title: 'Nämndmål 1' } });
    const owners = await server.query(OWNER_OPTIONS, { orgUnitId: ids.committee });
    expect(owners.activityOwnerOptions.map((owner) => owner.name)).toContain('Petra Planerare');

    const { createActivity } = await server.query(CREATE_ACTIVITY, {
      input: {
        goalId: String(goal.id),
        title: 'Hälsofrämjande insatser',
        ownerId: String(planner.id),
        startDate: '2023-02-01',
        endDate: '2023-11-30',
      },
    });
    expect(createActivity).toMatchObject({
      title: 'Hälsofrämjande insatser',
      owner: 'Petra Planerare',
      ownerId: String(planner.id),
      startDate: '2023-02-01',
      endDate: '2023-11-30',
      version: 1,
      goal: { id: String(goal.id) },
    });
    const created = await server.prisma.activity.findUniqueOrThrow({ where: { id: Number(createActivity.id) } });
    expect([created.orgUnitId, created.perspectiveId]).toEqual([goal.orgUnitId, goal.perspectiveId]);

    const { updateActivity } = await server.query(UPDATE_ACTIVITY, {
      input: {
        id: createActivity.id,
        expectedVersion: 1,
        goalId: String(goal.id),
        title: 'Hälsofrämjande insatser',
        ownerName: 'Extern konsult',
      },
    });
    expect(updateActivity).toMatchObject({ owner: 'Extern konsult', ownerId: null, version: 2 });
    const stale = await server.queryErrors(UPDATE_ACTIVITY, {
      input: { id: createActivity.id, expectedVersion: 1, goalId: String(goal.id), title: 'Gammal' },
    });
    expect(stale[0]!.extensions?.code).toBe('CONFLICT');

    const existing = await server.prisma.activity.findFirstOrThrow({ where: { title: 'Aktivitet 1' } });
    await server.query(SET_ACTIVITY_RETIRED, {
      input: { id: String(existing.id), expectedVersion: existing.version, retired: true },
    });
    const plan = await planOf('intraservice');
    expect(plan.goals.find((row) => row.title === 'Nämndmål 1')!.activities).toEqual([
      { title: 'Hälsofrämjande insatser' },
    ]);
    expect(await server.prisma.activityUpdate.count({ where: { activityId: existing.id } })).toBe(2);
    const [event] = await server.prisma.auditEvent.findMany({ where: { operation: 'setActivityRetired' } });
    expect(event).toMatchObject({ entityType: 'Activity', action: 'UPDATE', orgUnitId: fixture.committee.id });
  });
});

describe('who may plan', () => {
  let server: GraphqlTestServer;
  let fixture: Awaited<ReturnType<typeof createGoalFixture>>;
  beforeAll(async () => {
    server = await startGraphqlTestServer();
    fixture = await createGoalFixture(server.prisma);
  });
  afterAll(() => server.stop());

  const newGoal = () => ({
    orgUnitId: String(fixture.committee.id),
    year: 2023,
    level: 'COMMITTEE' as const,
    perspectiveId: String(fixture.perspective.id),
    title: 'Nytt mål',
    parentIds: [String(fixture.councilGoal.id)],
  });

  it.each([
    // A sibling's unit is not theirs to read: answered as if it did not exist.
    ['a planner of a sibling committee', 'PLANNER', 'kommunstyrelsen', 'NOT_FOUND'],
    ['an analyst of the committee', 'ANALYST', 'intraservice', 'FORBIDDEN'],
    ['a viewer of the committee', 'VIEWER', 'intraservice', 'FORBIDDEN'],
    ['a planner of a business area below it', 'PLANNER', 'digital-infrastruktur', 'FORBIDDEN'],
  ] as const)('refuses %s', async (_who, role, orgUnitCode, code) => {
    server.actAs(await server.createUser([{ role, orgUnitCode }]));
    const errors = await server.queryErrors(CREATE_GOAL, { input: newGoal() });
    expect(errors[0]!.extensions?.code).toBe(code);
    const activity = await server.prisma.activity.findFirstOrThrow({ where: { orgUnitId: fixture.committee.id } });
    const activityErrors = await server.queryErrors(SET_ACTIVITY_RETIRED, {
      input: { id: String(activity.id), expectedVersion: activity.version, retired: true },
    });
    expect(activityErrors[0]!.extensions?.code).toBe(code);
    expect(await server.prisma.goal.count({ where: { title: 'Nytt mål' } })).toBe(0);
  });

  it('allows an administrator of a unit above it, who plans what they administer', async () => {
    server.actAs(await server.createUser([{ role: 'ADMIN', orgUnitCode: 'goteborg' }]));
    const { createGoal } = await server.query(CREATE_GOAL, { input: newGoal() });
    expect(createGoal.orgUnit.code).toBe('intraservice');
  });
});

const PLAN_CONTROLS = graphql(`
  query GoalPlanningTest_PlanControls($orgUnitCode: String!, $year: Int!) {
    orgUnit(code: $orgUnitCode) {
      id
      planner: canPlan
      canPlan(year: $year)
      planLock(year: $year)
    }
    goals(orgUnitCode: $orgUnitCode, year: $year) {
      level
      canPlan
    }
  }
`);

describe('planning controls follow the plan lock', () => {
  let server: GraphqlTestServer;
  let fixture: Awaited<ReturnType<typeof createGoalFixture>>;
  beforeAll(async () => {
    server = await startGraphqlTestServer();
    fixture = await createGoalFixture(server.prisma);
    server.actAs(await server.createUser([{ role: 'PLANNER', orgUnitCode: 'intraservice' }]));
  });
  afterAll(() => server.stop());

  const controls = async (orgUnitCode = 'intraservice') => {
    const { orgUnit, goals } = await server.query(PLAN_CONTROLS, { orgUnitCode, year: 2023 });
    return {
      planner: orgUnit!.planner,
      canPlan: orgUnit!.canPlan,
      lock: orgUnit!.planLock,
      committeeGoals: goals.filter((goal) => goal.level === 'COMMITTEE').map((goal) => goal.canPlan),
    };
  };

  it('shows controls only where a write would be accepted: not on an adopted plan or a closed year', async () => {
    expect(await controls()).toEqual({ planner: true, canPlan: true, lock: null, committeeGoals: [true, true] });

    const plan = await server.prisma.plan.create({
      data: { orgUnitId: fixture.committee.id, year: 2023, status: 'ADOPTED' },
    });
    expect(await controls()).toEqual({
      planner: true,
      canPlan: false,
      lock: 'PLAN_ADOPTED',
      committeeGoals: [false, false],
    });
    // A business area without a plan of its own follows its committee's.
    expect(await controls('digital-infrastruktur')).toMatchObject({ planner: true, canPlan: false });
    // And the API refuses what the controls no longer offer.
    const refused = await server.queryErrors(CREATE_GOAL, {
      input: {
        orgUnitId: String(fixture.committee.id),
        year: 2023,
        level: 'COMMITTEE',
        perspectiveId: String(fixture.perspective.id),
        title: 'Nytt mål',
        parentIds: [String(fixture.councilGoal.id)],
      },
    });
    expect(refused[0]?.extensions?.fieldErrors).toEqual([{ field: 'input.orgUnitId', message: 'planAdopted' }]);

    await server.prisma.plan.update({ where: { id: plan.id }, data: { status: 'DRAFT', revision: 2 } });
    expect(await controls()).toEqual({ planner: true, canPlan: true, lock: null, committeeGoals: [true, true] });

    await server.prisma.report.create({
      data: { orgUnitId: fixture.committee.id, type: 'ANNUAL', year: 2023, month: 12, status: 'APPROVED' },
    });
    expect(await controls()).toEqual({
      planner: true,
      canPlan: false,
      lock: 'YEAR_CLOSED',
      committeeGoals: [false, false],
    });
  });
});

describe('goals planned at the same moment (PostgreSQL runs the requests side by side)', () => {
  let server: GraphqlTestServer;
  let fixture: Awaited<ReturnType<typeof createGoalFixture>>;
  const YEAR = 2019;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    fixture = await createGoalFixture(server.prisma);
    // As one administrator of the city (who plans every unit), so that the requests start together.
    server.actAs(await server.createUser([{ role: 'ADMIN', orgUnitCode: 'goteborg' }]));
  });
  afterAll(() => server.stop());

  const councilGoalOfYear = (title: string) =>
    server.prisma.goal.create({
      data: {
        title,
        level: 'COUNCIL',
        year: YEAR,
        orgUnitId: fixture.city.id,
        perspectiveId: fixture.perspective.id,
      },
    });
  const createCommitteeGoal = (title: string, parentId: number) =>
    server.query(CREATE_GOAL, {
      input: {
        orgUnitId: String(fixture.committee.id),
        year: YEAR,
        level: 'COMMITTEE',
        perspectiveId: String(fixture.perspective.id),
        title,
        parentIds: [String(parentId)],
      },
    });
  const committeeGoalsInOrder = () =>
    server.prisma.goal.findMany({
      where: { orgUnitId: fixture.committee.id, year: YEAR, level: 'COMMITTEE', retiredAt: null },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    });

  it('gives goals created at once places of their own, and moves made at once one after the other', async () => {
    const parent = await councilGoalOfYear('Stadens mål att ordna under');
    await Promise.all(['Ett', 'Två', 'Tre'].map((title) => createCommitteeGoal(title, parent.id)));
    expect((await committeeGoalsInOrder()).map((goal) => goal.sortOrder)).toEqual([1, 2, 3]);

    for (let round = 1; round <= 4; round++) {
      const [first, second, third] = await committeeGoalsInOrder();
      const outcomes = await Promise.allSettled(
        [second!, third!].map((goal) =>
          server.query(MOVE_GOAL, { input: { id: String(goal.id), expectedVersion: goal.version, direction: 'UP' } }),
        ),
      );
      expect([round, outcomes.map((outcome) => outcome.status)]).toEqual([round, ['fulfilled', 'fulfilled']]);
      const after = await committeeGoalsInOrder();
      // Each place once, and the order of the two moves made one after the other, in either turn.
      expect([round, after.map((goal) => goal.sortOrder)]).toEqual([round, [1, 2, 3]]);
      const secondThenThird = [second!.id, third!.id, first!.id];
      const thirdThenSecond = [first!.id, second!.id, third!.id];
      expect([[secondThenThird, thirdThenSecond]]).toContainEqual(
        expect.arrayContaining([after.map((goal) => goal.id)]) as unknown,
      );
    }
  });

  it('never retires a council goal while a goal is created to serve it: one of the two is refused', async () => {
    for (let round = 1; round <= 4; round++) {
      const parent = await councilGoalOfYear(`Stadens mål ${round}`);
      const [created, retired] = await Promise.allSettled([
        createCommitteeGoal(`Nämndens mål ${round}`, parent.id),
        server.query(SET_GOAL_RETIRED, { input: { id: String(parent.id), expectedVersion: 1, retired: true } }),
      ]);
      expect([round, [created.status, retired.status].sort()]).toEqual([round, ['fulfilled', 'rejected']]);
      const refusal = String((created.status === 'rejected' ? created : (retired as PromiseRejectedResult)).reason);
      expect([round, refusal]).toEqual([round, expect.stringMatching(/parentRetired|servedByGoalsInPlan/) as unknown]);
    }
  });
});
