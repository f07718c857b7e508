import type { IndicatorModel } from '@lagesbild/db';
import { valueStatus } from '@lagesbild/types';
import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';

const CONFIRM = graphql(`
  mutation TargetsTest_ConfirmProposals($input: ConfirmTargetProposalsInput!) {
    confirmTargetProposals(input: $input) {
      isProposal
    }
  }
`);

const SHEET = graphql(`
  query TargetsTest_Sheet($orgUnitCode: String!, $year: Int!, $includeSubunits: Boolean) {
    targetSheet(orgUnitCode: $orgUnitCode, year: $year, includeSubunits: $includeSubunits) {
      year
      canEdit
      includeSubunits
      rows {
        indicator {
          id
          code
        }
        canEdit
        periods
        periodTargets
        annualTarget
        versions {
          period
          version
        }
        previousOutcomes {
          year
          value
        }
        previousYearForecast {
          year
          value
        }
      }
    }
  }
`);

const SAVE = graphql(`
  mutation TargetsTest_Save($input: TargetsInput!) {
    saveTargets(input: $input) {
      indicator {
        code
      }
      periodTargets
      annualTarget
      versions {
        period
        version
      }
    }
  }
`);

const STATE_AFTER = graphql(`
  query TargetsTest_Reported($id: ID!, $code: String!) {
    latestReportMonth {
      year
      month
    }
    orgUnit(code: $code) {
      latestReportMonth {
        year
        month
      }
    }
    indicator(id: $id) {
      latestValue(upTo: { year: 2024, month: 12 }) {
        period
        outcome
      }
    }
  }
`);

const ECONOMY = graphql(`
  query TargetsTest_Economy($orgUnitCode: String!, $upTo: MonthInput!) {
    economy(orgUnitCode: $orgUnitCode, upTo: $upTo) {
      businessAreaResults {
        orgUnit {
          code
        }
        operationsToDate
        operationsBudgetToDate
        operationsBudget
        developmentBudget
      }
    }
  }
`);

const months = (values: Record<number, number>) => Array.from({ length: 12 }, (_, index) => values[index + 1] ?? null);

describe('Målvärden och budget: the targets grid', () => {
  let server: GraphqlTestServer;
  let fixture: Awaited<ReturnType<typeof createGoalFixture>>;
  let sickLeave: IndicatorModel;
  let turnover: IndicatorModel;
  let engagement: IndicatorModel;
  let retired: IndicatorModel;
  let operations: IndicatorModel;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    fixture = await createGoalFixture(server.prisma);
    sickLeave = await server.prisma.indicator.findFirstOrThrow({ where: { code: 'SJUKFRANVARO-1' } });
    const area = await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'digital-infrastruktur' } });
    const base = { orgUnitId: fixture.committee.id, direction: 'LOWER_IS_BETTER' as const };
    turnover = await server.prisma.indicator.create({
      data: {
        ...base,
        code: 'TURNOVER',
        name: 'Personalomsättning',
        unit: 'PERCENT',
        periodicity: 'TERTIAL',
        sortOrder: 5,
      },
    });
    engagement = await server.prisma.indicator.create({
      data: {
        ...base,
        code: 'HME',
        name: 'Hållbart medarbetarengagemang',
        unit: 'INDEX',
        periodicity: 'YEAR',
        direction: 'HIGHER_IS_BETTER',
        sortOrder: 6,
        values: {
          create: [
            { granularity: 'YEAR', year: 2021, periodNumber: 1, outcome: 76 },
            { granularity: 'YEAR', year: 2022, periodNumber: 1, outcome: 77 },
            { granularity: 'YEAR', year: 2023, periodNumber: 1, fullYearForecast: 80 },
          ],
        },
      },
    });
    retired = await server.prisma.indicator.create({
      data: { ...base, code: 'OLD', name: 'Avslutad', unit: 'COUNT', periodicity: 'MONTH', retiredAt: new Date() },
    });
    operations = await server.prisma.indicator.create({
      data: {
        code: 'RESULT_OPERATIONS',
        name: 'Resultat förvaltning',
        orgUnitId: area.id,
        unit: 'TKR',
        periodicity: 'MONTH',
        direction: 'HIGHER_IS_BETTER',
        kind: 'FINANCIAL',
        cumulative: true,
        values: { create: [{ granularity: 'MONTH', year: 2024, periodNumber: 5, outcome: 10534 }] },
      },
    });
  });
  afterAll(() => server.stop());

  let planner: Awaited<ReturnType<GraphqlTestServer['createUser']>> | undefined;
  const asPlanner = async () => {
    planner ??= await server.createUser([{ role: 'PLANNER', orgUnitCode: 'intraservice' }], 'Planerare');
    server.actAs(planner);
  };
  const rowOf = async (code: string, year = 2024) => {
    const { targetSheet } = await server.query(SHEET, { orgUnitCode: 'intraservice', year, includeSubunits: true });
    return targetSheet!.rows.find((row) => row.indicator.code === code)!;
  };

  it("lists the unit's indicators in use, and on request those of the units below, with the plan's history", async () => {
    await asPlanner();
    const own = await server.query(SHEET, { orgUnitCode: 'intraservice', year: 2024 });
    expect(own.targetSheet!.canEdit).toBe(true);
    expect(own.targetSheet!.rows.map((row) => row.indicator.code)).toEqual([
      'SJUKFRANVARO-1',
      'SJUKFRANVARO-2',
      'TURNOVER',
      'HME',
    ]);
    const all = await server.query(SHEET, { orgUnitCode: 'intraservice', year: 2024, includeSubunits: true });
    expect(all.targetSheet!.rows.map((row) => row.indicator.code)).toContain('RESULT_OPERATIONS');
    expect(all.targetSheet!.rows.map((row) => row.indicator.code)).not.toContain('OLD');

    const hme = all.targetSheet!.rows.find((row) => row.indicator.code === 'HME')!;
    expect(hme).toMatchObject({
      periods: [],
      periodTargets: [],
      annualTarget: null,
      previousOutcomes: [
        { year: 2021, value: 76 },
        { year: 2022, value: 77 },
      ],
      previousYearForecast: { year: 2023, value: 80 },
    });
    const sick2023 = await rowOf('SJUKFRANVARO-1', 2023);
    expect(sick2023.periods).toHaveLength(12);
    expect(sick2023.periodTargets.slice(4, 6)).toEqual([5, 5]);
    expect(sick2023.annualTarget).toBe(5);
    expect(sick2023.previousYearForecast).toEqual({ year: 2022, value: null });
    expect((await rowOf('TURNOVER')).periods).toEqual(['2024-T1', '2024-T2', '2024-T3']);
  });

  it('reads the grid in the same number of statements however many indicators it has', async () => {
    const count = async (target: GraphqlTestServer) => {
      target.actAs(await target.createUser([{ role: 'PLANNER', orgUnitCode: 'intraservice' }]));
      target.statements.length = 0;
      await target.query(SHEET, { orgUnitCode: 'intraservice', year: 2023, includeSubunits: true });
      return target.statements.length;
    };
    const larger = await startGraphqlTestServer();
    try {
      await createGoalFixture(larger.prisma, { committeeGoals: 7 });
      expect(await count(larger)).toBe(await count(server));
    } finally {
      await larger.stop();
    }
  });

  it('saves annual and period targets of several indicators in one audited transaction', async () => {
    await asPlanner();
    const { saveTargets } = await server.query(SAVE, {
      input: {
        year: 2024,
        rows: [
          {
            indicatorId: String(sickLeave.id),
            annualTarget: 4.5,
            periodTargets: months({ 1: 5, 2: 4.8 }),
            expectedVersions: [],
          },
          { indicatorId: String(turnover.id), annualTarget: 9, periodTargets: [10, 9.5, null], expectedVersions: [] },
          { indicatorId: String(engagement.id), annualTarget: 81, periodTargets: [], expectedVersions: [] },
        ],
      },
    });
    expect(
      saveTargets.map((row) => [row.indicator.code, row.annualTarget, row.periodTargets.filter((t) => t != null)]),
    ).toEqual([
      ['SJUKFRANVARO-1', 4.5, [5, 4.8]],
      ['TURNOVER', 9, [10, 9.5]],
      ['HME', 81, []],
    ]);
    // The year's own value and the two months with a target; no empty values for the others.
    expect(saveTargets[0]!.versions.map((version) => version.period)).toEqual(
      expect.arrayContaining(['2024', '2024-01', '2024-02']),
    );
    expect(saveTargets[0]!.versions).toHaveLength(3);
    const events = await server.prisma.auditEvent.findMany({ where: { operation: 'saveTargets' } });
    expect(events).toHaveLength(3 + 3 + 1);
    expect(events.every((event) => event.action === 'CREATE' && event.userId === planner!.id)).toBe(true);

    // Changing one month updates that value and copies the new annual target onto the others.
    const row = await rowOf('SJUKFRANVARO-1');
    const { saveTargets: again } = await server.query(SAVE, {
      input: {
        year: 2024,
        rows: [
          {
            indicatorId: String(sickLeave.id),
            annualTarget: 4,
            periodTargets: months({ 1: 5, 2: 4.6 }),
            expectedVersions: row.versions,
          },
        ],
      },
    });
    expect(again[0]!.annualTarget).toBe(4);
    expect(again[0]!.periodTargets.slice(0, 2)).toEqual([5, 4.6]);
    const january = await server.prisma.indicatorValue.findFirstOrThrow({
      where: { indicatorId: sickLeave.id, year: 2024, granularity: 'MONTH', periodNumber: 1 },
    });
    expect(january).toMatchObject({ annualTarget: 4, periodTarget: 5, outcome: null, version: 2 });
  });

  it('a period with only a target is not reported: not the latest report month, not the latest value, no status', async () => {
    await asPlanner();
    const before = await server.query(STATE_AFTER, { id: String(sickLeave.id), code: 'intraservice' });
    expect(before.orgUnit!.latestReportMonth).toEqual({ year: 2023, month: 5 });
    const row = await rowOf('SJUKFRANVARO-1');
    await server.query(SAVE, {
      input: {
        year: 2024,
        rows: [
          {
            indicatorId: String(sickLeave.id),
            annualTarget: 4,
            periodTargets: months({ 1: 5, 2: 4.6, 12: 4 }),
            expectedVersions: row.versions,
          },
        ],
      },
    });
    const after = await server.query(STATE_AFTER, { id: String(sickLeave.id), code: 'intraservice' });
    expect(after.latestReportMonth).toEqual(before.latestReportMonth);
    expect(after.orgUnit!.latestReportMonth).toEqual({ year: 2023, month: 5 });
    // "Not reported since" reads the latest value with an outcome: still May 2023.
    expect(after.indicator!.latestValue).toMatchObject({ period: '2023-05', outcome: 5.9 });
    const december = await server.prisma.indicatorValue.findFirstOrThrow({
      where: { indicatorId: sickLeave.id, year: 2024, granularity: 'MONTH', periodNumber: 12 },
    });
    expect(valueStatus({ ...sickLeave, thresholdHistory: [] }, december)).toBe('NOT_ASSESSED');
  });

  it('makes the budget of a business area the economy reads', async () => {
    await asPlanner();
    const row = await rowOf('RESULT_OPERATIONS');
    await server.query(SAVE, {
      input: {
        year: 2024,
        rows: [
          {
            indicatorId: String(operations.id),
            annualTarget: 0,
            periodTargets: months({ 5: -2166 }),
            expectedVersions: row.versions,
          },
        ],
      },
    });
    const { economy } = await server.query(ECONOMY, { orgUnitCode: 'intraservice', upTo: { year: 2024, month: 5 } });
    expect(economy!.businessAreaResults.find((result) => result.orgUnit.code === 'digital-infrastruktur')).toEqual({
      orgUnit: { code: 'digital-infrastruktur' },
      operationsToDate: 10534,
      operationsBudgetToDate: -2166,
      operationsBudget: 0,
      developmentBudget: null,
    });
  });

  it('refuses a row someone else changed since the grid was loaded, and writes nothing', async () => {
    await asPlanner();
    const stale = await rowOf('TURNOVER');
    await server.query(SAVE, {
      input: {
        year: 2024,
        rows: [
          {
            indicatorId: String(turnover.id),
            annualTarget: 8,
            periodTargets: [10, 9, 8],
            expectedVersions: stale.versions,
          },
        ],
      },
    });
    const before = await server.prisma.auditEvent.count();
    const errors = await server.queryErrors(SAVE, {
      input: {
        year: 2024,
        rows: [
          {
            indicatorId: String(engagement.id),
            annualTarget: 82,
            periodTargets: [],
            expectedVersions: (await rowOf('HME')).versions,
          },
          {
            indicatorId: String(turnover.id),
            annualTarget: 7,
            periodTargets: [10, 9, 7],
            expectedVersions: stale.versions,
          },
        ],
      },
    });
    expect(errors[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      current: [{ index: 1, indicatorId: String(turnover.id) }],
    });
    expect(await server.prisma.auditEvent.count()).toBe(before);
    expect((await rowOf('HME')).annualTarget).toBe(81);
    // A value created since the grid was loaded is a change too.
    const errorsNew = await server.queryErrors(SAVE, {
      input: {
        year: 2024,
        rows: [{ indicatorId: String(sickLeave.id), annualTarget: 4, periodTargets: months({}), expectedVersions: [] }],
      },
    });
    expect(errorsNew[0]?.extensions?.code).toBe('CONFLICT');
  });

  it.each([
    [
      'a percentage above 100',
      () => ({ indicatorId: String(sickLeave.id), annualTarget: 120, periodTargets: months({}) }),
      'input.rows.0.annualTarget',
      'percentRange',
    ],
    [
      'a period target out of range',
      () => ({ indicatorId: String(sickLeave.id), annualTarget: 4, periodTargets: months({ 5: -1 }) }),
      'input.rows.0.periodTargets.4',
      'percentRange',
    ],
    [
      'too few period targets',
      () => ({ indicatorId: String(turnover.id), annualTarget: 4, periodTargets: [1, 2] }),
      'input.rows.0.periodTargets',
      'periodNotInPeriodicity',
    ],
    [
      'period targets of a yearly indicator',
      () => ({ indicatorId: String(engagement.id), annualTarget: 4, periodTargets: [1] }),
      'input.rows.0.periodTargets',
      'periodNotInPeriodicity',
    ],
    [
      'a retired indicator',
      () => ({ indicatorId: String(retired.id), annualTarget: 4, periodTargets: months({}) }),
      'input.rows.0.indicatorId',
      'indicatorRetired',
    ],
    [
      'an infinite figure',
      () => ({ indicatorId: String(sickLeave.id), annualTarget: 1e20, periodTargets: months({}) }),
      'input.rows.0.annualTarget',
      'outOfRange',
    ],
  ])('refuses %s beside its cell, writing nothing', async (_case, row, field, message) => {
    await asPlanner();
    const before = await server.prisma.auditEvent.count();
    const errors = await server.queryErrors(SAVE, {
      input: { year: 2024, rows: [{ ...row(), expectedVersions: [] }] },
    });
    expect(errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field, message }] });
    expect(await server.prisma.auditEvent.count()).toBe(before);
  });

  it.each([
    ['no rows', { year: 2024, rows: [] }, 'input.rows', 'required'],
    [
      'a year out of range',
      { year: 1800, rows: [{ indicatorId: '1', periodTargets: [], expectedVersions: [] }] },
      'input.year',
      'outOfRange',
    ],
    [
      'a malformed period in the versions',
      {
        year: 2024,
        rows: [{ indicatorId: '1', periodTargets: [], expectedVersions: [{ period: 'maj', version: 1 }] }],
      },
      'input.rows.0.expectedVersions.0.period',
      'invalidPeriod',
    ],
  ])('refuses %s', async (_case, input, field, message) => {
    await asPlanner();
    const errors = await server.queryErrors(SAVE, { input });
    expect(errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field, message }] });
  });

  it.each([
    ['no rows', () => ({ year: 2024, rows: [] }), 'input.rows', 'required'],
    [
      'a year out of range',
      () => ({ year: 1800, rows: [{ indicatorId: String(sickLeave.id), expectedVersions: [] }] }),
      'input.year',
      'outOfRange',
    ],
    [
      'a malformed period in the versions',
      () => ({
        year: 2024,
        rows: [{ indicatorId: String(sickLeave.id), expectedVersions: [{ period: 'maj', version: 1 }] }],
      }),
      'input.rows.0.expectedVersions.0.period',
      'invalidPeriod',
    ],
    [
      'the same indicator twice',
      () => ({
        year: 2024,
        rows: [
          { indicatorId: String(sickLeave.id), expectedVersions: [] },
          { indicatorId: String(sickLeave.id), expectedVersions: [] },
        ],
      }),
      'input.rows.1.indicatorId',
      'duplicateValue',
    ],
  ])('refuses to confirm proposals with %s, writing nothing', async (_case, input, field, message) => {
    await asPlanner();
    const before = await server.prisma.auditEvent.count();
    const errors = await server.queryErrors(CONFIRM, { input: input() });
    expect(errors[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field, message }] });
    expect(await server.prisma.auditEvent.count()).toBe(before);
  });

  it('lets only planners of the unit save (administrators plan too); analysts and others are refused', async () => {
    const input = {
      year: 2025,
      rows: [{ indicatorId: String(engagement.id), annualTarget: 82, periodTargets: [], expectedVersions: [] }],
    };
    server.actAs(await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }]));
    expect((await server.queryErrors(SAVE, { input }))[0]?.extensions?.code).toBe('FORBIDDEN');
    const analystSheet = await server.query(SHEET, { orgUnitCode: 'intraservice', year: 2025 });
    expect(analystSheet.targetSheet!.canEdit).toBe(false);
    server.actAs(await server.createUser([{ role: 'PLANNER', orgUnitCode: 'kommunstyrelsen' }]));
    expect((await server.queryErrors(SAVE, { input }))[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    expect((await server.query(SHEET, { orgUnitCode: 'intraservice', year: 2025 })).targetSheet).toBeNull();
    // A planner of the unit above plans the units below; an administrator plans too.
    server.actAs(await server.createUser([{ role: 'ADMIN', orgUnitCode: 'goteborg' }]));
    const { saveTargets } = await server.query(SAVE, { input });
    expect(saveTargets[0]!.annualTarget).toBe(82);
  });
});
