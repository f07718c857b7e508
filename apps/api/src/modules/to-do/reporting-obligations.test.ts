import type { PrismaClient } from '@lagesbild/db';
import { fromIsoDate, reportingPeriodsOfYear, toIsoDate } from '@lagesbild/types';
import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';
import type { SignedInUser } from '../access';
import { findReportingObligations } from './reporting-obligations';
import type { ReportingObligation } from './reporting-obligations';

const SAVE_VALUES = graphql(`
  mutation ReportingObligationsTest_SaveValues($input: IndicatorValuesInput!) {
    saveIndicatorValues(input: $input) {
      id
      outcome
    }
  }
`);

/** A city's calendar of a year with every deadline on the given day of the month after the period. */
async function createCalendar(prisma: PrismaClient, cityId: number, year: number) {
  return prisma.reportingCalendar.create({
    data: {
      orgUnitId: cityId,
      year,
      periods: {
        create: reportingPeriodsOfYear(year).map((period) => ({
          kind: period.kind,
          number: period.number,
          startDate: fromIsoDate(period.startDate),
          endDate: fromIsoDate(period.endDate),
          // The rule's deadline in spirit: the 10th of the month after the period.
          deadline: new Date(Date.UTC(year, Number(period.endDate.slice(5, 7)), 10)),
        })),
      },
    },
    include: { periods: true },
  });
}

const summary = (obligations: ReportingObligation[]) =>
  obligations.map((obligation) => ({
    kind: obligation.kind,
    title: obligation.title,
    period: `${obligation.period.kind} ${obligation.period.year}/${obligation.period.number}`,
    deadline: toIsoDate(obligation.deadline),
    done: obligation.fulfilledAt !== null,
  }));

describe('reporting obligations', () => {
  let server: GraphqlTestServer;
  let owner: SignedInUser;
  let analyst: SignedInUser;
  let cityAnalyst: SignedInUser;
  let approver: SignedInUser;
  let cityId: number;
  let committeeId: number;
  let businessAreaId: number;
  let ownedIndicatorId: number;
  let unownedIndicatorId: number;
  let businessAreaIndicatorId: number;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    const fixture = await createGoalFixture(server.prisma);
    cityId = fixture.city.id;
    committeeId = fixture.committee.id;
    businessAreaId = (await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'digital-infrastruktur' } })).id;
    owner = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }], 'Ägaren');
    analyst = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }], 'Analytikern');
    cityAnalyst = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'goteborg' }], 'Stadens analytiker');
    approver = await server.createUser([{ role: 'APPROVER', orgUnitCode: 'intraservice' }], 'Förvaltningschefen');
    const indicators = await server.prisma.indicator.findMany({
      where: { orgUnitId: committeeId },
      orderBy: { code: 'asc' },
    });
    ownedIndicatorId = indicators[0]!.id;
    unownedIndicatorId = indicators[1]!.id;
    await server.prisma.indicator.update({ where: { id: ownedIndicatorId }, data: { ownerId: owner.id } });
    businessAreaIndicatorId = (
      await server.prisma.indicator.create({
        data: {
          code: 'KUNDNOJDHET',
          name: 'Kundnöjdhet',
          orgUnitId: businessAreaId,
          unit: 'PERCENT',
          periodicity: 'MONTH',
          direction: 'HIGHER_IS_BETTER',
          values: { create: { granularity: 'MONTH', year: 2023, periodNumber: 5, outcome: 80 } },
        },
      })
    ).id;
  });
  afterAll(() => server.stop());

  // June 2023's deadline by the default rule (no calendar for 2023 yet): eight working days after
  // Friday 30 June.
  const july2023 = { deadlineFrom: new Date('2023-07-01'), deadlineTo: new Date('2023-07-31') };

  it("shows an owner their indicator's missing month, with the rule's deadline where the year has no calendar", async () => {
    const obligations = await findReportingObligations(server.prisma, { userIds: [owner.id], ...july2023 });
    const owned = obligations.filter(
      (obligation) => obligation.kind === 'INDICATOR_VALUE' && obligation.subjectId === ownedIndicatorId,
    );
    expect(summary(owned)).toEqual([
      { kind: 'INDICATOR_VALUE', title: 'Sjukfrånvaro 1', period: 'MONTH 2023/6', deadline: '2023-07-12', done: false },
    ]);
    expect(owned[0]).toMatchObject({
      key: `INDICATOR_VALUE:${ownedIndicatorId}:2023-MONTH-6`,
      subjectId: ownedIndicatorId,
      orgUnitId: committeeId,
      responsibleUserIds: [owner.id],
      link: '/registrera?enhet=intraservice&period=2023-06',
    });
  });

  it("gives unowned items to the unit's analysts, the nearest ones, not the city's", async () => {
    const forAnalyst = await findReportingObligations(server.prisma, { userIds: [analyst.id], ...july2023 });
    const indicatorIds = forAnalyst
      .filter((obligation) => obligation.kind === 'INDICATOR_VALUE')
      .map((obligation) => obligation.subjectId);
    // The committee's unowned indicator and the business area's (which has no analysts of its own),
    // not the one someone owns.
    expect(indicatorIds.sort()).toEqual([unownedIndicatorId, businessAreaIndicatorId].sort());
    const unowned = forAnalyst.find((obligation) => obligation.subjectId === unownedIndicatorId)!;
    expect(unowned.responsibleUserIds.sort()).toEqual([owner.id, analyst.id].sort());
    // The goals of 2023 are assessed by the committee's analysts, the activities' statuses too.
    expect(forAnalyst.map((obligation) => obligation.kind)).toEqual(
      expect.arrayContaining(['GOAL_ASSESSMENT', 'ACTIVITY_STATUS']),
    );

    const forCity = await findReportingObligations(server.prisma, { userIds: [cityAnalyst.id], ...july2023 });
    expect(forCity.filter((obligation) => [committeeId, businessAreaId].includes(obligation.orgUnitId))).toEqual([]);
    expect(
      forCity.filter((obligation) => obligation.orgUnitId === cityId).map((obligation) => obligation.kind),
    ).toEqual(['GOAL_ASSESSMENT']);
    // The sibling committee has no analysts: its indicator falls to the nearest, the city's.
    const sibling = await findReportingObligations(server.prisma, {
      orgUnitIds: [(await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'kommunstyrelsen' } })).id],
      ...july2023,
    });
    expect(sibling.find((obligation) => obligation.title === 'Personalomsättning')?.responsibleUserIds).toEqual([
      cityAnalyst.id,
    ]);
  });

  it('counts a reported value as done from when it was first reported, and a value emptied again as due', async () => {
    const before = new Date();
    server.actAs(owner);
    // June has a generated target row without an outcome: not reported.
    const value = await server.prisma.indicatorValue.findFirstOrThrow({
      where: { indicatorId: ownedIndicatorId, year: 2023, granularity: 'MONTH', periodNumber: 6 },
    });
    await server.query(SAVE_VALUES, {
      input: {
        values: [
          { indicatorId: String(ownedIndicatorId), period: '2023-06', outcome: 5.1, expectedVersion: value.version },
        ],
      },
    });
    const ownedJune = async () =>
      (await findReportingObligations(server.prisma, { userIds: [owner.id], ...july2023 })).find(
        (obligation) => obligation.subjectId === ownedIndicatorId && obligation.kind === 'INDICATOR_VALUE',
      );
    const reported = await ownedJune();
    expect(reported!.fulfilledAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    const firstReportedAt = reported!.fulfilledAt!;

    // A correction keeps the time it was first reported.
    await server.query(SAVE_VALUES, {
      input: {
        values: [
          {
            indicatorId: String(ownedIndicatorId),
            period: '2023-06',
            outcome: 5.2,
            expectedVersion: value.version + 1,
          },
        ],
      },
    });
    const corrected = await ownedJune();
    expect(corrected!.fulfilledAt).toEqual(firstReportedAt);

    await server.query(SAVE_VALUES, {
      input: {
        values: [
          {
            indicatorId: String(ownedIndicatorId),
            period: '2023-06',
            outcome: null,
            expectedVersion: value.version + 2,
          },
        ],
      },
    });
    const emptied = await ownedJune();
    expect(emptied!.fulfilledAt).toBeNull();
  });

  it("uses the calendar's deadline, a moved one, and a level's own", async () => {
    const calendar = await createCalendar(server.prisma, cityId, 2023);
    const june = calendar.periods.find((period) => period.kind === 'MONTH' && period.number === 6)!;
    // June's deadline moved to mid-August; business areas report May by 5 June, before the committee.
    await server.prisma.reportingPeriod.update({
      where: { id: june.id },
      data: { deadline: new Date('2023-08-15'), deadlineMoved: true },
    });
    const may = calendar.periods.find((period) => period.kind === 'MONTH' && period.number === 5)!;
    await server.prisma.reportingLevelDeadline.create({
      data: { periodId: may.id, level: 'BUSINESS_AREA', deadline: new Date('2023-06-05') },
    });

    const summer = await findReportingObligations(server.prisma, {
      userIds: [analyst.id],
      deadlineFrom: new Date('2023-06-01'),
      deadlineTo: new Date('2023-08-31'),
    });
    const indicatorRows = summary(summer.filter((obligation) => obligation.kind === 'INDICATOR_VALUE'));
    expect(indicatorRows).toEqual([
      // The business area's May is due on its level's day and was reported; the committee's on the period's.
      { kind: 'INDICATOR_VALUE', title: 'Kundnöjdhet', period: 'MONTH 2023/5', deadline: '2023-06-05', done: true },
      { kind: 'INDICATOR_VALUE', title: 'Sjukfrånvaro 2', period: 'MONTH 2023/5', deadline: '2023-06-10', done: true },
      { kind: 'INDICATOR_VALUE', title: 'Kundnöjdhet', period: 'MONTH 2023/7', deadline: '2023-08-10', done: false },
      { kind: 'INDICATOR_VALUE', title: 'Sjukfrånvaro 2', period: 'MONTH 2023/7', deadline: '2023-08-10', done: false },
      // June moved to 15 August.
      { kind: 'INDICATOR_VALUE', title: 'Kundnöjdhet', period: 'MONTH 2023/6', deadline: '2023-08-15', done: false },
      { kind: 'INDICATOR_VALUE', title: 'Sjukfrånvaro 2', period: 'MONTH 2023/6', deadline: '2023-08-15', done: false },
    ]);
  });

  it("lists a submitted report for its approvers and its sections for the unit's analysts", async () => {
    const report = await server.prisma.report.create({
      data: {
        orgUnitId: committeeId,
        type: 'MONTHLY',
        year: 2023,
        month: 5,
        status: 'DRAFT',
        sections: {
          create: [
            { kind: 'SUMMARY', title: 'Sammanfattning', analysisText: 'Skrivet.', sortOrder: 0 },
            { kind: 'ECONOMY', title: 'Ekonomi', sortOrder: 1 },
          ],
        },
      },
    });
    const june = { deadlineFrom: new Date('2023-06-01'), deadlineTo: new Date('2023-06-30') };
    const sections = (await findReportingObligations(server.prisma, { userIds: [analyst.id], ...june })).filter(
      (obligation) => obligation.kind === 'REPORT_SECTION',
    );
    expect(summary(sections)).toEqual([
      {
        kind: 'REPORT_SECTION',
        title: 'Ekonomi (Månadsrapport maj 2023, Intraservice)',
        period: 'MONTH 2023/5',
        deadline: '2023-06-10',
        done: false,
      },
      {
        kind: 'REPORT_SECTION',
        title: 'Sammanfattning (Månadsrapport maj 2023, Intraservice)',
        period: 'MONTH 2023/5',
        deadline: '2023-06-10',
        done: true,
      },
    ]);
    expect(await findReportingObligations(server.prisma, { userIds: [approver.id], ...june })).toEqual([]);

    await server.prisma.report.update({ where: { id: report.id }, data: { status: 'SUBMITTED' } });
    const approvals = await findReportingObligations(server.prisma, { userIds: [approver.id], ...june });
    expect(approvals).toEqual([
      expect.objectContaining({
        kind: 'REPORT_APPROVAL',
        subjectId: report.id,
        title: 'Månadsrapport maj 2023, Intraservice',
        fulfilledAt: null,
        responsibleUserIds: [approver.id],
        link: `/rapporter/${report.id}`,
      }),
    ]);
  });

  it('sends the same number of SQL statements for one user as for many users, units and records', async () => {
    const window = { deadlineFrom: new Date('2023-01-01'), deadlineTo: new Date('2023-12-31') };
    const count = async (filter: { userIds?: number[]; orgUnitIds?: number[] }) => {
      server.statements.length = 0;
      const obligations = await findReportingObligations(server.prisma, { ...filter, ...window });
      return { statements: server.statements.length, obligations: obligations.length };
    };
    // Units each with an owned and an unowned indicator, a goal, an activity, an assignment and a
    // started project with a status update, and an analyst of their own.
    const perspective = await server.prisma.perspective.findFirstOrThrow();
    const ownerIds: number[] = [];
    const addUnit = async (index: number) => {
      const unit = await server.prisma.orgUnit.create({
        data: { code: `enhet-${index}`, name: `Enhet ${index}`, kind: 'DEPARTMENT', parentId: businessAreaId },
      });
      const unitAnalyst = await server.createUser([{ role: 'ANALYST', orgUnitCode: unit.code }], `Analytiker ${index}`);
      ownerIds.push(unitAnalyst.id);
      for (const ownerId of [unitAnalyst.id, null]) {
        await server.prisma.indicator.create({
          data: {
            code: `I-${index}-${ownerId ?? 'x'}`,
            name: `Indikator ${index}`,
            orgUnitId: unit.id,
            unit: 'COUNT',
            periodicity: 'MONTH',
            direction: 'HIGHER_IS_BETTER',
            ownerId,
            values: { create: { granularity: 'MONTH', year: 2023, periodNumber: 3, outcome: index } },
          },
        });
      }
      const goal = await server.prisma.goal.create({
        data: {
          title: `Mål ${index}`,
          level: 'COMMITTEE',
          year: 2023,
          perspectiveId: perspective.id,
          orgUnitId: unit.id,
        },
      });
      await server.prisma.activity.create({
        data: {
          title: `Aktivitet ${index}`,
          orgUnitId: unit.id,
          perspectiveId: perspective.id,
          goalId: goal.id,
          ownerId: unitAnalyst.id,
        },
      });
      await server.prisma.assignment.create({
        data: { orgUnitId: unit.id, year: 2023, source: 'COUNCIL_BUDGET', title: `Uppdrag ${index}` },
      });
      const portfolio = await server.prisma.portfolio.create({
        data: { orgUnitId: unit.id, name: `Portfölj ${index}` },
      });
      await server.prisma.project.create({
        data: {
          portfolioId: portfolio.id,
          name: `Projekt ${index}`,
          state: 'STARTED',
          actualStart: new Date('2023-02-01'),
          managerUserId: unitAnalyst.id,
          statusUpdates: {
            create: { statusDate: new Date('2023-04-01'), time: 'GREEN', cost: 'GREEN', result: 'GREEN' },
          },
        },
      });
    };
    await addUnit(0);
    const few = await count({ userIds: [ownerIds[0]!] });
    for (let index = 1; index < 10; index++) await addUnit(index);
    const many = await count({ userIds: [owner.id, analyst.id, ...ownerIds] });
    const allUnits = await count({ orgUnitIds: (await server.prisma.orgUnit.findMany()).map((unit) => unit.id) });
    const everything = await count({});

    expect(many.obligations).toBeGreaterThan(few.obligations * 9);
    expect(many.statements).toBe(few.statements);
    expect(allUnits.statements).toBe(few.statements);
    expect(everything.statements).toBe(few.statements);
    expect(everything.obligations).toBeGreaterThanOrEqual(many.obligations);
  });

  it("gives a started project's status update to its manager, due its portfolio's interval after the last", async () => {
    const manager = (await server.prisma.user.findFirstOrThrow({ where: { name: 'Analytiker 0' } })).id;
    const obligations = await findReportingObligations(server.prisma, {
      userIds: [manager],
      deadlineFrom: new Date('2023-01-01'),
      deadlineTo: new Date('2023-12-31'),
    });
    const projects = obligations.filter((obligation) => obligation.kind === 'PROJECT_STATUS_UPDATE');
    // Started 1 February, five weeks' interval: due 8 March (answered by 1 April's update), then 6 May.
    expect(projects.map((obligation) => [toIsoDate(obligation.deadline), obligation.fulfilledAt !== null])).toEqual([
      ['2023-03-08', true],
      ['2023-05-06', false],
    ]);
    expect(projects[0]!.link).toMatch(/^\/portfolj\/projekt\/\d+/);
  });
});
