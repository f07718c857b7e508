import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';

const REPORT_MONTHS = graphql(`
  query ReportMonthTest_Months {
    latestReportMonth {
      year
      month
    }
    orgUnits {
      code
      latestReportMonth {
        year
        month
      }
    }
  }
`);

/**
 * The default period is the latest month a unit has reported (most of its monthly
 * indicators have an outcome), not the latest value anyone saved.
 */
describe('the latest report month', () => {
  let server: GraphqlTestServer;
  let intraserviceIndicatorIds: number[];

  const monthsByUnit = async () => {
    const data = await server.query(REPORT_MONTHS);
    return {
      any: data.latestReportMonth,
      ...Object.fromEntries(data.orgUnits.map((unit) => [unit.code, unit.latestReportMonth])),
    };
  };
  const saveJune = (indicatorId: number, isSynthetic = false) =>
    server.prisma.indicatorValue.upsert({
      where: {
        indicatorId_granularity_year_periodNumber: { indicatorId, granularity: 'MONTH', year: 2023, periodNumber: 6 },
      },
      create: { indicatorId, granularity: 'MONTH', year: 2023, periodNumber: 6, outcome: 5, isSynthetic },
      update: { outcome: 5, isSynthetic },
    });

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    // Intraservice measures four monthly indicators, all reported for May 2023
    // (two from the fixture, two more here). Kommunstyrelsen measures one, reported for May.
    const { committee } = await createGoalFixture(server.prisma);
    for (const code of ['LONESPEC', 'SERVICEARENDEN']) {
      await server.prisma.indicator.create({
        data: {
          code,
          name: code,
          orgUnitId: committee.id,
          unit: 'COUNT',
          periodicity: 'MONTH',
          direction: 'HIGHER_IS_BETTER',
          cumulative: true,
          values: { create: { granularity: 'MONTH', year: 2023, periodNumber: 5, outcome: 100 } },
        },
      });
    }
    // A retired indicator without values does not count against a later month.
    await server.prisma.indicator.create({
      data: {
        code: 'RETIRED',
        name: 'Retired',
        orgUnitId: committee.id,
        unit: 'COUNT',
        periodicity: 'MONTH',
        direction: 'HIGHER_IS_BETTER',
        retiredAt: new Date('2023-01-01'),
      },
    });
    intraserviceIndicatorIds = (
      await server.prisma.indicator.findMany({
        where: { orgUnitId: committee.id, retiredAt: null },
        orderBy: { id: 'asc' },
      })
    ).map((indicator) => indicator.id);
    server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'goteborg' }]));
  });
  afterAll(() => server.stop());

  const may = { year: 2023, month: 5 };
  const june = { year: 2023, month: 6 };

  it('is the month every unit has reported, for the unit, the units above it and the app', async () => {
    expect(await monthsByUnit()).toEqual({
      any: may,
      goteborg: may,
      intraservice: may,
      'digital-infrastruktur': null,
      kommunstyrelsen: may,
    });
  });

  it('does not move for one early June value, nor for generated ones', async () => {
    await saveJune(intraserviceIndicatorIds[0]!);
    await saveJune(intraserviceIndicatorIds[1]!, true);
    await saveJune(intraserviceIndicatorIds[2]!, true);
    const months = await monthsByUnit();
    expect(months).toMatchObject({ any: may, goteborg: may, intraservice: may });
  });

  it('moves a unit once half its indicators are in, and the city once half of all below it are', async () => {
    await saveJune(intraserviceIndicatorIds[1]!);
    // Intraservice: 2 of 4 for June. The city: 2 of the 5 below it, not yet most.
    expect(await monthsByUnit()).toMatchObject({ any: may, goteborg: may, intraservice: june, kommunstyrelsen: may });

    await saveJune(intraserviceIndicatorIds[2]!);
    // The city: 3 of 5.
    expect(await monthsByUnit()).toMatchObject({ any: june, goteborg: june, intraservice: june, kommunstyrelsen: may });
  });

  it('is one statement for all units, however many', async () => {
    const count = async () => {
      server.statements.length = 0;
      await server.query(REPORT_MONTHS);
      return server.statements.length;
    };
    const before = await count();
    const city = await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'goteborg' } });
    for (const code of ['extra-1', 'extra-2', 'extra-3']) {
      await server.prisma.orgUnit.create({ data: { code, name: code, kind: 'COMMITTEE', parentId: city.id } });
    }
    expect(await count()).toBe(before);
  });
});
