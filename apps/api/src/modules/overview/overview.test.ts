import { DEMO_USERS } from '@lagesbild/db';
import { prepareDatabase } from '@lagesbild/db/prepare';
import { seedScaleData } from '@lagesbild/db/scale-seed';
import { bySeriousnessOfChange } from '@lagesbild/types';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';

const OVERVIEW = graphql(`
  query OverviewTest_Overview($orgUnitCode: String!, $upTo: MonthInput!) {
    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {
      perspectives {
        perspective {
          name
        }
        goalsFulfilled
        goalsPartlyFulfilled
        goalsNotFulfilled
        goalsNotAssessed
        indicatorsGreen
        indicatorsYellow
        indicatorsRed
        indicatorsNotReported
        councilGoals
      }
      redProjects {
        name
        portfolioName
        statusDate
        time
        cost
        result
        orgUnit {
          code
        }
      }
      topRisks {
        title
        score
        isDemoValue
      }
      changes {
        kind
        name
        previous
        current
        previousSetByHand
        currentSetByHand
      }
      keyIndicators {
        indicator {
          name
        }
        latest {
          period
          outcome
        }
        status
        isReported
        changeFromPreviousYear
        trend
      }
    }
  }
`);

/** Every unit the overview names: each found by the resolvers from an id. */
const OVERVIEW_UNITS = graphql(`
  query OverviewTest_Units($orgUnitCode: String!, $upTo: MonthInput!) {
    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {
      orgUnit {
        name
      }
      changes {
        orgUnit {
          name
        }
      }
      redProjects {
        orgUnit {
          name
        }
      }
      topRisks {
        orgUnit {
          name
        }
      }
      keyIndicators {
        rolledUpFrom {
          name
        }
      }
      attention {
        redIndicators {
          orgUnit {
            name
          }
        }
        overdueAssignments {
          orgUnit {
            name
          }
        }
        risksAboveTolerance {
          orgUnit {
            name
          }
        }
      }
    }
  }
`);

describe('the overview of a unit', () => {
  let server: GraphqlTestServer;
  const may2023 = { year: 2023, month: 5 };

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    await prepareDatabase(server.database, { seedDemoDataIfEmpty: true });
    server.actAs(
      await server.prisma.user.findUniqueOrThrow({
        where: { email: DEMO_USERS[0]!.email },
        include: { roles: { select: { role: true, orgUnitId: true } } },
      }),
    );
  });
  afterAll(() => server.stop());

  it('counts goals by fulfilment and indicators by status per perspective, as May 2023 stood', async () => {
    const { overview } = await server.query(OVERVIEW, { orgUnitCode: 'intraservice', upTo: may2023 });
    const staff = overview!.perspectives.find((summary) => summary.perspective.name === 'Medarbetare')!;
    // Sick leave at 5,9 % against 5 % is red.
    expect(staff.indicatorsRed).toBeGreaterThanOrEqual(1);
    const total = (summary: Record<string, unknown>, prefix: string) =>
      Object.entries(summary)
        .filter(([key]) => key.startsWith(prefix))
        .reduce((sum, [, count]) => sum + (count as number), 0);
    expect(total(staff, 'goals')).toBe(
      await server.prisma.goal.count({
        where: {
          level: 'COMMITTEE',
          year: 2023,
          perspective: { code: 'medarbetare' },
          orgUnit: { code: 'intraservice' },
        },
      }),
    );
  });

  it("counts the city's council goals per perspective, and none of a committee's", async () => {
    const city = await server.query(OVERVIEW, { orgUnitCode: 'goteborgs-stad', upTo: may2023 });
    const staff = city.overview!.perspectives.find((summary) => summary.perspective.name === 'Medarbetare')!;
    expect(staff.councilGoals).toBe(2);
    const { overview } = await server.query(OVERVIEW, { orgUnitCode: 'intraservice', upTo: may2023 });
    expect(overview!.perspectives.every((summary) => summary.councilGoals === 0)).toBe(true);
  });

  it('shows the city a perspective with council goals though no committee has goals of the year yet', async () => {
    const city = await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'goteborgs-stad' } });
    const perspective = await server.prisma.perspective.findFirstOrThrow({ where: { code: 'medarbetare' } });
    await server.prisma.perspectiveYear.upsert({
      where: { perspectiveId_year: { perspectiveId: perspective.id, year: 2031 } },
      create: { perspectiveId: perspective.id, year: 2031, name: 'Medarbetare', sortOrder: 2 },
      update: {},
    });
    await server.prisma.goal.create({
      data: { title: 'KF-mål 2031', level: 'COUNCIL', year: 2031, perspectiveId: perspective.id, orgUnitId: city.id },
    });
    const { overview } = await server.query(OVERVIEW, {
      orgUnitCode: 'goteborgs-stad',
      upTo: { year: 2031, month: 5 },
    });
    expect(overview!.perspectives).toEqual([
      expect.objectContaining({
        perspective: { name: 'Medarbetare' },
        councilGoals: 1,
        goalsNotAssessed: 0,
        indicatorsNotReported: 0,
      }),
    ]);
  });

  it('lists the projects whose latest report is red: telephony and Digitala navet in May 2023', async () => {
    const { overview } = await server.query(OVERVIEW, { orgUnitCode: 'intraservice', upTo: may2023 });
    const names = overview!.redProjects.map((project) => project.name);
    expect(names.some((name) => /telefoni/i.test(name))).toBe(true);
    expect(names.some((name) => /navet/i.test(name))).toBe(true);
    expect(overview!.redProjects.every((project) => project.statusDate <= '2023-05-31')).toBe(true);
  });

  it('names its units from those the request read with its org tree, without reading one again', async () => {
    server.statements.length = 0;
    const { overview } = await server.query(OVERVIEW_UNITS, { orgUnitCode: 'goteborgs-stad', upTo: may2023 });
    const named = [
      ...overview!.changes,
      ...overview!.redProjects,
      ...overview!.topRisks,
      ...overview!.attention.redIndicators,
      ...overview!.attention.overdueAssignments,
      ...overview!.attention.risksAboveTolerance,
    ].map((item) => item.orgUnit.name);
    expect(new Set(named).size).toBeGreaterThan(1);
    expect(overview!.keyIndicators.flatMap((tile) => tile.rolledUpFrom).length).toBeGreaterThan(0);
    // The one read is the tree itself, as every signed-in request reads it (or its cached copy).
    expect(server.statements.filter((sql) => sql.includes('FROM "public"."OrgUnit"'))).toHaveLength(1);
  });

  it('lists at most five risks, highest score first', async () => {
    const { overview } = await server.query(OVERVIEW, {
      orgUnitCode: 'intraservice',
      upTo: { year: 2023, month: 12 },
    });
    const scores = overview!.topRisks.map((risk) => risk.score);
    expect(scores.length).toBeGreaterThan(0);
    expect(scores.length).toBeLessThanOrEqual(5);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('tells what changed colour since the month before: sick leave turned red in May 2023', async () => {
    const { overview } = await server.query(OVERVIEW, { orgUnitCode: 'intraservice', upTo: may2023 });
    expect(overview!.changes).toContainEqual({
      kind: 'INDICATOR',
      name: 'Sjukfrånvaro',
      previous: 'NOT_ASSESSED',
      current: 'RED',
      previousSetByHand: false,
      currentSetByHand: false,
    });
    expect(overview!.changes.every((change) => change.previous !== change.current)).toBe(true);
  });

  it('says which colour of a change an analyst set by hand', async () => {
    const may = await server.prisma.indicatorValue.findFirstOrThrow({
      where: { indicator: { name: 'Sjukfrånvaro', orgUnit: { code: 'intraservice' } }, year: 2023, periodNumber: 5 },
    });
    await server.prisma.indicatorValue.update({
      where: { id: may.id },
      data: { statusOverride: 'YELLOW', statusOverrideReason: 'Engångseffekt' },
    });
    try {
      const { overview } = await server.query(OVERVIEW, { orgUnitCode: 'intraservice', upTo: may2023 });
      expect(overview!.changes.find((change) => change.name === 'Sjukfrånvaro')).toMatchObject({
        previous: 'NOT_ASSESSED',
        current: 'YELLOW',
        previousSetByHand: false,
        currentSetByHand: true,
      });
    } finally {
      await server.prisma.indicatorValue.update({
        where: { id: may.id },
        data: { statusOverride: null, statusOverrideReason: null },
      });
    }
  });

  it('lists the most serious changes first and tells how many there are when it lists only some', async () => {
    const query = graphql(`
      query OverviewTest_Changes($orgUnitCode: String!, $upTo: MonthInput!) {
        overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {
          changeCount
          all: changes(first: 1000) {
            kind
            name
            previous
            current
          }
          first: changes(first: 1) {
            kind
            name
            previous
            current
          }
        }
      }
    `);
    const overview = (await server.query(query, { orgUnitCode: 'intraservice', upTo: may2023 })).overview!;
    expect(overview.changeCount).toBeGreaterThan(1);
    expect(overview.all).toHaveLength(overview.changeCount);
    expect(overview.all).toEqual([...overview.all].sort(bySeriousnessOfChange));
    expect(overview.first).toEqual([overview.all[0]]);
    expect(overview.all[0]!.current).toBe('RED');
  });

  it('gives the key indicators as tiles: sick leave 5,9 %, up 1,4 points from May 2022, red, with its trend', async () => {
    const { overview } = await server.query(OVERVIEW, { orgUnitCode: 'intraservice', upTo: may2023 });
    const sickLeave = overview!.keyIndicators.find((tile) => tile.indicator.name === 'Sjukfrånvaro')!;
    expect(sickLeave).toMatchObject({ latest: { period: '2023-05', outcome: 5.9 }, status: 'RED', isReported: true });
    expect(sickLeave.changeFromPreviousYear).toBeCloseTo(1.4);
    expect(sickLeave.trend).toHaveLength(12);
    expect(sickLeave.trend.at(-1)).toBe(5.9);
  });

  it("draws a cumulative key indicator's trend as each month's own amount, so January is no collapse", async () => {
    const { overview } = await server.query(OVERVIEW, { orgUnitCode: 'intraservice', upTo: may2023 });
    const payslips = overview!.keyIndicators.find((tile) => tile.indicator.name === 'Lönespecifikationer')!;
    const [december, january] = payslips.trend.slice(-6, -4);
    expect(payslips.latest?.period).toBe('2023-05');
    expect(january).toBeGreaterThan(0.5 * december!);
    expect(payslips.trend.every((amount) => amount == null || amount < 100_000)).toBe(true);
  });

  it('shows a key indicator last reported before its trend began with that value, as not reported', async () => {
    const intraservice = await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'intraservice' } });
    const survey = await server.prisma.orgUnit.create({
      data: { code: 'enkat-avdelning', name: 'Enkätavdelningen', kind: 'BUSINESS_AREA', parentId: intraservice.id },
    });
    const satisfaction = await server.prisma.indicator.create({
      data: {
        code: 'NKI-ENKAT',
        name: 'Nöjd kund-index, enkät',
        orgUnitId: survey.id,
        unit: 'INDEX',
        periodicity: 'YEAR',
        direction: 'HIGHER_IS_BETTER',
        isKey: true,
      },
    });
    await server.prisma.indicatorValue.createMany({
      data: [2018, 2019].map((year) => ({
        indicatorId: satisfaction.id,
        granularity: 'YEAR' as const,
        year,
        periodNumber: 1,
        outcome: year - 1940,
        annualTarget: 75,
      })),
    });

    const { overview } = await server.query(OVERVIEW, { orgUnitCode: 'enkat-avdelning', upTo: may2023 });
    expect(overview!.keyIndicators).toEqual([
      expect.objectContaining({
        indicator: { name: 'Nöjd kund-index, enkät' },
        latest: { period: '2019', outcome: 79 },
        status: 'NOT_ASSESSED',
        isReported: false,
        trend: [],
      }),
    ]);
  });

  it("counts for a business area's viewer only what they may read of the committee: no sibling area's goals or changes", async () => {
    const countsQuery = graphql(`
      query OverviewTest_Counts($orgUnitCode: String!, $upTo: MonthInput!) {
        overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {
          perspectives {
            perspective {
              name
            }
            goalsFulfilled
            indicatorsRed
          }
          changeCount
          changes(first: 1000) {
            name
          }
        }
      }
    `);
    const staffOf = (overview: NonNullable<ResultOf<typeof countsQuery>['overview']>) =>
      overview.perspectives.find((summary) => summary.perspective.name === 'Medarbetare')!;
    const committeeViewer = server.prisma.user.findUniqueOrThrow({
      where: { email: DEMO_USERS[0]!.email },
      include: { roles: { select: { role: true, orgUnitId: true } } },
    });
    const businessAreaViewer = await server.prisma.user.findUniqueOrThrow({
      where: { email: DEMO_USERS.find((user) => user.password === 'demo-avdelning')!.email },
      include: { roles: { select: { role: true, orgUnitId: true } } },
    });
    const read = async () =>
      (await server.query(countsQuery, { orgUnitCode: 'intraservice', upTo: may2023 })).overview!;

    server.actAs(businessAreaViewer);
    const before = await read();
    // A fulfilled goal of a sibling business area, measured by an indicator that is red in May 2023.
    const sibling = await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'uppdrag' } });
    const staff = await server.prisma.perspective.findFirstOrThrow({ where: { code: 'medarbetare' } });
    await server.prisma.goal.create({
      data: {
        title: 'Avdelningen Uppdrags mål',
        level: 'COMMITTEE',
        year: 2023,
        perspectiveId: staff.id,
        orgUnitId: sibling.id,
        assessments: { create: { year: 2023, month: 5, fulfilment: 'FULFILLED' } },
        indicators: {
          create: {
            indicator: {
              create: {
                code: 'UPPDRAG-SJUKFRANVARO',
                name: 'Sjukfrånvaro Avdelningen Uppdrag',
                orgUnitId: sibling.id,
                unit: 'PERCENT',
                periodicity: 'MONTH',
                direction: 'LOWER_IS_BETTER',
                values: {
                  create: { granularity: 'MONTH', year: 2023, periodNumber: 5, outcome: 9, periodTarget: 5 },
                },
              },
            },
          },
        },
      },
    });
    const after = await read();
    server.actAs(await committeeViewer);
    const committees = await read();

    expect(staffOf(after)).toEqual(staffOf(before));
    expect(after.changeCount).toBe(after.changes.length);
    expect(committees.changeCount).toBeGreaterThan(after.changeCount);
    expect(staffOf(committees).goalsFulfilled).toBe(staffOf(before).goalsFulfilled + 1);
    expect(staffOf(committees).indicatorsRed).toBe(staffOf(before).indicatorsRed + 1);
  });

  it('answers null for an unknown unit', async () => {
    expect(await server.query(OVERVIEW, { orgUnitCode: 'finns-inte', upTo: may2023 })).toEqual({ overview: null });
  });

  it('is empty, not an error, for a unit with no data', async () => {
    const intraservice = await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'intraservice' } });
    await server.prisma.orgUnit.create({
      data: { code: 'ny-avdelning', name: 'Ny avdelning', kind: 'BUSINESS_AREA', parentId: intraservice.id },
    });
    const { overview } = await server.query(OVERVIEW, { orgUnitCode: 'ny-avdelning', upTo: may2023 });
    expect(overview).toMatchObject({ redProjects: [], topRisks: [], changes: [], keyIndicators: [] });
    for (const summary of overview!.perspectives) {
      const { perspective, ...counts } = summary;
      expect([perspective.name, Object.values(counts).every((count) => count === 0)]).toEqual([perspective.name, true]);
    }
  });
});

describe('the overview query cost', () => {
  it('sends the same number of SQL statements for 2 units as for 20', async () => {
    const statementsFor = async (orgUnits: number): Promise<number> => {
      const server = await startGraphqlTestServer();
      try {
        await seedScaleData(server.prisma, { orgUnits, indicatorsPerUnit: 5, years: 2, lastYear: 2025 });
        const city = await server.prisma.orgUnit.findFirstOrThrow({ where: { kind: 'CITY' } });
        server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: city.code }]));
        server.statements.length = 0;
        const { overview } = await server.query(OVERVIEW, {
          orgUnitCode: city.code,
          upTo: { year: 2025, month: 6 },
        });
        expect(overview!.perspectives.length).toBeGreaterThan(0);
        return server.statements.length;
      } finally {
        await server.stop();
      }
    };
    expect(await statementsFor(20)).toBe(await statementsFor(2));
  });
});

const ATTENTION = graphql(`
  query OverviewTest_Attention($orgUnitCode: String!, $upTo: MonthInput!) {
    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {
      attention {
        redIndicators {
          id
          name
          status
          newlyRed
          statusSetByHand
          since
          orgUnit {
            code
          }
        }
        notReportedIndicators {
          id
          name
          status
          statusSetByHand
          since
        }
        overdueAssignments {
          id
          title
          caseNumber
          deadline
          status
          orgUnit {
            code
          }
        }
        overdueAuditActions {
          id
          recommendation
          dueDate
          status
        }
        redProjects {
          id
          name
        }
        risksAboveTolerance {
          id
          title
          score
        }
      }
    }
  }
`);

describe('what needs attention on the overview', () => {
  let server: GraphqlTestServer;
  beforeAll(async () => {
    server = await startGraphqlTestServer();
    await prepareDatabase(server.database, { seedDemoDataIfEmpty: true });
    server.actAs(
      await server.prisma.user.findUniqueOrThrow({
        where: { email: DEMO_USERS[0]!.email },
        include: { roles: { select: { role: true, orgUnitId: true } } },
      }),
    );
  });
  afterAll(() => server.stop());

  const may2023 = { year: 2023, month: 5 };
  const december2023 = { year: 2023, month: 12 };
  const attentionOf = async (orgUnitCode: string, upTo: { year: number; month: number }) =>
    (await server.query(ATTENTION, { orgUnitCode, upTo })).overview!.attention;

  it('names the red indicators of May 2023, the newly red first, with since when each has been red', async () => {
    const { redIndicators } = await attentionOf('intraservice', may2023);
    const sickLeave = redIndicators.find((item) => item.name === 'Sjukfrånvaro');
    const payroll = redIndicators.find((item) => item.name === 'Löneärenden');
    // Sick leave 5,9 % against 5 % turned red in May; payroll cases have been red since April.
    expect(sickLeave).toMatchObject({ status: 'RED', newlyRed: true, statusSetByHand: false, since: '2023-05' });
    expect(payroll).toMatchObject({ status: 'RED', newlyRed: false, since: '2023-04' });
    expect(redIndicators.findIndex((item) => !item.newlyRed)).toBeGreaterThan(
      redIndicators.findLastIndex((item) => item.newlyRed),
    );
  });

  it('says which indicator is red by an analyst’s judgement rather than by the status rule', async () => {
    const { redIndicators, notReportedIndicators } = await attentionOf('intraservice', may2023);
    const listed = new Set([...redIndicators, ...notReportedIndicators].map((item) => Number(item.id)));
    const greenInMay = await server.prisma.indicatorValue.findFirstOrThrow({
      where: {
        indicator: { orgUnit: { code: 'intraservice' }, periodicity: 'MONTH', id: { notIn: [...listed] } },
        granularity: 'MONTH',
        year: 2023,
        periodNumber: 5,
        outcome: { not: null },
      },
      include: { indicator: true },
    });
    const judged = { statusOverride: 'RED' as const, statusOverrideReason: 'Utfallet är inte jämförbart' };
    await server.prisma.indicatorValue.update({ where: { id: greenInMay.id }, data: judged });
    try {
      const red = (await attentionOf('intraservice', may2023)).redIndicators;
      expect(red.find((item) => item.name === greenInMay.indicator.name)).toMatchObject({
        status: 'RED',
        statusSetByHand: true,
      });
      expect(red.filter((item) => item.statusSetByHand)).toHaveLength(1);
    } finally {
      await server.prisma.indicatorValue.update({
        where: { id: greenInMay.id },
        data: { statusOverride: null, statusOverrideReason: null },
      });
    }
  });

  it('names the indicators not reported for the month, with their latest period when they had one', async () => {
    const { notReportedIndicators, redIndicators } = await attentionOf('intraservice', may2023);
    expect(notReportedIndicators).toContainEqual(
      expect.objectContaining({ name: 'Frisknärvaro', status: 'NOT_ASSESSED', since: '2021' }),
    );
    expect(notReportedIndicators.some((item) => item.since === null)).toBe(true);
    const red = new Set(redIndicators.map((item) => item.id));
    expect(notReportedIndicators.every((item) => !red.has(item.id))).toBe(true);
  });

  it('names the overdue assignments and audit actions of the month, and none before they are due', async () => {
    expect(await attentionOf('intraservice', may2023)).toMatchObject({
      overdueAssignments: [],
      overdueAuditActions: [],
    });
    const { overdueAssignments, overdueAuditActions } = await attentionOf('intraservice', december2023);
    expect(overdueAssignments).toContainEqual(
      expect.objectContaining({ deadline: '2023-11-24', status: 'ONGOING', orgUnit: { code: 'intraservice' } }),
    );
    expect(overdueAuditActions.map((action) => action.recommendation)).toContain('Dataskyddsarbetet');
    expect(overdueAuditActions.every((action) => action.dueDate < '2023-12-31' && action.status !== 'DONE')).toBe(true);
  });

  it('names the red projects and the risks above tolerance (high and very high on the 1–4 scale)', async () => {
    const { redProjects, risksAboveTolerance } = await attentionOf('intraservice', may2023);
    expect(redProjects.map((project) => project.name)).toContain('Lansera digitala Navet');
    expect(risksAboveTolerance.map((risk) => risk.title)).toContain('Ökad risk för cyberattacker');
    // Medium tops out at 6 on the 1–4 scale: above tolerance is 8 and up.
    expect(risksAboveTolerance.every((risk) => risk.score >= 8)).toBe(true);
    const scores = risksAboveTolerance.map((risk) => risk.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('tells since when an indicator has been red through a long run, and two years back at most', async () => {
    const payroll = await server.prisma.indicator.findFirstOrThrow({
      where: { name: 'Löneärenden', orgUnit: { code: 'intraservice' } },
    });
    const monthOf = (year: number, periodNumber: number) => ({
      indicatorId_granularity_year_periodNumber: {
        indicatorId: payroll.id,
        granularity: 'MONTH' as const,
        year,
        periodNumber,
      },
    });
    const april = await server.prisma.indicatorValue.findUniqueOrThrow({ where: monthOf(2023, 4) });
    const redAsInApril = { outcome: april.outcome, periodTarget: april.periodTarget, annualTarget: april.annualTarget };
    const setMonth = (
      year: number,
      month: number,
      figures: typeof redAsInApril & { statusOverride?: 'GREEN' | null; statusOverrideReason?: string },
    ) =>
      server.prisma.indicatorValue.upsert({
        where: monthOf(year, month),
        create: { indicatorId: payroll.id, granularity: 'MONTH', year, periodNumber: month, ...figures },
        update: figures,
      });
    const payrollSince = async () =>
      (await attentionOf('intraservice', may2023)).redIndicators.find((item) => item.name === 'Löneärenden')?.since;

    // Red every month from June 2021 on, green in May 2021: a run of 24 values.
    for (let index = 0; index < 22; index++)
      await setMonth(2021 + Math.floor((5 + index) / 12), ((5 + index) % 12) + 1, redAsInApril);
    await setMonth(2021, 5, { ...redAsInApril, statusOverride: 'GREEN', statusOverrideReason: 'Bedömd som grön' });
    expect(await payrollSince()).toBe('2021-06');

    // Red since before 2021 too: the run is told from January two years back.
    for (let month = 1; month <= 5; month++) await setMonth(2021, month, { ...redAsInApril, statusOverride: null });
    await setMonth(2020, 12, redAsInApril);
    expect(await payrollSince()).toBe('2021-01');
  });

  it("gives a business area's reader only what they may read: no sibling area's overdue assignment or risk", async () => {
    const sibling = await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'uppdrag' } });
    const category = await server.prisma.riskCategory.findFirstOrThrow();
    const assignment = await server.prisma.assignment.create({
      data: {
        orgUnitId: sibling.id,
        year: 2023,
        source: 'COUNCIL_BUDGET',
        title: 'Avdelningen Uppdrags försenade uppdrag',
        deadline: new Date('2023-03-31'),
      },
    });
    const risk = await server.prisma.risk.create({
      data: {
        orgUnitId: sibling.id,
        categoryId: category.id,
        title: 'Avdelningen Uppdrags allvarliga risk',
        valuations: { create: { valuedOn: new Date('2023-01-15'), probability: 4, consequence: 4 } },
      },
    });
    const committee = await attentionOf('intraservice', may2023);
    expect(committee.overdueAssignments.map((item) => item.id)).toContain(String(assignment.id));
    expect(committee.risksAboveTolerance.map((item) => item.id)).toContain(String(risk.id));

    server.actAs(
      await server.prisma.user.findUniqueOrThrow({
        where: { email: DEMO_USERS.find((user) => user.password === 'demo-avdelning')!.email },
        include: { roles: { select: { role: true, orgUnitId: true } } },
      }),
    );
    const businessArea = await attentionOf('intraservice', may2023);
    expect(businessArea.overdueAssignments.map((item) => item.id)).not.toContain(String(assignment.id));
    expect(businessArea.risksAboveTolerance.map((item) => item.id)).not.toContain(String(risk.id));
  });
});

describe('the attention query cost', () => {
  it('sends the same number of SQL statements for 2 units as for 20', async () => {
    const statementsFor = async (orgUnits: number): Promise<number> => {
      const server = await startGraphqlTestServer();
      try {
        await seedScaleData(server.prisma, { orgUnits, indicatorsPerUnit: 5, years: 2, lastYear: 2025 });
        const city = await server.prisma.orgUnit.findFirstOrThrow({ where: { kind: 'CITY' } });
        server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: city.code }]));
        server.statements.length = 0;
        const { overview } = await server.query(ATTENTION, {
          orgUnitCode: city.code,
          upTo: { year: 2025, month: 6 },
        });
        const { redIndicators, notReportedIndicators } = overview!.attention;
        expect(redIndicators.length + notReportedIndicators.length).toBeGreaterThan(0);
        return server.statements.length;
      } finally {
        await server.stop();
      }
    };
    expect(await statementsFor(20)).toBe(await statementsFor(2));
  });
});
