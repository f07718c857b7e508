import type { DocumentNode } from 'graphql';
import { prepareDatabase } from '@lagesbild/db/prepare';
import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';

const PREVIEW = graphql(`
  query RollOverTest_Preview($orgUnitId: ID!, $fromYear: Int!) {
    rollOverPreview(orgUnitId: $orgUnitId, fromYear: $fromYear) {
      fromYear
      toYear
      targetPlan {
        status
        rolledOverFromYear
      }
      goals {
        goalId
        title
        alreadyCarried
        perspective {
          name
        }
        goalLinks {
          fromTitle
          toGoalId
          toTitle
          matchedBy
        }
      }
      indicatorLinks {
        goalId
        indicatorId
        indicatorName
        alreadyCarried
      }
      activities {
        activityId
        title
        status
        alreadyCarried
      }
      assignments {
        title
        caseNumber
        status
      }
      targets {
        indicatorId
        indicatorName
        periods
        annualTarget
        alreadyCarried
      }
    }
  }
`);
const COMMIT = graphql(`
  mutation RollOverTest_Commit($input: CommitRollOverInput!) {
    commitRollOver(input: $input) {
      year
      status
      revision
      rolledOverFromYear
    }
  }
`);
const ADOPT = graphql(`
  mutation RollOverTest_Adopt($input: AdoptPlanInput!) {
    adoptPlan(input: $input) {
      id
      version
    }
  }
`);
const OPEN_REVISION = graphql(`
  mutation RollOverTest_OpenRevision($input: OpenPlanRevisionInput!) {
    openPlanRevision(input: $input) {
      id
    }
  }
`);

const TARGET_SHEET = graphql(`
  query RollOverTest_TargetSheet($orgUnitCode: String!, $year: Int!) {
    targetSheet(orgUnitCode: $orgUnitCode, year: $year, includeSubunits: true) {
      rows {
        indicator {
          id
          name
        }
        isProposal
        periodTargets
        versions {
          period
          version
        }
      }
    }
  }
`);
const CONFIRM_PROPOSALS = graphql(`
  mutation RollOverTest_ConfirmProposals($input: ConfirmTargetProposalsInput!) {
    confirmTargetProposals(input: $input) {
      indicator {
        name
      }
      isProposal
      periodTargets
    }
  }
`);

type Preview = Awaited<ReturnType<typeof previewOf>>;
let server: GraphqlTestServer;
let committeeId: string;
const previewOf = async (fromYear = 2023) =>
  (await server.query(PREVIEW, { orgUnitId: committeeId, fromYear })).rollOverPreview;

/** Carries every node of the preview, renaming the goals named in `titles` and dropping those in `drop`. */
function carryAll(
  preview: Preview,
  { titles = {}, drop = [] }: { titles?: Record<string, string>; drop?: string[] } = {},
) {
  const dropped = new Set(preview.goals.filter((goal) => drop.includes(goal.title)).map((goal) => goal.goalId));
  return {
    orgUnitId: committeeId,
    fromYear: preview.fromYear,
    goals: preview.goals.map((goal) => ({
      goalId: goal.goalId,
      carry: !dropped.has(goal.goalId),
      title: titles[goal.title],
    })),
    indicatorLinks: preview.indicatorLinks.map(({ goalId, indicatorId }) => ({ goalId, indicatorId, carry: true })),
    activities: preview.activities.map(({ activityId }) => ({ activityId, carry: true })),
    targets: preview.targets.map(({ indicatorId }) => ({ indicatorId, carry: true })),
  };
}

describe('rolling a plan over to the next year', () => {
  let actors: Record<
    'planner' | 'analyst' | 'otherPlanner' | 'admin',
    Awaited<ReturnType<GraphqlTestServer['createUser']>>
  >;
  let ids: { councilGoal2024: number; otherCouncilGoal2024: number };

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    const fixture = await createGoalFixture(server.prisma);
    committeeId = String(fixture.committee.id);
    // Next year's council goals: one restated with its lineage, one only with the same title.
    ids = {
      councilGoal2024: (
        await server.prisma.goal.create({
          data: {
            title: fixture.councilGoal.title,
            level: 'COUNCIL',
            year: 2024,
            perspectiveId: fixture.perspective.id,
            orgUnitId: fixture.city.id,
            previousGoalId: fixture.councilGoal.id,
          },
        })
      ).id,
      otherCouncilGoal2024: 0,
    };
    const otherCouncil = await server.prisma.goal.create({
      data: {
        title: 'Arbetsmiljön ska förbättras.',
        level: 'COUNCIL',
        year: 2023,
        perspectiveId: fixture.perspective.id,
        orgUnitId: fixture.city.id,
      },
    });
    const goal2 = await server.prisma.goal.findFirstOrThrow({ where: { title: 'Nämndmål 2' } });
    await server.prisma.goalLink.create({ data: { parentId: otherCouncil.id, childId: goal2.id } });
    ids.otherCouncilGoal2024 = (
      await server.prisma.goal.create({
        data: {
          title: ' arbetsmiljön ska  förbättras. ',
          level: 'COUNCIL',
          year: 2024,
          perspectiveId: fixture.perspective.id,
          orgUnitId: fixture.city.id,
        },
      })
    ).id;
    // A finished activity is not carried; an open assignment is listed, a complete one not.
    await server.prisma.activityUpdate.create({
      data: {
        activity: {
          connect: { id: (await server.prisma.activity.findFirstOrThrow({ where: { title: 'Aktivitet 2' } })).id },
        },
        year: 2023,
        month: 9,
        status: 'COMPLETED',
      },
    });
    for (const [title, status] of [
      ['Öppet uppdrag', 'ONGOING'],
      ['Klart uppdrag', 'DECLARED_COMPLETE'],
    ] as const) {
      await server.prisma.assignment.create({
        data: {
          orgUnitId: fixture.committee.id,
          source: 'COUNCIL_BUDGET',
          year: 2023,
          title,
          caseNumber: 'SLK-2023-01044',
          updates: { create: { year: 2023, month: 8, status } },
        },
      });
    }
    actors = {
      planner: await server.createUser([{ role: 'PLANNER', orgUnitCode: 'intraservice' }]),
      analyst: await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }]),
      otherPlanner: await server.createUser([{ role: 'PLANNER', orgUnitCode: 'kommunstyrelsen' }]),
      admin: await server.createUser([{ role: 'ADMIN', orgUnitCode: 'intraservice' }]),
    };
  });
  afterAll(() => server.stop());

  it('is for planners of the unit only', async () => {
    server.actAs(actors.analyst);
    expect((await server.queryErrors(PREVIEW, { orgUnitId: committeeId, fromYear: 2023 }))[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    server.actAs(actors.otherPlanner);
    expect((await server.queryErrors(PREVIEW, { orgUnitId: committeeId, fromYear: 2023 }))[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('previews every node: goals re-linked by lineage or title, links, ongoing activities, open assignments, targets', async () => {
    server.actAs(actors.planner);
    const preview = await previewOf();
    expect(preview).toMatchObject({ fromYear: 2023, toYear: 2024, targetPlan: null });
    expect(preview.goals).toEqual([
      {
        goalId: expect.any(String) as unknown,
        title: 'Nämndmål 1',
        alreadyCarried: false,
        perspective: { name: 'Medarbetare' },
        goalLinks: [
          {
            fromTitle: 'Sjukskrivningarna till följd av arbetsrelaterad ohälsa ska minska.',
            toGoalId: String(ids.councilGoal2024),
            toTitle: 'Sjukskrivningarna till följd av arbetsrelaterad ohälsa ska minska.',
            matchedBy: 'LINEAGE',
          },
        ],
      },
      {
        goalId: expect.any(String) as unknown,
        title: 'Nämndmål 2',
        alreadyCarried: false,
        perspective: { name: 'Medarbetare' },
        goalLinks: expect.arrayContaining([
          expect.objectContaining({ matchedBy: 'LINEAGE', toGoalId: String(ids.councilGoal2024) }),
          expect.objectContaining({
            fromTitle: 'Arbetsmiljön ska förbättras.',
            matchedBy: 'TITLE',
            toGoalId: String(ids.otherCouncilGoal2024),
          }),
        ]) as unknown,
      },
    ]);
    expect(preview.indicatorLinks.map((link) => [link.indicatorName, link.alreadyCarried])).toEqual([
      ['Sjukfrånvaro 1', false],
      ['Sjukfrånvaro 2', false],
    ]);
    expect(preview.activities.map((activity) => [activity.title, activity.status])).toEqual([
      ['Aktivitet 1', 'ONGOING'],
    ]);
    expect(preview.assignments).toEqual([{ title: 'Öppet uppdrag', caseNumber: 'SLK-2023-01044', status: 'ONGOING' }]);
    expect(preview.targets.map((target) => [target.indicatorName, target.periods, target.annualTarget])).toEqual([
      ['Sjukfrånvaro 1', 2, 5],
      ['Sjukfrånvaro 2', 2, 5],
    ]);
  });

  it('never re-links a goal to a goal retired from next year’s plan', async () => {
    server.actAs(actors.planner);
    await server.prisma.goal.update({ where: { id: ids.otherCouncilGoal2024 }, data: { retiredAt: new Date() } });
    try {
      const links = (await previewOf()).goals.flatMap((goal) => goal.goalLinks);
      expect(links.find((link) => link.fromTitle === 'Arbetsmiljön ska förbättras.')).toMatchObject({
        toGoalId: null,
        matchedBy: 'NONE',
      });
    } finally {
      await server.prisma.goal.update({ where: { id: ids.otherCouncilGoal2024 }, data: { retiredAt: null } });
    }
  });

  it('commits next year’s draft plan from the decisions, in one audited transaction, targets as proposals', async () => {
    server.actAs(actors.planner);
    const preview = await previewOf();
    const { commitRollOver } = await server.query(COMMIT, {
      input: carryAll(preview, { titles: { 'Nämndmål 1': 'Sjukfrånvaron ska minska 2024' }, drop: ['Nämndmål 2'] }),
    });
    expect(commitRollOver).toEqual({ year: 2024, status: 'DRAFT', revision: 1, rolledOverFromYear: 2023 });
    const goals2024 = await server.prisma.goal.findMany({
      where: { year: 2024, level: 'COMMITTEE' },
      include: { parentLinks: true, indicators: { include: { indicator: true } }, activities: true },
    });
    expect(goals2024).toHaveLength(1);
    const [goal] = goals2024;
    expect(goal).toMatchObject({
      title: 'Sjukfrånvaron ska minska 2024',
      previousGoalId: Number(preview.goals[0]!.goalId),
    });
    expect(goal!.parentLinks.map((link) => link.parentId)).toEqual([ids.councilGoal2024]);
    expect(goal!.indicators.map((link) => link.indicator.name)).toEqual(['Sjukfrånvaro 1']);
    expect(goal!.activities.map((activity) => activity.title)).toEqual(['Aktivitet 1']);
    // Targets of the carried indicators: both were decided carried, the dropped goal's indicator too.
    const proposals = await server.prisma.indicatorValue.findMany({
      where: { year: 2024 },
      include: { indicator: true },
      orderBy: [{ indicatorId: 'asc' }, { periodNumber: 'asc' }],
    });
    expect(
      proposals.map((value) => [value.indicator.name, value.periodNumber, value.periodTarget, value.isTargetProposal]),
    ).toEqual([
      ['Sjukfrånvaro 1', 5, 5, true],
      ['Sjukfrånvaro 1', 6, 5, true],
      ['Sjukfrånvaro 2', 5, 5, true],
      ['Sjukfrånvaro 2', 6, 5, true],
    ]);
    const events = await server.prisma.auditEvent.findMany({ where: { operation: 'commitRollOver' } });
    // Next year had no perspectives: it gets this year's, which its carried goals keep.
    expect(new Set(events.map((event) => event.entityType))).toEqual(
      new Set(['Plan', 'Goal', 'GoalLink', 'GoalIndicator', 'Activity', 'IndicatorValue', 'PerspectiveYear']),
    );
    expect(events.every((event) => event.userId === actors.planner.id)).toBe(true);
    // The previous year is untouched and readable.
    expect(
      await server.prisma.goal.count({ where: { year: 2023, level: 'COMMITTEE', orgUnitId: Number(committeeId) } }),
    ).toBe(2);
  });

  it('does not duplicate when run again: it carries only what was not carried before', async () => {
    server.actAs(actors.planner);
    const again = await previewOf();
    expect(again.targetPlan).toEqual({ status: 'DRAFT', rolledOverFromYear: 2023 });
    expect(again.goals.map((goal) => [goal.title, goal.alreadyCarried])).toEqual([
      ['Nämndmål 1', true],
      ['Nämndmål 2', false],
    ]);
    expect(again.targets.every((target) => target.alreadyCarried)).toBe(true);
    await server.query(COMMIT, { input: carryAll(again) });
    await server.query(COMMIT, { input: carryAll(await previewOf()) });
    const goals2024 = await server.prisma.goal.findMany({
      where: { year: 2024, level: 'COMMITTEE' },
      orderBy: { id: 'asc' },
    });
    expect(goals2024.map((goal) => goal.title)).toEqual(['Sjukfrånvaron ska minska 2024', 'Nämndmål 2']);
    expect(await server.prisma.activity.count({ where: { previousActivityId: { not: null } } })).toBe(1);
    expect(await server.prisma.indicatorValue.count({ where: { year: 2024 } })).toBe(4);
    expect(await server.prisma.plan.count({ where: { year: 2024 } })).toBe(1);
    // The lineage is unique: the database itself refuses a second copy of a goal.
    await expect(
      server.prisma.goal.create({
        data: { ...goals2024[0]!, id: undefined, version: undefined, createdAt: undefined, updatedAt: undefined },
      }),
    ).rejects.toMatchObject({ code: 'P2002' });
    // The second goal was linked to both of next year's council goals it matched.
    const links = await server.prisma.goalLink.findMany({
      where: { childId: goals2024[1]!.id },
      orderBy: { parentId: 'asc' },
    });
    expect(links.map((link) => link.parentId)).toEqual([ids.councilGoal2024, ids.otherCouncilGoal2024]);
  });

  it('confirms a row’s proposals on the targets grid: planners only, version-checked, audited, figures kept', async () => {
    const proposedRows = async () =>
      (await server.query(TARGET_SHEET, { orgUnitCode: 'intraservice', year: 2024 })).targetSheet!.rows.filter((row) =>
        row.indicator.name.startsWith('Sjukfrånvaro'),
      );
    server.actAs(actors.planner);
    const [first, second] = await proposedRows();
    expect([first!.isProposal, second!.isProposal]).toEqual([true, true]);
    const confirmFirst = (versions = first!.versions) => ({
      input: { year: 2024, rows: [{ indicatorId: first!.indicator.id, expectedVersions: versions }] },
    });

    server.actAs(actors.analyst);
    expect((await server.queryErrors(CONFIRM_PROPOSALS, confirmFirst()))[0]?.extensions?.code).toBe('FORBIDDEN');
    server.actAs(actors.planner);
    const stale = first!.versions.map((entry) => ({ ...entry, version: entry.version + 1 }));
    expect((await server.queryErrors(CONFIRM_PROPOSALS, confirmFirst(stale)))[0]?.extensions?.code).toBe('CONFLICT');

    const { confirmTargetProposals } = await server.query(CONFIRM_PROPOSALS, confirmFirst());
    expect(confirmTargetProposals).toEqual([
      { indicator: { name: first!.indicator.name }, isProposal: false, periodTargets: first!.periodTargets },
    ]);
    expect((await proposedRows()).map((row) => row.isProposal)).toEqual([false, true]);
    const events = await server.prisma.auditEvent.findMany({ where: { operation: 'confirmTargetProposals' } });
    expect(events.map((event) => [event.entityType, event.userId])).toEqual([
      ['IndicatorValue', actors.planner.id],
      ['IndicatorValue', actors.planner.id],
    ]);
    // A form loaded before the confirmation is now stale.
    expect((await server.queryErrors(CONFIRM_PROPOSALS, confirmFirst()))[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses to roll into an adopted plan, until a new revision opens it', async () => {
    server.actAs(actors.admin);
    const { adoptPlan } = await server.query(ADOPT, {
      input: {
        orgUnitId: committeeId,
        year: 2024,
        decisionDate: '2023-12-12',
        caseNumber: 'N170-0999/23',
        expectedVersion: 1,
      },
    });
    // Adoption settles the proposals left: the adopted plan's targets, figures as they stood.
    expect(
      await server.prisma.indicatorValue.findMany({
        where: { year: 2024 },
        select: { periodTarget: true, isTargetProposal: true },
      }),
    ).toEqual(Array.from({ length: 4 }, () => ({ periodTarget: 5, isTargetProposal: false })));
    expect(
      await server.prisma.auditEvent.count({ where: { operation: 'adoptPlan', entityType: 'IndicatorValue' } }),
    ).toBe(2);
    server.actAs(actors.planner);
    const refused = await server.queryErrors(COMMIT, { input: carryAll(await previewOf()) });
    expect(refused[0]).toMatchObject({
      message: expect.stringContaining('open a new revision') as unknown,
      extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'input.fromYear', message: 'planAdopted' }] },
    });
    await server.query(OPEN_REVISION, { input: { planId: adoptPlan.id, expectedVersion: adoptPlan.version } });
    expect((await server.query(COMMIT, { input: carryAll(await previewOf()) })).commitRollOver.revision).toBe(2);
  });
});

describe('the plan’s reads', () => {
  beforeAll(async () => {
    server = await startGraphqlTestServer();
    const fixture = await createGoalFixture(server.prisma);
    committeeId = String(fixture.committee.id);
    server.actAs(await server.createUser([{ role: 'ADMIN', orgUnitCode: 'intraservice' }]));
  });
  afterAll(() => server.stop());

  it('sends the same number of SQL statements for a plan of 2 goals as for 8', async () => {
    const statements = async () => {
      server.statements.length = 0;
      expect((await previewOf()).goals.length).toBeGreaterThan(0);
      return server.statements.length;
    };
    const forTwo = await statements();
    const committee = await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'intraservice' } });
    const goal = await server.prisma.goal.findFirstOrThrow({
      where: { title: 'Nämndmål 1' },
      include: { parentLinks: true },
    });
    for (let index = 3; index <= 8; index++) {
      await server.prisma.goal.create({
        data: {
          title: `Nämndmål ${index}`,
          level: 'COMMITTEE',
          year: 2023,
          perspectiveId: goal.perspectiveId,
          orgUnitId: committee.id,
          parentLinks: { create: { parentId: goal.parentLinks[0]!.parentId } },
          activities: {
            create: { title: `Aktivitet ${index}`, orgUnitId: committee.id, perspectiveId: goal.perspectiveId },
          },
        },
      });
    }
    expect((await previewOf()).goals).toHaveLength(8);
    expect(await statements()).toBe(forTwo);
  });
});

describe('bad input to the plan’s mutations', () => {
  beforeAll(async () => {
    server = await startGraphqlTestServer();
    const fixture = await createGoalFixture(server.prisma);
    committeeId = String(fixture.committee.id);
    server.actAs(await server.createUser([{ role: 'ADMIN', orgUnitCode: 'intraservice' }]));
  });
  afterAll(() => server.stop());

  // The unit's id is known only once the fixture is written, so each case's variables are made when it runs.
  const adopt = (input: Record<string, unknown>) => () => ({
    input: { orgUnitId: committeeId, year: 2023, decisionDate: '2022-12-13', caseNumber: 'N170-0123/22', ...input },
  });
  const commit = (input: Record<string, unknown>) => () => ({
    input: {
      orgUnitId: committeeId,
      fromYear: 2023,
      goals: [],
      indicatorLinks: [],
      activities: [],
      targets: [],
      ...input,
    },
  });

  it.each<[string, DocumentNode, () => { input: Record<string, unknown> }, string, string]>([
    ['an empty case number', ADOPT, adopt({ caseNumber: '  ' }), 'input.caseNumber', 'required'],
    ['a case number without a digit', ADOPT, adopt({ caseNumber: 'Dnr' }), 'input.caseNumber', 'invalidCaseNumber'],
    ['a case number with a semicolon', ADOPT, adopt({ caseNumber: 'N170;1' }), 'input.caseNumber', 'invalidCaseNumber'],
    [
      'a case number of 51 characters',
      ADOPT,
      adopt({ caseNumber: `N${'1'.repeat(50)}` }),
      'input.caseNumber',
      'tooLong',
    ],
    ['a NUL in the case number', ADOPT, adopt({ caseNumber: 'N170\u00001' }), 'input.caseNumber', 'invalidCharacters'],
    [
      'a decision date that does not exist',
      ADOPT,
      adopt({ decisionDate: '2023-02-30' }),
      'input.decisionDate',
      'invalidDate',
    ],
    ['a decision date as words', ADOPT, adopt({ decisionDate: 'igår' }), 'input.decisionDate', 'invalidDate'],
    ['a decision in the future', ADOPT, adopt({ decisionDate: '2099-01-01' }), 'input.decisionDate', 'dateInFuture'],
    ['a year out of range', ADOPT, adopt({ year: 1800 }), 'input.year', 'outOfRange'],
    ['a version of zero', ADOPT, adopt({ expectedVersion: 0 }), 'input.expectedVersion', 'invalidVersion'],
    [
      'a malformed plan id',
      OPEN_REVISION,
      () => ({ input: { planId: 'x', expectedVersion: 1 } }),
      'input.planId',
      'invalidId',
    ],
    [
      'an unknown goal',
      COMMIT,
      commit({ goals: [{ goalId: '999999', carry: true }] }),
      'input.goals.0.goalId',
      'notInPlan',
    ],
    [
      'an empty new title',
      COMMIT,
      commit({ goals: [{ goalId: '1', carry: true, title: ' ' }] }),
      'input.goals.0.title',
      'required',
    ],
    [
      'an unknown indicator',
      COMMIT,
      commit({ targets: [{ indicatorId: '999999', carry: true }] }),
      'input.targets.0.indicatorId',
      'notInPlan',
    ],
    ['the last year', COMMIT, commit({ fromYear: 2100 }), 'input.fromYear', 'outOfRange'],
  ])('refuses %s beside the field, writing nothing', async (_case, document, variables, field, message) => {
    const errors = await server.queryErrorsWithUncheckedVariables(document, variables());
    expect(errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field, message }] });
    expect(await server.prisma.plan.count()).toBe(0);
    expect(await server.prisma.auditEvent.count()).toBe(0);
  });
});

describe('rolling the demo data’s 2023 plan over', () => {
  let server: GraphqlTestServer;
  beforeAll(async () => {
    server = await startGraphqlTestServer();
    await prepareDatabase(server.database, { seedDemoDataIfEmpty: true });
    server.actAs(await server.createUser([{ role: 'PLANNER', orgUnitCode: 'intraservice' }]));
  });
  afterAll(() => server.stop());

  it('re-links every committee goal to the council goal of 2024 that carries its 2023 one forward', async () => {
    const intraservice = await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'intraservice' } });
    const { rollOverPreview } = await server.query(PREVIEW, { orgUnitId: String(intraservice.id), fromYear: 2023 });
    const links = rollOverPreview.goals.flatMap((goal) => goal.goalLinks);
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((link) => link.matchedBy !== 'LINEAGE')).toEqual([]);
    expect(links.every((link) => link.toTitle === link.fromTitle && link.toGoalId !== null)).toBe(true);
  });
});
