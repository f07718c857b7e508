import type { PrismaClient } from '@lagesbild/db';
import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';
import { runAudited, withAuditedWrites } from '../audit';
import { closeForecastRound, planRoundForecasts } from './forecast-round-service';

/**
 * A value save and a round closing, interleaved: one side is held open inside its transaction
 * while the other is sent. On PostgreSQL (TEST_DATABASE_URL) the two run on separate
 * connections and the round's row lock decides; on PGlite, one connection runs them one after
 * the other. Either way no forecast may end up written into a round that closed before it.
 */
const SAVE_VALUES = graphql(`
  mutation ForecastRoundLockTest_SaveValues($input: IndicatorValuesInput!) {
    saveIndicatorValues(input: $input) {
      fullYearForecast
    }
  }
`);
const CLOSE = graphql(`
  mutation ForecastRoundLockTest_Close($input: CloseForecastRoundInput!) {
    closeForecastRound(input: $input) {
      status
    }
  }
`);

/** Long enough for the other transaction to reach its lock on a database server. */
const GRACE_MILLISECONDS = 300;

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}
const pause = (milliseconds: number) => new Promise((done) => setTimeout(done, milliseconds));

describe('a value save and a round closing at the same time', () => {
  let server: GraphqlTestServer;
  let audited: PrismaClient;
  let indicatorId: number;
  let admin: Awaited<ReturnType<GraphqlTestServer['createUser']>>;
  let analyst: Awaited<ReturnType<GraphqlTestServer['createUser']>>;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    audited = withAuditedWrites(server.prisma);
    const fixture = await createGoalFixture(server.prisma);
    indicatorId = (await server.prisma.indicator.findFirstOrThrow({ where: { orgUnitId: fixture.committee.id } })).id;
    admin = await server.createUser([{ role: 'ADMIN', orgUnitCode: 'goteborg' }], 'Administratör');
    analyst = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }], 'Analytiker');
  });
  afterAll(() => server.stop());

  const openRound = (name: string, asOf: string) =>
    server.prisma.forecastRound.create({ data: { year: 2023, name, asOf: new Date(asOf) } });
  const forecastsIn = (roundId: number) => server.prisma.indicatorForecast.findMany({ where: { roundId } });

  it('refuses the forecast when the close took the round first, and writes nothing', async () => {
    const round = await openRound('Prognos mars 2023', '2023-03-31');
    // Read before the close opens its transaction: on PGlite a read beside it waits for it.
    const value = await server.prisma.indicatorValue.findFirstOrThrow({
      where: { indicatorId, year: 2023, granularity: 'MONTH', periodNumber: 5 },
    });
    const closeHeld = deferred();
    const releaseClose = deferred();
    const closing = runAudited(audited, 'closeForecastRound', admin.id, async (tx) => {
      await closeForecastRound(tx, { id: round.id, expectedVersion: round.version });
      closeHeld.resolve();
      await releaseClose.promise;
    });
    await closeHeld.promise;

    server.actAs(analyst);
    const saving = server.queryErrors(SAVE_VALUES, {
      input: {
        values: [
          {
            indicatorId: String(indicatorId),
            period: '2023-05',
            outcome: 5.9,
            fullYearForecast: 6.2,
            comment: 'Sparad medan omgången stängs',
            expectedVersion: value.version,
          },
        ],
      },
    });
    await pause(GRACE_MILLISECONDS);
    releaseClose.resolve();
    await closing;

    const errors = await saving;
    expect(errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'input.values.0.fullYearForecast', message: 'forecastRoundClosed' }],
    });
    expect(await forecastsIn(round.id)).toEqual([]);
    const unchanged = await server.prisma.indicatorValue.findUniqueOrThrow({ where: { id: value.id } });
    expect(unchanged).toMatchObject({ fullYearForecast: value.fullYearForecast, version: value.version });
  });

  it('makes the close wait for a save that read the round open, so the forecast lands before the round closes', async () => {
    const round = await openRound('Prognos maj 2023', '2023-05-31');
    const saveHeld = deferred();
    const releaseSave = deferred();
    const saving = runAudited(audited, 'saveIndicatorValues', analyst.id, async (tx) => {
      const plan = await planRoundForecasts(
        tx,
        [{ index: 0, indicatorId, year: 2023, fullYearForecast: 6.1, comment: 'Före stängningen' }],
        analyst.id,
      );
      saveHeld.resolve();
      await releaseSave.promise;
      await plan.keep();
      return plan.refused;
    });
    await saveHeld.promise;

    server.actAs(admin);
    let closedWhileSaveOpen = false;
    const closing = server.query(CLOSE, {
      input: { id: String(round.id), expectedVersion: round.version },
    });
    void closing.then(() => (closedWhileSaveOpen = true));
    await pause(GRACE_MILLISECONDS);
    expect(closedWhileSaveOpen).toBe(false);
    releaseSave.resolve();

    expect(await saving).toEqual([]);
    expect((await closing).closeForecastRound.status).toBe('CLOSED');
    expect(await forecastsIn(round.id)).toEqual([
      expect.objectContaining({ indicatorId, fullYearForecast: 6.1, comment: 'Före stängningen' }),
    ]);
    // The forecast's audit event was written before the close's: the round was open when it landed.
    const events = await server.prisma.auditEvent.findMany({
      where: {
        operation: { in: ['saveIndicatorValues', 'closeForecastRound'] },
        entityType: { not: 'IndicatorValue' },
      },
      orderBy: { id: 'asc' },
    });
    expect(events.slice(-2).map((event) => [event.operation, event.entityType])).toEqual([
      ['saveIndicatorValues', 'IndicatorForecast'],
      ['closeForecastRound', 'ForecastRound'],
    ]);
  });
});
