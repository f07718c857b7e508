import { DEMO_USERS } from '@lagesbild/db';
import { prepareDatabase } from '@lagesbild/db/prepare';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';

const SERIES = `
  query ($id: ID!, $granularity: Periodicity!, $fromYear: Int!, $toYear: Int!) {
    indicator(id: $id) {
      name
      series(granularity: $granularity, fromYear: $fromYear, toYear: $toYear) {
        period outcome target previousYearOutcome isSynthetic status
      }
      sameInOtherUnits { orgUnit { code } }
    }
  }`;

interface SeriesResult {
  indicator: {
    name: string;
    series: {
      period: string;
      outcome: number | null;
      target: number | null;
      previousYearOutcome: number | null;
      isSynthetic: boolean;
      status: string;
    }[];
    sameInOtherUnits: { orgUnit: { code: string } }[];
  } | null;
}

/** The analyst's drill-down: an indicator's series on the demo data. */
describe('an indicator and its series', () => {
  let server: GraphqlTestServer;
  let sickLeaveId: number;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    await prepareDatabase(server.database, { seedDemoDataIfEmpty: true });
    server.actAs(
      await server.prisma.user.findUniqueOrThrow({
        where: { email: DEMO_USERS[0]!.email },
        include: { roles: { select: { role: true, orgUnitId: true } } },
      }),
    );
    sickLeaveId = (
      await server.prisma.indicator.findFirstOrThrow({
        where: { name: 'Sjukfrånvaro', orgUnit: { code: 'intraservice' } },
      })
    ).id;
  });
  afterAll(() => server.stop());

  it('gives the monthly series with the May 2023 figure of the report and last May beside it', async () => {
    const { indicator } = await server.query<SeriesResult>(SERIES, {
      id: String(sickLeaveId),
      granularity: 'MONTH',
      fromYear: 2023,
      toYear: 2023,
    });
    const may = indicator!.series.find((point) => point.period === '2023-05');
    expect(may).toEqual({
      period: '2023-05',
      outcome: 5.9,
      target: 5,
      previousYearOutcome: 4.5,
      isSynthetic: false,
      status: 'RED',
    });
    expect(indicator!.series).toHaveLength(12);
    expect(indicator!.series.filter((point) => point.isSynthetic).length).toBeGreaterThan(0);
  });

  it("gives yearly figures, from the plan's outcomes", async () => {
    const { indicator } = await server.query<SeriesResult>(SERIES, {
      id: String(sickLeaveId),
      granularity: 'YEAR',
      fromYear: 2020,
      toYear: 2021,
    });
    expect(indicator!.series.map((point) => point.period)).toEqual(['2020', '2021']);
    expect(indicator!.series.every((point) => point.outcome !== null)).toBe(true);
  });

  it('refuses a span of more than 20 years with a field error', async () => {
    const errors = await server.queryErrors(SERIES, {
      id: String(sickLeaveId),
      granularity: 'MONTH',
      fromYear: 1990,
      toYear: 2023,
    });
    expect(errors[0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'arguments.toYear', message: 'outOfRange' }],
    });
  });

  it("answers null for an unknown indicator and for another committee's", async () => {
    const othersId = (
      await server.prisma.indicator.findFirstOrThrow({ where: { orgUnit: { code: 'kommunstyrelsen' } } })
    ).id;
    for (const id of ['999999', String(othersId)]) {
      expect(await server.query(SERIES, { id, granularity: 'YEAR', fromYear: 2023, toYear: 2023 })).toEqual({
        indicator: null,
      });
    }
  });
});
