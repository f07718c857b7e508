import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';

const SHEET = graphql(`
  query DataEntryTest_Sheet($orgUnitCode: String!, $period: MonthInput!) {
    dataEntrySheet(orgUnitCode: $orgUnitCode, period: $period) {
      year
      month
      canEdit
      orgUnit {
        code
      }
      indicatorRows {
        period
        indicator {
          name
          unit
        }
        value {
          outcome
          periodTarget
          fullYearForecast
          status
          isSynthetic
          version
        }
      }
      goalRows {
        goal {
          title
        }
        assessment {
          fulfilment
        }
      }
      activityRows {
        activity {
          title
        }
        update {
          status
          comment
          version
        }
      }
    }
  }
`);

const SAVE_VALUES = graphql(`
  mutation DataEntryTest_SaveValues($input: IndicatorValuesInput!) {
    saveIndicatorValues(input: $input) {
      id
      period
      outcome
      fullYearForecast
      comment
      isSynthetic
      version
    }
  }
`);

const SAVE_ACTIVITY = graphql(`
  mutation DataEntryTest_SaveActivity($input: ActivityUpdateInput!) {
    saveActivityUpdate(input: $input) {
      month
      status
      comment
      version
    }
  }
`);

describe('the data entry sheet and saving it', () => {
  let server: GraphqlTestServer;
  let fixture: Awaited<ReturnType<typeof createGoalFixture>>;
  let indicatorIds: number[];

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    fixture = await createGoalFixture(server.prisma);
    indicatorIds = (
      await server.prisma.indicator.findMany({ where: { orgUnitId: fixture.committee.id }, orderBy: { id: 'asc' } })
    ).map((indicator) => indicator.id);
  });
  afterAll(() => server.stop());

  let analyst: Awaited<ReturnType<GraphqlTestServer['createUser']>> | undefined;
  const asAnalyst = async () => {
    analyst ??= await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }], 'Analytiker');
    server.actAs(analyst);
  };

  it("lists the unit's indicators with the figures of the month, goals and activities of that very month", async () => {
    await asAnalyst();
    const { dataEntrySheet } = await server.query(SHEET, {
      orgUnitCode: 'intraservice',
      period: { year: 2023, month: 5 },
    });
    expect(dataEntrySheet!.canEdit).toBe(true);
    expect(dataEntrySheet!.indicatorRows).toEqual([
      {
        period: '2023-05',
        indicator: { name: 'Sjukfrånvaro 1', unit: 'PERCENT' },
        value: {
          outcome: 5.9,
          periodTarget: 5,
          fullYearForecast: 5.5,
          status: 'RED',
          isSynthetic: false,
          version: 1,
        },
      },
      expect.objectContaining({ period: '2023-05', indicator: { name: 'Sjukfrånvaro 2', unit: 'PERCENT' } }),
    ]);
    // The March assessment is not carried into May: the analyst assesses May.
    expect(dataEntrySheet!.goalRows).toEqual([
      { goal: { title: 'Nämndmål 1' }, assessment: null },
      { goal: { title: 'Nämndmål 2' }, assessment: null },
    ]);
    expect(dataEntrySheet!.activityRows[0]).toEqual({
      activity: { title: 'Aktivitet 1' },
      update: { status: 'ONGOING', comment: 'Arbete pågår', version: 1 },
    });
  });

  it('says a viewer may not edit, and hides a unit outside the scope', async () => {
    server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }]));
    const mine = await server.query(SHEET, {
      orgUnitCode: 'intraservice',
      period: { year: 2023, month: 5 },
    });
    expect(mine.dataEntrySheet!.canEdit).toBe(false);
    const sibling = await server.query(SHEET, {
      orgUnitCode: 'kommunstyrelsen',
      period: { year: 2023, month: 5 },
    });
    expect(sibling.dataEntrySheet).toBeNull();
  });

  it('reads the sheet in the same number of statements however many rows it has', async () => {
    const larger = await startGraphqlTestServer();
    try {
      await createGoalFixture(larger.prisma, { committeeGoals: 6 });
      const count = async (target: GraphqlTestServer) => {
        target.actAs(await target.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }]));
        target.statements.length = 0;
        await target.query(SHEET, { orgUnitCode: 'intraservice', period: { year: 2023, month: 5 } });
        return target.statements.length;
      };
      expect(await count(larger)).toBe(await count(server));
    } finally {
      await larger.stop();
    }
  });

  describe('saveIndicatorValues', () => {
    it('saves several values at once, each audited, generated figures made real', async () => {
      await asAnalyst();
      const [first, second] = indicatorIds as [number, number];
      const synthetic = await server.prisma.indicatorValue.findFirstOrThrow({
        where: { indicatorId: first, year: 2023, periodNumber: 6 },
      });
      const { saveIndicatorValues } = await server.query(SAVE_VALUES, {
        input: {
          values: [
            {
              indicatorId: String(first),
              period: '2023-06',
              outcome: 5.1,
              periodTarget: 5,
              fullYearForecast: 5.4,
              comment: 'Juni',
              expectedVersion: synthetic.version,
            },
            { indicatorId: String(second), period: '2023-07', outcome: 4.8 },
          ],
        },
      });
      expect(saveIndicatorValues).toEqual([
        expect.objectContaining({ period: '2023-06', outcome: 5.1, isSynthetic: false, version: 2, comment: 'Juni' }),
        expect.objectContaining({ period: '2023-07', outcome: 4.8, isSynthetic: false, version: 1 }),
      ]);
      const events = await server.prisma.auditEvent.findMany({ where: { operation: 'saveIndicatorValues' } });
      expect(events.map((event) => event.action).sort()).toEqual(['CREATE', 'UPDATE']);
      expect(events.every((event) => event.orgUnitId === fixture.committee.id)).toBe(true);
    });

    it('writes nothing when one value is invalid, and names every invalid cell', async () => {
      await asAnalyst();
      const [first, second] = indicatorIds as [number, number];
      const before = await server.prisma.indicatorValue.count();
      const errors = await server.queryErrors(SAVE_VALUES, {
        input: {
          values: [
            { indicatorId: String(first), period: '2023-08', outcome: 4.2 },
            { indicatorId: String(second), period: '2023-08', outcome: 120, fullYearForecast: -1 },
            { indicatorId: String(second), period: '2023-T2', outcome: 4 },
            { indicatorId: String(first), period: '2023-08', outcome: 4.3 },
          ],
        },
      });
      expect(errors[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: [
          { field: 'input.values.1.outcome', message: 'percentRange' },
          { field: 'input.values.1.fullYearForecast', message: 'percentRange' },
          { field: 'input.values.2.period', message: 'periodNotInPeriodicity' },
          { field: 'input.values.3.period', message: 'duplicateValue' },
        ],
      });
      expect(await server.prisma.indicatorValue.count()).toBe(before);
    });

    it('names malformed figures and periods by their place before anything else', async () => {
      await asAnalyst();
      const errors = await server.queryErrors(SAVE_VALUES, {
        input: { values: [{ indicatorId: String(indicatorIds[0]), period: 'maj 2023', outcome: 1e14 }] },
      });
      expect(errors[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: [
          { field: 'input.values.0.period', message: 'invalidPeriod' },
          { field: 'input.values.0.outcome', message: 'outOfRange' },
        ],
      });
      const empty = await server.queryErrors(SAVE_VALUES, { input: { values: [] } });
      expect(empty[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    });

    it('refuses the whole save when someone else saved one of the values meanwhile, listing it', async () => {
      await asAnalyst();
      const [first, second] = indicatorIds as [number, number];
      const may = await server.prisma.indicatorValue.findFirstOrThrow({
        where: { indicatorId: second, year: 2023, periodNumber: 5, granularity: 'MONTH' },
      });
      await server.prisma.indicatorValue.update({ where: { id: may.id }, data: { outcome: 6, version: 2 } });
      const errors = await server.queryErrors(SAVE_VALUES, {
        input: {
          values: [
            { indicatorId: String(first), period: '2023-09', outcome: 4 },
            { indicatorId: String(second), period: '2023-05', outcome: 5.2, expectedVersion: 1 },
          ],
        },
      });
      expect(errors[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        current: [{ index: 1, indicatorId: String(second), period: '2023-05', current: { outcome: 6, version: 2 } }],
      });
      expect(
        await server.prisma.indicatorValue.findFirst({ where: { indicatorId: first, year: 2023, periodNumber: 9 } }),
      ).toBeNull();
    });

    it('is for analysts of every indicator in it', async () => {
      const values = [
        { indicatorId: String(indicatorIds[0]), period: '2023-10', outcome: 4 },
        { indicatorId: String(fixture.otherIndicator.id), period: '2023-10', outcome: 4 },
      ];
      server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }]));
      const viewer = await server.queryErrors(SAVE_VALUES, { input: { values: values.slice(0, 1) } });
      expect(viewer[0]?.extensions?.code).toBe('FORBIDDEN');
      await asAnalyst();
      const outside = await server.queryErrors(SAVE_VALUES, { input: { values } });
      expect(outside[0]?.extensions?.code).toBe('NOT_FOUND');
      server.actAs(
        await server.createUser([
          { role: 'ANALYST', orgUnitCode: 'intraservice' },
          { role: 'VIEWER', orgUnitCode: 'kommunstyrelsen' },
        ]),
      );
      const readOnly = await server.queryErrors(SAVE_VALUES, { input: { values } });
      expect(readOnly[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await server.prisma.indicatorValue.count({ where: { year: 2023, periodNumber: 10 } })).toBe(0);
    });
  });

  describe('saveActivityUpdate', () => {
    it("sets an activity's status for a month, then changes it from the version seen, audited", async () => {
      await asAnalyst();
      const activity = await server.prisma.activity.findFirstOrThrow({ where: { title: 'Aktivitet 1' } });
      const created = await server.query(SAVE_ACTIVITY, {
        input: { activityId: String(activity.id), year: 2023, month: 6, status: 'DELAYED', comment: ' Sent ' },
      });
      expect(created.saveActivityUpdate).toEqual({ month: 6, status: 'DELAYED', comment: 'Sent', version: 1 });
      const changed = await server.query(SAVE_ACTIVITY, {
        input: { activityId: String(activity.id), year: 2023, month: 6, status: 'ONGOING', expectedVersion: 1 },
      });
      expect(changed.saveActivityUpdate).toEqual({ month: 6, status: 'ONGOING', comment: null, version: 2 });
      const stale = await server.queryErrors(SAVE_ACTIVITY, {
        input: { activityId: String(activity.id), year: 2023, month: 6, status: 'COMPLETED', expectedVersion: 1 },
      });
      expect(stale[0]?.extensions).toMatchObject({ code: 'CONFLICT', current: { status: 'ONGOING', version: 2 } });
      const events = await server.prisma.auditEvent.findMany({ where: { operation: 'saveActivityUpdate' } });
      expect(events).toHaveLength(2);
      expect(events[0]?.orgUnitId).toBe(fixture.committee.id);
    });

    it('refuses a viewer and an unknown status', async () => {
      const activity = await server.prisma.activity.findFirstOrThrow({ where: { title: 'Aktivitet 2' } });
      server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }]));
      const viewer = await server.queryErrors(SAVE_ACTIVITY, {
        input: { activityId: String(activity.id), year: 2023, month: 6, status: 'ONGOING' },
      });
      expect(viewer[0]?.extensions?.code).toBe('FORBIDDEN');
      await asAnalyst();
      const month = await server.queryErrors(SAVE_ACTIVITY, {
        input: { activityId: String(activity.id), year: 2023, month: 13, status: 'ONGOING' },
      });
      expect(month[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ field: 'input.month', message: 'month.outOfRange' }],
      });
    });
  });
});

const SAVE_ROLLING_12 = graphql(`
  mutation DataEntryTest_SaveRolling12($input: IndicatorValuesInput!) {
    saveIndicatorValues(input: $input) {
      id
      period
      outcome
      rolling12
      version
    }
  }
`);

const SAVE_ONE_ROLLING_12 = graphql(`
  mutation DataEntryTest_SaveOneRolling12($input: IndicatorValueInput!) {
    saveIndicatorValue(input: $input) {
      rolling12
    }
  }
`);

const SAVE_SOME_FIGURES = graphql(`
  mutation DataEntryTest_SaveSomeFigures($input: IndicatorValueInput!) {
    saveIndicatorValue(input: $input) {
      outcome
      periodTarget
      annualTarget
      fullYearForecast
      rolling12
      comment
      version
    }
  }
`);

const SHEET_ROLLING_12 = graphql(`
  query DataEntryTest_SheetRolling12($orgUnitCode: String!, $period: MonthInput!) {
    dataEntrySheet(orgUnitCode: $orgUnitCode, period: $period) {
      indicatorRows {
        period
        indicator {
          name
        }
        value {
          rolling12
        }
      }
    }
  }
`);

describe("an indicator's rolling twelve months (R12) saved from the data entry sheet", () => {
  let server: GraphqlTestServer;
  let sickLeave: number;
  let customerIndex: number;
  let staffSurvey: number;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    const { committee } = await createGoalFixture(server.prisma);
    sickLeave = (await server.prisma.indicator.findFirstOrThrow({ where: { code: 'SJUKFRANVARO-1' } })).id;
    const create = async (code: string, name: string, periodicity: 'TERTIAL' | 'YEAR') =>
      (
        await server.prisma.indicator.create({
          data: {
            code,
            name,
            orgUnitId: committee.id,
            unit: 'INDEX',
            periodicity,
            direction: 'HIGHER_IS_BETTER',
          },
        })
      ).id;
    customerIndex = await create('NKI', 'Nöjd kund-index', 'TERTIAL');
    staffSurvey = await create('MEDARBETARINDEX', 'Medarbetarindex', 'YEAR');
    server.actAs(await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }], 'Analytiker'));
  });
  afterAll(() => server.stop());

  /** May's sick leave as the fixture has it, with the R12 given: the grid sends every figure of a row. */
  const may = (rolling12: number | null, expectedVersion: number) => ({
    indicatorId: String(sickLeave),
    period: '2023-05',
    outcome: 5.9,
    periodTarget: 5,
    fullYearForecast: 5.5,
    annualTarget: 5,
    rolling12,
    expectedVersion,
  });
  const eventsOf = (valueId: string) =>
    server.prisma.auditEvent.findMany({
      where: { operation: 'saveIndicatorValues', entityType: 'IndicatorValue', entityId: valueId },
      orderBy: { id: 'asc' },
    });

  it("saves a monthly indicator's R12, returns it and shows it on the month's sheet, audited", async () => {
    const { saveIndicatorValues } = await server.query(SAVE_ROLLING_12, { input: { values: [may(5.7, 1)] } });
    expect(saveIndicatorValues).toMatchObject([{ period: '2023-05', outcome: 5.9, rolling12: 5.7, version: 2 }]);
    const { dataEntrySheet } = await server.query(SHEET_ROLLING_12, {
      orgUnitCode: 'intraservice',
      period: { year: 2023, month: 5 },
    });
    expect(dataEntrySheet!.indicatorRows).toEqual(
      expect.arrayContaining([
        { period: '2023-05', indicator: { name: 'Sjukfrånvaro 1' }, value: { rolling12: 5.7 } },
        { period: '2023-T2', indicator: { name: 'Nöjd kund-index' }, value: null },
      ]),
    );
    const [event] = await eventsOf(saveIndicatorValues[0]!.id);
    // The R12 alone changed: the event says so, and nothing of the figures that stayed.
    expect(event).toMatchObject({ action: 'UPDATE' });
    expect(event!.changes).toMatchObject({ rolling12: { old: null, new: 5.7 } });
    expect(event!.changes).not.toHaveProperty('outcome');
  });

  it('changes it only from the version seen, each change audited with the old and the new R12', async () => {
    const { saveIndicatorValues } = await server.query(SAVE_ROLLING_12, { input: { values: [may(5.6, 2)] } });
    expect(saveIndicatorValues[0]).toMatchObject({ rolling12: 5.6, version: 3 });
    const stale = await server.queryErrors(SAVE_ROLLING_12, { input: { values: [may(5.8, 2)] } });
    expect(stale[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      current: [{ index: 0, period: '2023-05', current: { rolling12: 5.6, version: 3 } }],
    });
    const cleared = await server.query(SAVE_ROLLING_12, { input: { values: [may(null, 3)] } });
    expect(cleared.saveIndicatorValues[0]).toMatchObject({ rolling12: null, version: 4 });
    const events = await eventsOf(saveIndicatorValues[0]!.id);
    expect(events.map((event) => (event.changes as Record<string, unknown>).rolling12)).toEqual([
      { old: null, new: 5.7 },
      { old: 5.7, new: 5.6 },
      { old: 5.6, new: null },
    ]);
  });

  it('keeps the figures and the comment a caller leaves out, and clears those it sends as null', async () => {
    const { saveIndicatorValues } = await server.query(SAVE_ROLLING_12, {
      input: { values: [{ ...may(5.7, 4), comment: 'Långtidssjukskrivningarna minskar.' }] },
    });
    const whole = {
      outcome: 5.9,
      periodTarget: 5,
      annualTarget: 5,
      fullYearForecast: 5.5,
      rolling12: 5.7,
      comment: 'Långtidssjukskrivningarna minskar.',
    };
    // A script that knows only the outcome: the targets, forecast, R12 and comment stay.
    const outcomeOnly = await server.query(SAVE_SOME_FIGURES, {
      input: { indicatorId: String(sickLeave), period: '2023-05', outcome: 6.1, expectedVersion: 5 },
    });
    expect(outcomeOnly.saveIndicatorValue).toEqual({ ...whole, outcome: 6.1, version: 6 });
    // Several at once keep the same way; null clears what it names.
    const cleared = await server.query(SAVE_ROLLING_12, {
      input: {
        values: [{ indicatorId: String(sickLeave), period: '2023-05', rolling12: null, expectedVersion: 6 }],
      },
    });
    expect(cleared.saveIndicatorValues[0]).toMatchObject({ outcome: 6.1, rolling12: null, version: 7 });
    const saved = await server.prisma.indicatorValue.findUniqueOrThrow({
      where: { id: Number(saveIndicatorValues[0]!.id) },
    });
    expect(saved).toMatchObject({ ...whole, outcome: 6.1, rolling12: null });
    // What was kept is no change: the events name only what was sent and differed.
    const [outcomeEvent, clearedEvent] = await server.prisma.auditEvent
      .findMany({
        where: { entityType: 'IndicatorValue', entityId: saveIndicatorValues[0]!.id },
        orderBy: { id: 'desc' },
        take: 2,
      })
      .then((events) => events.reverse());
    const named = (event: typeof outcomeEvent) => Object.keys(event!.changes as object);
    expect(named(outcomeEvent)).toContain('outcome');
    expect(named(clearedEvent)).toContain('rolling12');
    for (const kept of ['periodTarget', 'annualTarget', 'fullYearForecast', 'comment']) {
      expect(named(outcomeEvent)).not.toContain(kept);
      expect(named(clearedEvent)).not.toContain(kept);
    }
    expect(named(clearedEvent)).not.toContain('outcome');
  });

  it("refuses an R12 of a tertial or yearly indicator, or of a monthly one's year, naming each field, and writes nothing", async () => {
    const before = await server.prisma.indicatorValue.count();
    const eventsBefore = await server.prisma.auditEvent.count();
    const errors = await server.queryErrors(SAVE_ROLLING_12, {
      input: {
        values: [
          { indicatorId: String(customerIndex), period: '2023-T2', outcome: 80, rolling12: 81 },
          { indicatorId: String(staffSurvey), period: '2023', outcome: 70, rolling12: 71 },
          { indicatorId: String(sickLeave), period: '2023', outcome: 5.4, rolling12: 5.4 },
          { indicatorId: String(sickLeave), period: '2023-04', outcome: 5.1, rolling12: 120 },
          { indicatorId: String(customerIndex), period: '2023-T1', outcome: 78 },
        ],
      },
    });
    expect(errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [
        { field: 'input.values.0.rolling12', message: 'rolling12MonthsOnly' },
        { field: 'input.values.1.rolling12', message: 'rolling12MonthsOnly' },
        { field: 'input.values.2.rolling12', message: 'rolling12MonthsOnly' },
        // Where it applies, it is checked as the other figures: a percentage lies within 0–100.
        { field: 'input.values.3.rolling12', message: 'percentRange' },
      ],
    });
    const single = await server.queryErrors(SAVE_ONE_ROLLING_12, {
      input: { indicatorId: String(customerIndex), period: '2023-T2', outcome: 80, rolling12: 81 },
    });
    expect(single[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'input.rolling12', message: 'rolling12MonthsOnly' }],
    });
    expect(await server.prisma.indicatorValue.count()).toBe(before);
    expect(await server.prisma.auditEvent.count()).toBe(eventsBefore);
  });
});
