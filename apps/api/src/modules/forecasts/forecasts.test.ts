import type { VariablesOf } from '@graphql-typed-document-node/core';
import type { IndicatorForecastModel } from '@lagesbild/db';
import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';
import { forecastsByRound } from './forecast-round-service';

const OPEN = graphql(`
  mutation ForecastsTest_Open($input: OpenForecastRoundInput!) {
    openForecastRound(input: $input) {
      id
      name
      asOf
      status
      version
    }
  }
`);
const CLOSE = graphql(`
  mutation ForecastsTest_Close($input: CloseForecastRoundInput!) {
    closeForecastRound(input: $input) {
      id
      status
      version
    }
  }
`);
const SAVE_VALUES = graphql(`
  mutation ForecastsTest_SaveValues($input: IndicatorValuesInput!) {
    saveIndicatorValues(input: $input) {
      fullYearForecast
      version
    }
  }
`);
const SAVE_VALUE = graphql(`
  mutation ForecastsTest_SaveValue($input: IndicatorValueInput!) {
    saveIndicatorValue(input: $input) {
      fullYearForecast
      version
    }
  }
`);
const ROUND_FORECASTS = graphql(`
  query ForecastsTest_RoundForecasts($id: ID!) {
    indicator(id: $id) {
      roundForecasts(year: 2023) {
        round {
          name
          status
        }
        fullYearForecast
        carriedOver
        changeFromPrevious
        comment
      }
    }
  }
`);

describe('forecast rounds', () => {
  let server: GraphqlTestServer;
  let indicatorIds: number[];
  let admin: Awaited<ReturnType<GraphqlTestServer['createUser']>>;
  let analyst: Awaited<ReturnType<GraphqlTestServer['createUser']>>;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    const fixture = await createGoalFixture(server.prisma);
    indicatorIds = (
      await server.prisma.indicator.findMany({ where: { orgUnitId: fixture.committee.id }, orderBy: { id: 'asc' } })
    ).map((indicator) => indicator.id);
    admin = await server.createUser([{ role: 'ADMIN', orgUnitCode: 'goteborg' }], 'Administratör');
    analyst = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }], 'Analytiker');
  });
  afterAll(() => server.stop());

  const may = async (forecast: number, version: number, comment: string | null = null) => {
    server.actAs(analyst);
    return server.query(SAVE_VALUES, {
      input: {
        values: [
          {
            indicatorId: String(indicatorIds[0]),
            period: '2023-05',
            outcome: 5.9,
            periodTarget: 5,
            annualTarget: 5,
            fullYearForecast: forecast,
            comment,
            expectedVersion: version,
          },
        ],
      },
    });
  };
  const rounds = async () => {
    server.actAs(analyst);
    const { indicator } = await server.query(ROUND_FORECASTS, { id: String(indicatorIds[0]) });
    return indicator!.roundForecasts;
  };

  it('keeps forecasts on the values alone in a year without rounds', async () => {
    const { saveIndicatorValues } = await may(5.6, 1);
    expect(saveIndicatorValues[0]).toEqual({ fullYearForecast: 5.6, version: 2 });
    expect(await server.prisma.indicatorForecast.count()).toBe(0);
    expect(await rounds()).toEqual([]);
  });

  it("keeps a forecast entered while a round is open as the round's, and each round's when the next opens", async () => {
    server.actAs(admin);
    const { openForecastRound: march } = await server.query(OPEN, {
      input: { year: 2023, name: 'Prognos mars 2023', asOf: '2023-03-31' },
    });
    expect(march).toMatchObject({ status: 'OPEN', asOf: '2023-03-31', version: 1 });
    await may(5.4, 2, 'Lägre långtidsfrånvaro');

    server.actAs(admin);
    await server.query(CLOSE, { input: { id: march.id, expectedVersion: 1 } });
    await server.query(OPEN, { input: { year: 2023, name: 'Prognos maj 2023', asOf: '2023-05-31' } });
    expect(await rounds()).toEqual([
      {
        round: { name: 'Prognos mars 2023', status: 'CLOSED' },
        fullYearForecast: 5.4,
        carriedOver: false,
        changeFromPrevious: null,
        comment: 'Lägre långtidsfrånvaro',
      },
      {
        round: { name: 'Prognos maj 2023', status: 'OPEN' },
        fullYearForecast: 5.4,
        carriedOver: true,
        changeFromPrevious: 0,
        comment: null,
      },
    ]);

    await may(5.8, 3, 'Långtidsfrånvaron ökar');
    await may(5.7, 4, 'Justerad');
    const forecasts = await rounds();
    expect(forecasts[0]).toMatchObject({ fullYearForecast: 5.4 });
    expect(forecasts[1]).toMatchObject({ fullYearForecast: 5.7, carriedOver: false, changeFromPrevious: 0.3 });
    expect(forecasts[1]?.comment).toBe('Justerad');
    const events = await server.prisma.auditEvent.findMany({ where: { entityType: 'IndicatorForecast' } });
    expect(events.map((event) => event.action)).toEqual(['CREATE', 'CREATE', 'UPDATE']);
  });

  it("keeps the later of two months' forecasts saved at the same moment as the round's, refusing neither", async () => {
    server.actAs(analyst);
    const values = await server.prisma.indicatorValue.findMany({
      where: { indicatorId: indicatorIds[1], year: 2023, periodNumber: { in: [3, 4] }, granularity: 'MONTH' },
    });
    const save = (month: 3 | 4, forecast: number) =>
      server.query(SAVE_VALUES, {
        input: {
          values: [
            {
              indicatorId: String(indicatorIds[1]),
              period: `2023-0${month}`,
              fullYearForecast: forecast,
              expectedVersion: values.find((value) => value.periodNumber === month)?.version ?? null,
            },
          ],
        },
      });
    // The round has no entry for this indicator yet: both saves would make it.
    const outcomes = await Promise.allSettled([save(3, 7.1), save(4, 7.2)]);
    expect(outcomes.map((outcome) => (outcome.status === 'rejected' ? String(outcome.reason) : 'saved'))).toEqual([
      'saved',
      'saved',
    ]);
    const entries = await server.prisma.indicatorForecast.findMany({ where: { indicatorId: indicatorIds[1] } });
    expect(entries).toHaveLength(1);
    expect([7.1, 7.2]).toContain(entries[0]!.fullYearForecast);
  });

  it('refuses a changed forecast when every round of the year is closed, on both saves, and writes nothing', async () => {
    const open = await server.prisma.forecastRound.findFirstOrThrow({ where: { status: 'OPEN' } });
    server.actAs(admin);
    await server.query(CLOSE, { input: { id: String(open.id), expectedVersion: open.version } });
    server.actAs(analyst);
    const before = await server.prisma.indicatorValue.findFirstOrThrow({
      where: { indicatorId: indicatorIds[0], year: 2023, periodNumber: 5, granularity: 'MONTH' },
    });
    const errors = await server.queryErrors(SAVE_VALUES, {
      input: {
        values: [
          { indicatorId: String(indicatorIds[1]), period: '2023-07', outcome: 4 },
          {
            indicatorId: String(indicatorIds[0]),
            period: '2023-05',
            outcome: 6,
            fullYearForecast: 6.5,
            expectedVersion: before.version,
          },
        ],
      },
    });
    expect(errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'input.values.1.fullYearForecast', message: 'forecastRoundClosed' }],
    });
    const single = await server.queryErrors(SAVE_VALUE, {
      input: { indicatorId: String(indicatorIds[1]), period: '2023-08', fullYearForecast: 4 },
    });
    expect(single[0]?.extensions).toMatchObject({
      fieldErrors: [{ field: 'input.fullYearForecast', message: 'forecastRoundClosed' }],
    });
    expect(await server.prisma.indicatorValue.count({ where: { year: 2023, periodNumber: { in: [7, 8] } } })).toBe(0);
    // The outcome alone may still be corrected: the forecast is left as it was.
    const corrected = await server.query(SAVE_VALUES, {
      input: {
        values: [
          {
            indicatorId: String(indicatorIds[0]),
            period: '2023-05',
            outcome: 6,
            fullYearForecast: before.fullYearForecast,
            expectedVersion: before.version,
          },
        ],
      },
    });
    expect(corrected.saveIndicatorValues[0]?.fullYearForecast).toBe(5.7);
  });

  it('opens at most one round of a year, with a name of its own, in date order, for administrators only', async () => {
    server.actAs(analyst);
    const forbidden = await server.queryErrors(OPEN, { input: { year: 2023, name: 'Augusti', asOf: '2023-08-31' } });
    expect(forbidden[0]?.extensions?.code).toBe('FORBIDDEN');
    server.actAs(admin);
    const refusals = async (input: VariablesOf<typeof OPEN>['input']) =>
      (await server.queryErrors(OPEN, { input }))[0]?.extensions?.fieldErrors;
    expect(await refusals({ year: 2023, name: 'Prognos maj 2023', asOf: '2023-08-31' })).toEqual([
      { field: 'input.name', message: 'roundNameTaken' },
    ]);
    expect(await refusals({ year: 2023, name: 'April', asOf: '2023-04-30' })).toEqual([
      { field: 'input.asOf', message: 'roundBeforeLast' },
    ]);
    expect(await refusals({ year: 2023, name: ' ', asOf: '2024-08-31' })).toEqual([
      { field: 'input.name', message: 'required' },
      { field: 'input.asOf', message: 'dateOutsideYear' },
    ]);
    await server.query(OPEN, { input: { year: 2023, name: 'Prognos augusti 2023', asOf: '2023-08-31' } });
    expect(await refusals({ year: 2023, name: 'Prognos oktober 2023', asOf: '2023-10-31' })).toEqual([
      { field: 'input.year', message: 'roundAlreadyOpen' },
    ]);
  });

  it('never reopens or changes a closed round, and refuses a stale close', async () => {
    server.actAs(admin);
    const closed = await server.prisma.forecastRound.findFirstOrThrow({ where: { name: 'Prognos mars 2023' } });
    const again = await server.queryErrors(CLOSE, {
      input: { id: String(closed.id), expectedVersion: closed.version },
    });
    expect(again[0]?.extensions).toMatchObject({ fieldErrors: [{ field: 'input.id', message: 'roundClosed' }] });
    const open = await server.prisma.forecastRound.findFirstOrThrow({ where: { status: 'OPEN' } });
    const stale = await server.queryErrors(CLOSE, {
      input: { id: String(open.id), expectedVersion: open.version + 1 },
    });
    expect(stale[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('forecastsByRound', () => {
  const round = (id: number) => ({
    id,
    year: 2023,
    name: `Omgång ${id}`,
    asOf: new Date(`2023-0${id * 2}-28`),
    status: 'CLOSED' as const,
    isDemoValue: false,
    version: 1,
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  const entry = (roundId: number, fullYearForecast: number | null, comment: string | null = null) =>
    ({ id: roundId, roundId, indicatorId: 1, fullYearForecast, comment }) as IndicatorForecastModel;

  it('carries a figure over rounds without an entry and compares each with the one before', () => {
    const rows = forecastsByRound(
      [round(1), round(2), round(3), round(4)],
      [entry(1, 1389802), entry(3, 1396706, 'Nollprognos')],
      7,
    );
    expect(
      rows.map(({ fullYearForecast, carriedOver, changeFromPrevious, comment }) => ({
        fullYearForecast,
        carriedOver,
        changeFromPrevious,
        comment,
      })),
    ).toEqual([
      { fullYearForecast: 1389802, carriedOver: false, changeFromPrevious: null, comment: null },
      { fullYearForecast: 1389802, carriedOver: true, changeFromPrevious: 0, comment: null },
      { fullYearForecast: 1396706, carriedOver: false, changeFromPrevious: 6904, comment: 'Nollprognos' },
      { fullYearForecast: 1396706, carriedOver: true, changeFromPrevious: 0, comment: null },
    ]);
  });

  it('has no change when a round has no figure, and no figure before the first entry', () => {
    const rows = forecastsByRound([round(1), round(2), round(3)], [entry(2, null), entry(3, 5.5)], 7);
    expect(rows.map((row) => [row.fullYearForecast, row.changeFromPrevious])).toEqual([
      [null, null],
      [null, null],
      [5.5, null],
    ]);
  });
});
