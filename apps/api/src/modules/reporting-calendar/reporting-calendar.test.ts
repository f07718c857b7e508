import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';
import type { SignedInUser } from '../access';
import { findDeadline, findDeadlines } from './reporting-calendar-service';

const GENERATE = graphql(`
  mutation ReportingCalendarTest_Generate($input: GenerateReportingCalendarInput!) {
    generateReportingCalendar(input: $input) {
      id
      year
      workingDaysAfterPeriodEnd
      version
      periods {
        id
        kind
        number
        startDate
        endDate
        deadline
        ruleDeadline
        deadlineMoved
        status
        version
      }
    }
  }
`);
const CALENDAR = graphql(`
  query ReportingCalendarTest_Calendar($year: Int!) {
    reportingCalendar(year: $year) {
      year
      periods {
        kind
        number
        deadline
        deadlineMoved
        levelDeadlines {
          level
          deadline
        }
        business: deadlineAt(level: BUSINESS_AREA)
        committee: deadlineAt(level: COMMITTEE)
      }
    }
    reportingCalendarYears
  }
`);
const MOVE = graphql(`
  mutation ReportingCalendarTest_Move($input: SetReportingPeriodDeadlineInput!) {
    setReportingPeriodDeadline(input: $input) {
      deadline
      ruleDeadline
      deadlineMoved
      version
    }
  }
`);
const SET_LEVEL = graphql(`
  mutation ReportingCalendarTest_SetLevel($input: SetReportingLevelDeadlineInput!) {
    setReportingLevelDeadline(input: $input) {
      deadline
      levelDeadlines {
        level
        deadline
      }
      business: deadlineAt(level: BUSINESS_AREA)
      committee: deadlineAt(level: COMMITTEE)
      version
    }
  }
`);
const CLOSE = graphql(`
  mutation ReportingCalendarTest_Close($input: CloseReportingPeriodInput!) {
    closeReportingPeriod(input: $input) {
      status
      statusReason
      closedAt
      version
    }
  }
`);
const REOPEN = graphql(`
  mutation ReportingCalendarTest_Reopen($input: ReopenReportingPeriodInput!) {
    reopenReportingPeriod(input: $input) {
      status
      statusReason
      closedAt
      version
    }
  }
`);

const CALENDAR_FOR_GENERATE = graphql(`
  query ReportingCalendarTest_Periods($year: Int!) {
    reportingCalendar(year: $year) {
      year
      workingDaysAfterPeriodEnd
      version
      id
      periods {
        id
        kind
        number
        startDate
        endDate
        deadline
        ruleDeadline
        deadlineMoved
        status
        version
      }
    }
  }
`);

describe('the reporting calendar', () => {
  let server: GraphqlTestServer;
  let admin: SignedInUser;
  let committeeAdmin: SignedInUser;
  let analyst: SignedInUser;
  let cityId: number;
  let committeeId: number;
  let businessAreaId: number;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    const fixture = await createGoalFixture(server.prisma);
    cityId = fixture.city.id;
    committeeId = fixture.committee.id;
    businessAreaId = (await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'digital-infrastruktur' } })).id;
    admin = await server.createUser([{ role: 'ADMIN', orgUnitCode: 'goteborg' }], 'Administratör');
    committeeAdmin = await server.createUser([{ role: 'ADMIN', orgUnitCode: 'intraservice' }], 'Nämndadmin');
    analyst = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }], 'Analytiker');
  });
  afterAll(() => server.stop());

  const generate2025 = async (workingDaysAfterPeriodEnd = 8, expectedVersion?: number) => {
    server.actAs(admin);
    return (
      await server.query(GENERATE, {
        input: { orgUnitId: String(cityId), year: 2025, workingDaysAfterPeriodEnd, expectedVersion },
      })
    ).generateReportingCalendar;
  };
  const periodOf = (
    calendar: Awaited<ReturnType<typeof generate2025>>,
    kind: 'MONTH' | 'TERTIAL' | 'INTERIM' | 'ANNUAL',
    number: number,
  ) => calendar.periods.find((period) => period.kind === kind && period.number === number)!;

  it("generates a year's months, tertials, interim reports and year, each due the rule's working days after its end", async () => {
    const calendar = await generate2025();
    expect(calendar).toMatchObject({ year: 2025, workingDaysAfterPeriodEnd: 8, version: 1 });
    expect(calendar.periods.map((period) => `${period.kind} ${period.number}`)).toEqual([
      ...Array.from({ length: 12 }, (_, index) => `MONTH ${index + 1}`),
      'TERTIAL 1',
      'TERTIAL 2',
      'TERTIAL 3',
      'INTERIM 1',
      'INTERIM 2',
      'ANNUAL 1',
    ]);
    // May ends on a Saturday; 6 June (National Day) is no working day: the 8th is 12 June.
    expect(periodOf(calendar, 'MONTH', 5)).toMatchObject({
      startDate: '2025-05-01',
      endDate: '2025-05-31',
      deadline: '2025-06-12',
      ruleDeadline: '2025-06-12',
      deadlineMoved: false,
      status: 'OPEN',
    });
    // December: Christmas, New Year's Eve and Day, Epiphany are skipped.
    expect(periodOf(calendar, 'MONTH', 12).deadline).toBe('2026-01-14');
    expect(periodOf(calendar, 'INTERIM', 2)).toMatchObject({ startDate: '2025-01-01', endDate: '2025-08-31' });
  });

  it("moves one period's deadline, and a change of the rule leaves the moved one where it was put", async () => {
    server.actAs(admin);
    const july = periodOf((await server.query(CALENDAR_FOR_GENERATE, { year: 2025 })).reportingCalendar!, 'MONTH', 7);
    const { setReportingPeriodDeadline: moved } = await server.query(MOVE, {
      input: { periodId: july.id, deadline: '2025-08-15', expectedVersion: july.version },
    });
    expect(moved).toEqual({
      deadline: '2025-08-15',
      ruleDeadline: '2025-08-12',
      deadlineMoved: true,
      version: july.version + 1,
    });

    const changed = await generate2025(10, 1);
    expect(changed.workingDaysAfterPeriodEnd).toBe(10);
    expect(periodOf(changed, 'MONTH', 7)).toMatchObject({ deadline: '2025-08-15', deadlineMoved: true });
    expect(periodOf(changed, 'MONTH', 5)).toMatchObject({ deadline: '2025-06-16', deadlineMoved: false });
  });

  it('keeps a deadline moved while the rule changes where it was put', async () => {
    // On PostgreSQL the two requests run side by side.
    server.actAs(admin);
    const rule = (await server.query(CALENDAR_FOR_GENERATE, { year: 2025 })).reportingCalendar!
      .workingDaysAfterPeriodEnd;
    for (const month of [2, 3, 4]) {
      const calendar = (await server.query(CALENDAR_FOR_GENERATE, { year: 2025 })).reportingCalendar!;
      const period = periodOf(calendar, 'MONTH', month);
      const movedTo = `2025-0${month + 1}-25`;
      const [moved, generated] = await Promise.allSettled([
        server.query(MOVE, { input: { periodId: period.id, deadline: movedTo, expectedVersion: period.version } }),
        server.query(GENERATE, {
          input: {
            orgUnitId: String(cityId),
            year: 2025,
            workingDaysAfterPeriodEnd: calendar.workingDaysAfterPeriodEnd + 1,
            expectedVersion: calendar.version,
          },
        }),
      ]);
      expect([month, generated.status]).toEqual([month, 'fulfilled']);
      const after = periodOf(
        (await server.query(CALENDAR_FOR_GENERATE, { year: 2025 })).reportingCalendar!,
        'MONTH',
        month,
      );
      if (moved.status === 'fulfilled') {
        expect([month, after]).toMatchObject([month, { deadline: movedTo, deadlineMoved: true }]);
      } else {
        // The rule's change moved the period first: the form's version is then stale.
        expect([month, String(moved.reason)]).toEqual([month, expect.stringContaining('CONFLICT') as unknown]);
      }
    }
    // The rule as the tests after this one expect it.
    const now = (await server.query(CALENDAR_FOR_GENERATE, { year: 2025 })).reportingCalendar!;
    await generate2025(rule, now.version);
  });

  it('sets a deadline by level: business areas before the committee, and other modules read it by unit', async () => {
    server.actAs(admin);
    const may = periodOf((await server.query(CALENDAR_FOR_GENERATE, { year: 2025 })).reportingCalendar!, 'MONTH', 5);
    const { setReportingLevelDeadline: period } = await server.query(SET_LEVEL, {
      input: { periodId: may.id, level: 'BUSINESS_AREA', deadline: '2025-06-09', expectedVersion: may.version },
    });
    expect(period).toEqual({
      deadline: '2025-06-16',
      levelDeadlines: [{ level: 'BUSINESS_AREA', deadline: '2025-06-09' }],
      business: '2025-06-09',
      committee: '2025-06-16',
      version: may.version + 1,
    });

    const query = { year: 2025, kind: 'MONTH' as const, number: 5 };
    expect(await findDeadline(server.prisma, { ...query, orgUnitId: businessAreaId })).toBe('2025-06-09');
    expect(await findDeadline(server.prisma, { ...query, orgUnitId: committeeId })).toBe('2025-06-16');
    expect(await findDeadline(server.prisma, { ...query, orgUnitId: committeeId, level: 'BUSINESS_AREA' })).toBe(
      '2025-06-09',
    );
    // A year without a calendar has no deadline.
    expect(
      await findDeadlines(server.prisma, [
        { ...query, orgUnitId: businessAreaId },
        { ...query, orgUnitId: committeeId, number: 7 },
        { ...query, orgUnitId: committeeId, year: 2031 },
      ]),
    ).toEqual(['2025-06-09', '2025-08-15', null]);

    const { setReportingLevelDeadline: removed } = await server.query(SET_LEVEL, {
      input: { periodId: may.id, level: 'BUSINESS_AREA', deadline: null, expectedVersion: period.version },
    });
    expect(removed).toMatchObject({ levelDeadlines: [], business: '2025-06-16' });
  });

  it('reads the calendar of a year, and which years have one', async () => {
    server.actAs(analyst);
    const { reportingCalendar, reportingCalendarYears } = await server.query(CALENDAR, { year: 2025 });
    expect(reportingCalendarYears).toEqual([2025]);
    expect(reportingCalendar!.periods.find((period) => period.kind === 'MONTH' && period.number === 7)).toMatchObject({
      deadline: '2025-08-15',
      deadlineMoved: true,
    });
    expect((await server.query(CALENDAR, { year: 2030 })).reportingCalendar).toBeNull();
  });

  it('closes a period and opens it again with a reason', async () => {
    server.actAs(admin);
    const march = periodOf((await server.query(CALENDAR_FOR_GENERATE, { year: 2025 })).reportingCalendar!, 'MONTH', 3);
    const { closeReportingPeriod: closed } = await server.query(CLOSE, {
      input: { periodId: march.id, expectedVersion: march.version },
    });
    expect(closed).toMatchObject({ status: 'CLOSED', statusReason: null, version: march.version + 1 });
    expect(closed.closedAt).toEqual(expect.any(String));

    const twice = await server.queryErrors(CLOSE, { input: { periodId: march.id, expectedVersion: closed.version } });
    expect(twice[0]!.extensions).toMatchObject({ fieldErrors: [{ field: 'input.periodId', message: 'periodClosed' }] });

    const withoutReason = await server.queryErrors(REOPEN, {
      input: { periodId: march.id, expectedVersion: closed.version, reason: '  ' },
    });
    expect(withoutReason[0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'input.reason', message: 'required' }],
    });

    const { reopenReportingPeriod: reopened } = await server.query(REOPEN, {
      input: { periodId: march.id, expectedVersion: closed.version, reason: 'Felaktig sjukfrånvaro i mars' },
    });
    expect(reopened).toEqual({
      status: 'OPEN',
      statusReason: 'Felaktig sjukfrånvaro i mars',
      closedAt: null,
      version: closed.version + 1,
    });
    const [event] = await server.prisma.auditEvent.findMany({
      where: { operation: 'reopenReportingPeriod', entityType: 'ReportingPeriod', entityId: march.id },
    });
    expect(event).toMatchObject({
      userId: admin.id,
      action: 'UPDATE',
      changes: expect.objectContaining({
        status: { old: 'CLOSED', new: 'OPEN' },
        statusReason: { old: null, new: 'Felaktig sjukfrånvaro i mars' },
      }) as unknown,
    });
  });

  describe('refuses', () => {
    it.each([
      ['a deadline on the period end', '2025-05-31', 'deadlineNotAfterPeriodEnd'],
      ['a deadline before the period end', '2025-04-30', 'deadlineNotAfterPeriodEnd'],
      ['a deadline more than a year after the period end', '2026-06-02', 'deadlineTooLate'],
    ])('%s', async (_case, deadline, message) => {
      server.actAs(admin);
      const may = periodOf((await server.query(CALENDAR_FOR_GENERATE, { year: 2025 })).reportingCalendar!, 'MONTH', 5);
      const errors = await server.queryErrors(MOVE, {
        input: { periodId: may.id, deadline, expectedVersion: may.version },
      });
      expect(errors[0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ field: 'input.deadline', message }],
      });
      const level = await server.queryErrors(SET_LEVEL, {
        input: { periodId: may.id, level: 'COMMITTEE', deadline, expectedVersion: may.version },
      });
      expect(level[0]!.extensions).toMatchObject({ fieldErrors: [{ field: 'input.deadline', message }] });
    });

    it('a change from a version someone else has moved on from', async () => {
      server.actAs(admin);
      const may = periodOf((await server.query(CALENDAR_FOR_GENERATE, { year: 2025 })).reportingCalendar!, 'MONTH', 5);
      const errors = await server.queryErrors(MOVE, {
        input: { periodId: may.id, deadline: '2025-06-20', expectedVersion: may.version - 1 },
      });
      expect(errors[0]!.extensions?.code).toBe('CONFLICT');
      const generated = await server.queryErrors(GENERATE, {
        input: { orgUnitId: String(cityId), year: 2025, workingDaysAfterPeriodEnd: 5 },
      });
      expect(generated[0]!.extensions?.code).toBe('CONFLICT');
    });

    it.each([
      ['no working days', 0],
      ['more than 60 working days', 61],
    ])('a rule of %s', async (_case, workingDaysAfterPeriodEnd) => {
      server.actAs(admin);
      const errors = await server.queryErrors(GENERATE, {
        input: { orgUnitId: String(cityId), year: 2026, workingDaysAfterPeriodEnd },
      });
      expect(errors[0]!.extensions).toMatchObject({
        fieldErrors: [{ field: 'input.workingDaysAfterPeriodEnd', message: 'outOfRange' }],
      });
    });

    it('a calendar of a unit that is not a city', async () => {
      server.actAs(committeeAdmin);
      const errors = await server.queryErrors(GENERATE, {
        input: { orgUnitId: String(committeeId), year: 2026, workingDaysAfterPeriodEnd: 8 },
      });
      expect(errors[0]!.extensions).toMatchObject({
        fieldErrors: [{ field: 'input.orgUnitId', message: 'notACity' }],
      });
    });

    it("everyone but the city's administrators", async () => {
      server.actAs(admin);
      const may = periodOf((await server.query(CALENDAR_FOR_GENERATE, { year: 2025 })).reportingCalendar!, 'MONTH', 5);
      for (const user of [committeeAdmin, analyst]) {
        server.actAs(user);
        const close = await server.queryErrors(CLOSE, { input: { periodId: may.id, expectedVersion: may.version } });
        expect(close[0]!.extensions?.code).toBe('FORBIDDEN');
        const generated = await server.queryErrors(GENERATE, {
          input: { orgUnitId: String(cityId), year: 2027, workingDaysAfterPeriodEnd: 8 },
        });
        expect(generated[0]!.extensions?.code).toBe('FORBIDDEN');
      }
      expect(await server.prisma.reportingCalendar.count({ where: { year: 2027 } })).toBe(0);
    });
  });
});
