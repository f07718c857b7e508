import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';

const PLAN_OF_YEAR = graphql(`
  query PlanningTest_PlanOfYear($orgUnitCode: String!, $year: Int!) {
    planOfYear(orgUnitCode: $orgUnitCode, year: $year) {
      year
      lock
      mayAdopt
      mayPlan
      plan {
        id
        status
        revision
        decisionDate
        caseNumber
        version
        draftChanges {
          kind
          subject
          object
          before
          after
          targetField
          beforeValue
          afterValue
        }
        revisions {
          number
          decisionDate
          caseNumber
          adoptedBy {
            name
          }
          changes {
            kind
            subject
            object
            before
            after
            targetField
            beforeValue
            afterValue
          }
        }
      }
    }
  }
`);
const ADOPT = graphql(`
  mutation PlanningTest_Adopt($input: AdoptPlanInput!) {
    adoptPlan(input: $input) {
      id
      status
      revision
      decisionDate
      caseNumber
      version
    }
  }
`);
const OPEN_REVISION = graphql(`
  mutation PlanningTest_OpenRevision($input: OpenPlanRevisionInput!) {
    openPlanRevision(input: $input) {
      id
      status
      revision
      decisionDate
      caseNumber
      version
    }
  }
`);
const SAVE_VALUES = graphql(`
  mutation PlanningTest_SaveValues($input: IndicatorValuesInput!) {
    saveIndicatorValues(input: $input) {
      periodTarget
      outcome
      version
    }
  }
`);

type Actor = Awaited<ReturnType<GraphqlTestServer['createUser']>>;

const CREATE_GOAL = graphql(`
  mutation PlanningTest_CreateGoal($input: CreateGoalInput!) {
    createGoal(input: $input) {
      id
    }
  }
`);

const SAVE_TARGETS = graphql(`
  mutation PlanningTest_SaveTargets($input: TargetsInput!) {
    saveTargets(input: $input) {
      annualTarget
    }
  }
`);

describe('adopting a plan and its revisions', () => {
  let server: GraphqlTestServer;
  let committeeId: string;
  let actors: Record<'admin' | 'planner' | 'analyst' | 'otherAdmin', Actor>;
  let indicatorId: number;
  let fixture: Awaited<ReturnType<typeof createGoalFixture>>;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    fixture = await createGoalFixture(server.prisma);
    committeeId = String(fixture.committee.id);
    indicatorId = (await server.prisma.indicator.findFirstOrThrow({ where: { code: 'SJUKFRANVARO-1' } })).id;
    actors = {
      admin: await server.createUser([{ role: 'ADMIN', orgUnitCode: 'intraservice' }], 'Anna Admin'),
      planner: await server.createUser([{ role: 'PLANNER', orgUnitCode: 'intraservice' }]),
      analyst: await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }]),
      otherAdmin: await server.createUser([{ role: 'ADMIN', orgUnitCode: 'kommunstyrelsen' }]),
    };
  });
  afterAll(() => server.stop());

  const planOfYear = async (year = 2023) =>
    (await server.query(PLAN_OF_YEAR, { orgUnitCode: 'intraservice', year })).planOfYear!;
  const mayValue = async () =>
    server.prisma.indicatorValue.findFirstOrThrow({ where: { indicatorId, year: 2023, periodNumber: 5 } });
  const saveMay = async (figures: { periodTarget: number; outcome: number }) => {
    const current = await mayValue();
    return {
      input: {
        values: [
          {
            indicatorId: String(indicatorId),
            period: '2023-05',
            annualTarget: current.annualTarget,
            fullYearForecast: current.fullYearForecast,
            comment: current.comment,
            expectedVersion: current.version,
            ...figures,
          },
        ],
      },
    };
  };

  it('shows a unit without a plan as open, and who may adopt and plan it', async () => {
    server.actAs(actors.admin);
    expect(await planOfYear()).toMatchObject({ plan: null, lock: null, mayAdopt: true, mayPlan: true });
    server.actAs(actors.planner);
    expect(await planOfYear()).toMatchObject({ plan: null, mayAdopt: false, mayPlan: true });
    server.actAs(actors.analyst);
    expect(await planOfYear()).toMatchObject({ plan: null, mayAdopt: false, mayPlan: false });
  });

  it('lets only administrators of the unit adopt: a planner is refused, a sibling committee sees nothing', async () => {
    const input = { orgUnitId: committeeId, year: 2023, decisionDate: '2022-12-13', caseNumber: 'N170-0123/22' };
    server.actAs(actors.planner);
    expect((await server.queryErrors(ADOPT, { input }))[0]?.extensions?.code).toBe('FORBIDDEN');
    server.actAs(actors.otherAdmin);
    expect((await server.queryErrors(ADOPT, { input }))[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await server.prisma.plan.count()).toBe(0);
  });

  it('adopts the plan with the decision, records revision 1 with what it held, audited', async () => {
    server.actAs(actors.admin);
    const { adoptPlan } = await server.query(ADOPT, {
      input: { orgUnitId: committeeId, year: 2023, decisionDate: '2022-12-13', caseNumber: ' N170-0123/22 ' },
    });
    expect(adoptPlan).toMatchObject({
      status: 'ADOPTED',
      revision: 1,
      decisionDate: '2022-12-13',
      caseNumber: 'N170-0123/22',
      version: 2,
    });
    const { plan, lock } = await planOfYear();
    expect(lock).toBe('PLAN_ADOPTED');
    expect(plan?.revisions).toEqual([
      {
        number: 1,
        decisionDate: '2022-12-13',
        caseNumber: 'N170-0123/22',
        adoptedBy: { name: 'Anna Admin' },
        changes: [],
      },
    ]);
    const revision = await server.prisma.planRevision.findFirstOrThrow();
    const snapshot = revision.snapshot as {
      goals: { title: string; parents: { title: string }[] }[];
      targets: unknown[];
    };
    expect(snapshot.goals.map((goal) => goal.title)).toEqual(['Nämndmål 1', 'Nämndmål 2']);
    expect(snapshot.goals[0]?.parents.map((parent) => parent.title)).toEqual([
      'Sjukskrivningarna till följd av arbetsrelaterad ohälsa ska minska.',
    ]);
    expect(snapshot.targets).toHaveLength(4);
    const events = await server.prisma.auditEvent.findMany({
      where: { operation: 'adoptPlan' },
      orderBy: { id: 'asc' },
    });
    expect(events.map((event) => [event.entityType, event.action, event.userId])).toEqual([
      ['Plan', 'CREATE', actors.admin.id],
      ['PlanRevision', 'CREATE', actors.admin.id],
      ['Plan', 'UPDATE', actors.admin.id],
    ]);
  });

  it('refuses adopting an adopted plan, and a plan someone changed since it was loaded', async () => {
    server.actAs(actors.admin);
    const base = { orgUnitId: committeeId, year: 2023, decisionDate: '2023-01-10', caseNumber: 'N170-0001/23' };
    expect((await server.queryErrors(ADOPT, { input: { ...base, expectedVersion: 2 } }))[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'input', message: 'planAlreadyAdopted' }],
    });
    // Loaded before the plan existed: someone adopted it meanwhile.
    const stale = await server.queryErrors(ADOPT, { input: base });
    expect(stale[0]?.extensions).toMatchObject({ code: 'CONFLICT', current: { status: 'ADOPTED', version: 2 } });
  });

  it('locks the adopted targets in data entry, telling to open a new revision, while outcomes stay open', async () => {
    server.actAs(actors.analyst);
    const refused = await server.queryErrors(SAVE_VALUES, await saveMay({ periodTarget: 4, outcome: 5.9 }));
    expect(refused[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'input.values.0.periodTarget', message: 'planAdopted' }],
    });
    expect((await mayValue()).periodTarget).toBe(5);
    const { saveIndicatorValues } = await server.query(SAVE_VALUES, await saveMay({ periodTarget: 5, outcome: 6.1 }));
    expect(saveIndicatorValues[0]).toMatchObject({ periodTarget: 5, outcome: 6.1 });
    // Next year's plan does not exist: its targets are open.
    const nextYear = await server.query(SAVE_VALUES, {
      input: { values: [{ indicatorId: String(indicatorId), period: '2024-01', periodTarget: 4.8 }] },
    });
    expect(nextYear.saveIndicatorValues[0]?.periodTarget).toBe(4.8);
  });

  it("locks the adopted plan's goals on Mål och indikatorer and its targets on Målvärden, as in data entry", async () => {
    server.actAs(actors.planner);
    const newGoal = await server.queryErrors(CREATE_GOAL, {
      input: {
        orgUnitId: committeeId,
        year: 2023,
        level: 'COMMITTEE',
        perspectiveId: String(fixture.perspective.id),
        title: 'Ett mål efter antagandet',
        parentIds: [String(fixture.councilGoal.id)],
      },
    });
    expect(newGoal[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'input.orgUnitId', message: 'planAdopted' }],
    });
    expect(await server.prisma.goal.count({ where: { title: 'Ett mål efter antagandet' } })).toBe(0);
    const targets = await server.queryErrors(SAVE_TARGETS, {
      input: {
        year: 2023,
        rows: [
          {
            indicatorId: String(indicatorId),
            annualTarget: 3,
            periodTargets: Array.from({ length: 12 }, () => null),
            expectedVersions: [],
          },
        ],
      },
    });
    expect(targets[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'input.rows.0.indicatorId', message: 'planAdopted' }],
    });
  });

  it('opens a new revision as a draft (planners), whose changes the plan shows and the next adoption records', async () => {
    server.actAs(actors.planner);
    const plan = (await planOfYear()).plan!;
    const stale = await server.queryErrors(OPEN_REVISION, { input: { planId: plan.id, expectedVersion: 1 } });
    expect(stale[0]?.extensions?.code).toBe('CONFLICT');
    const { openPlanRevision } = await server.query(OPEN_REVISION, {
      input: { planId: plan.id, expectedVersion: plan.version },
    });
    expect(openPlanRevision).toMatchObject({ status: 'DRAFT', revision: 2, decisionDate: null, caseNumber: null });
    expect((await planOfYear()).lock).toBeNull();

    server.actAs(actors.analyst);
    await server.query(SAVE_VALUES, await saveMay({ periodTarget: 4.5, outcome: 6.1 }));
    // Goal editing is another module's; the draft's changes are read from the goals as they are.
    const goal = await server.prisma.goal.findFirstOrThrow({ where: { title: 'Nämndmål 2' } });
    await server.prisma.goal.update({ where: { id: goal.id }, data: { title: 'Sjukfrånvaron ska minska' } });
    await server.prisma.goalIndicator.deleteMany({ where: { goalId: goal.id } });

    server.actAs(actors.admin);
    const expected = expect.arrayContaining([
      expect.objectContaining({ kind: 'GOAL_RENAMED', before: 'Nämndmål 2', after: 'Sjukfrånvaron ska minska' }),
      expect.objectContaining({
        kind: 'INDICATOR_LINK_REMOVED',
        subject: 'Sjukfrånvaron ska minska',
        object: 'Sjukfrånvaro 2',
      }),
      expect.objectContaining({
        kind: 'TARGET_CHANGED',
        subject: 'Sjukfrånvaro 1',
        object: '2023-05',
        targetField: 'PERIOD_TARGET',
        beforeValue: 5,
        afterValue: 4.5,
      }),
    ]) as unknown;
    expect((await planOfYear()).plan?.draftChanges).toEqual(expected);

    const early = await server.queryErrors(ADOPT, {
      input: {
        orgUnitId: committeeId,
        year: 2023,
        decisionDate: '2022-12-01',
        caseNumber: 'N170-0456/23',
        expectedVersion: 3,
      },
    });
    expect(early[0]?.extensions?.fieldErrors).toEqual([
      { field: 'input.decisionDate', message: 'beforePreviousDecision' },
    ]);
    await server.query(ADOPT, {
      input: {
        orgUnitId: committeeId,
        year: 2023,
        decisionDate: '2023-06-20',
        caseNumber: 'N170-0456/23',
        expectedVersion: 3,
      },
    });
    const adopted = (await planOfYear()).plan!;
    expect(adopted).toMatchObject({ status: 'ADOPTED', revision: 2, caseNumber: 'N170-0456/23', draftChanges: [] });
    expect(adopted.revisions.map((revision) => revision.number)).toEqual([2, 1]);
    expect(adopted.revisions[0]?.changes).toEqual(expected);
    expect(adopted.revisions[0]?.changes.filter((change) => change.kind === 'GOAL_ADDED')).toEqual([]);
  });

  it('closes the year once its annual report is approved: no target change, no new revision', async () => {
    await server.prisma.report.create({
      data: { orgUnitId: Number(committeeId), type: 'ANNUAL', year: 2023, month: 12, status: 'APPROVED' },
    });
    server.actAs(actors.analyst);
    expect((await planOfYear()).lock).toBe('YEAR_CLOSED');
    const refused = await server.queryErrors(SAVE_VALUES, await saveMay({ periodTarget: 4, outcome: 6.1 }));
    expect(refused[0]?.extensions?.fieldErrors).toEqual([
      { field: 'input.values.0.periodTarget', message: 'yearClosed' },
    ]);
    server.actAs(actors.planner);
    const plan = (await planOfYear()).plan!;
    const reopened = await server.queryErrors(OPEN_REVISION, {
      input: { planId: plan.id, expectedVersion: plan.version },
    });
    expect(reopened[0]?.extensions?.fieldErrors).toEqual([{ field: 'input.planId', message: 'yearClosed' }]);
    // The year stays readable.
    expect(plan.revisions).toHaveLength(2);
  });
  it('adopts a plan with every goal saved before the adoption, and refuses one saved after it, never neither', async () => {
    // As one administrator (who plans too), so that the two requests start together. On PostgreSQL
    // they run side by side and the year's lock orders them; PGlite runs one transaction at a time.
    server.actAs(actors.admin);
    for (let round = 1; round <= 4; round++) {
      const year = 2010 + round;
      const title = `Ett mål sparat medan planen för ${year} antas`;
      const councilGoal = await server.prisma.goal.create({
        data: {
          title: `Kommunfullmäktiges mål ${year}`,
          level: 'COUNCIL',
          year,
          orgUnitId: fixture.city.id,
          perspectiveId: fixture.perspective.id,
        },
      });
      const [created, adopted] = await Promise.allSettled([
        server.query(CREATE_GOAL, {
          input: {
            orgUnitId: committeeId,
            year,
            level: 'COMMITTEE',
            perspectiveId: String(fixture.perspective.id),
            title,
            parentIds: [String(councilGoal.id)],
          },
        }),
        server.query(ADOPT, {
          input: { orgUnitId: committeeId, year, decisionDate: `${year - 1}-12-13`, caseNumber: `N170-${round}/22` },
        }),
      ]);
      expect([round, adopted.status === 'rejected' ? String(adopted.reason) : 'fulfilled']).toEqual([
        round,
        'fulfilled',
      ]);
      const revision = await server.prisma.planRevision.findFirstOrThrow({
        where: { plan: { orgUnitId: Number(committeeId), year } },
      });
      const inSnapshot = (revision.snapshot as { goals: { title: string }[] }).goals.map((goal) => goal.title);
      if (created.status === 'fulfilled') {
        expect([round, inSnapshot]).toEqual([round, [title]]);
      } else {
        expect([round, String(created.reason)]).toEqual([round, expect.stringContaining('planAdopted') as unknown]);
        expect([round, inSnapshot]).toEqual([round, []]);
      }
    }
  });
});
