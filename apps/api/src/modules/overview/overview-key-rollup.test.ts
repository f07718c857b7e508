import type { PrismaClient } from '@lagesbild/db';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';

const KEY_INDICATORS = graphql(`
  query OverviewKeyRollupTest_KeyIndicators($orgUnitCode: String!, $upTo: MonthInput!) {
    overview(orgUnitCode: $orgUnitCode, upTo: $upTo) {
      keyIndicators {
        indicator {
          code
        }
        rollup
        rolledUpFrom {
          code
        }
        latest {
          period
        }
        figures {
          period
          outcome
          periodTarget
          annualTarget
          fullYearForecast
        }
        unitFigures {
          orgUnit {
            code
          }
          period
          outcome
          status
          statusSetByHand
        }
        status
        statusSetByHand
        isReported
        changeFromPreviousYear
        trend
      }
    }
  }
`);

const may2023 = { year: 2023, month: 5 };

type Figures = { year?: number; month: number; outcome: number; periodTarget?: number; fullYearForecast?: number };

/** A monthly key indicator of a unit, with its values (in 2023 unless told). */
function keyIndicator(
  prisma: PrismaClient,
  orgUnitId: number,
  code: string,
  definition: {
    unit: 'TKR' | 'PERCENT' | 'INDEX' | 'COUNT';
    unitRollup: 'SUM' | 'AVERAGE' | 'LIST';
    absolute?: boolean;
  },
  values: Figures[],
) {
  return prisma.indicator.create({
    data: {
      code,
      name: code,
      orgUnitId,
      unit: definition.unit,
      unitRollup: definition.unitRollup,
      periodicity: 'MONTH',
      direction: 'LOWER_IS_BETTER',
      thresholdKind: definition.absolute ? 'ABSOLUTE' : 'RELATIVE',
      yellowThreshold: 5,
      redThreshold: 10,
      isKey: true,
      values: {
        create: values.map(({ year = 2023, month, ...figures }) => ({
          granularity: 'MONTH',
          year,
          periodNumber: month,
          ...figures,
        })),
      },
    },
  });
}

/**
 * A city of two committees that measure the same four key indicators: a cost (summed), a rate
 * (averaged), a customer index (listed) and a count with absolute thresholds (summed, without
 * a colour of the whole). The city keeps none of its own.
 */
async function createCity(prisma: PrismaClient) {
  const city = await prisma.orgUnit.create({ data: { code: 'stad', name: 'Staden', kind: 'CITY' } });
  const committee = (code: string, sortOrder: number) =>
    prisma.orgUnit.create({ data: { code, name: code, kind: 'COMMITTEE', parentId: city.id, sortOrder } });
  const north = await committee('norra', 0);
  const south = await committee('sodra', 1);
  await keyIndicator(prisma, north.id, 'COST', { unit: 'TKR', unitRollup: 'SUM' }, [
    { month: 4, outcome: 80 },
    { month: 5, outcome: 100, periodTarget: 120, fullYearForecast: 300 },
    { year: 2022, month: 5, outcome: 90 },
  ]);
  await keyIndicator(prisma, south.id, 'COST', { unit: 'TKR', unitRollup: 'SUM' }, [
    { month: 4, outcome: 30 },
    { month: 5, outcome: 50, periodTarget: 40, fullYearForecast: 150 },
    { year: 2022, month: 5, outcome: 40 },
  ]);
  await keyIndicator(prisma, north.id, 'SICK_LEAVE', { unit: 'PERCENT', unitRollup: 'AVERAGE' }, [
    { month: 5, outcome: 4, periodTarget: 5 },
  ]);
  await keyIndicator(prisma, south.id, 'SICK_LEAVE', { unit: 'PERCENT', unitRollup: 'AVERAGE' }, [
    { month: 5, outcome: 8, periodTarget: 5 },
  ]);
  await keyIndicator(prisma, north.id, 'NKI', { unit: 'INDEX', unitRollup: 'LIST' }, [
    { month: 5, outcome: 70, periodTarget: 75 },
  ]);
  await keyIndicator(prisma, south.id, 'NKI', { unit: 'INDEX', unitRollup: 'LIST' }, [
    { month: 5, outcome: 80, periodTarget: 75 },
  ]);
  await keyIndicator(prisma, north.id, 'CASES', { unit: 'COUNT', unitRollup: 'SUM', absolute: true }, [
    { month: 5, outcome: 12, periodTarget: 10 },
  ]);
  await keyIndicator(prisma, south.id, 'CASES', { unit: 'COUNT', unitRollup: 'SUM', absolute: true }, [
    { month: 5, outcome: 9, periodTarget: 10 },
  ]);
  return city;
}

describe("the city's key indicators, rolled up from its committees", () => {
  let server: GraphqlTestServer;
  beforeAll(async () => {
    server = await startGraphqlTestServer();
    await createCity(server.prisma);
    server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'stad' }]));
  });
  afterAll(() => server.stop());

  const tilesOf = async (orgUnitCode: string) => {
    const { overview } = await server.query(KEY_INDICATORS, { orgUnitCode, upTo: may2023 });
    return new Map(overview!.keyIndicators.map((tile) => [tile.indicator.code, tile]));
  };

  it('sums a cost, field by field, with its colour by the rule against the summed target', async () => {
    const cost = (await tilesOf('stad')).get('COST')!;
    expect(cost).toMatchObject({
      rollup: 'SUM',
      rolledUpFrom: [{ code: 'norra' }, { code: 'sodra' }],
      latest: null,
      figures: { period: '2023-05', outcome: 150, periodTarget: 160, fullYearForecast: 450, annualTarget: null },
      // 150 against 160, lower is better: green.
      status: 'GREEN',
      isReported: true,
      changeFromPreviousYear: 20,
    });
    // May 2022, April and May 2023, each the committees' together.
    expect(cost.trend).toEqual([130, 110, 150]);
  });

  it('averages a rate, with its colour against the averaged target', async () => {
    const sickLeave = (await tilesOf('stad')).get('SICK_LEAVE')!;
    expect(sickLeave).toMatchObject({
      rollup: 'AVERAGE',
      rolledUpFrom: [{ code: 'norra' }, { code: 'sodra' }],
      figures: { period: '2023-05', outcome: 6, periodTarget: 5 },
      // 6 % against 5 %: 20 % over target, beyond the 10 % red threshold.
      status: 'RED',
    });
  });

  it('lists an index unit by unit, each with its own colour, and combines nothing', async () => {
    const nki = (await tilesOf('stad')).get('NKI')!;
    expect(nki).toMatchObject({
      rollup: 'LIST',
      figures: null,
      status: 'NOT_ASSESSED',
      isReported: true,
      rolledUpFrom: [{ code: 'norra' }, { code: 'sodra' }],
      unitFigures: [
        // Lower is better in this fixture: 70 against 75 is green, 80 is 6,7 % over: yellow.
        { orgUnit: { code: 'norra' }, period: '2023-05', outcome: 70, status: 'GREEN' },
        { orgUnit: { code: 'sodra' }, period: '2023-05', outcome: 80, status: 'YELLOW' },
      ],
    });
  });

  it("sums a count but gives no colour where one unit's absolute thresholds would judge the total", async () => {
    const cases = (await tilesOf('stad')).get('CASES')!;
    expect(cases).toMatchObject({ rollup: 'SUM', figures: { outcome: 21, periodTarget: 20 }, status: 'NOT_ASSESSED' });
  });

  it('shows a committee its own tiles as they are, not rolled up', async () => {
    const cost = (await tilesOf('norra')).get('COST')!;
    expect(cost).toMatchObject({
      rollup: null,
      rolledUpFrom: [],
      latest: { period: '2023-05' },
      figures: { outcome: 100, periodTarget: 120 },
      status: 'GREEN',
    });
  });

  it('says where an analyst set a status by hand: on a unit’s own tile and a listed unit’s figure, never a rolled-up one', async () => {
    const mayValueOf = (orgUnitCode: string, indicatorCode: string) =>
      server.prisma.indicatorValue.findFirstOrThrow({
        where: { indicator: { code: indicatorCode, orgUnit: { code: orgUnitCode } }, year: 2023, periodNumber: 5 },
      });
    const judged = [await mayValueOf('norra', 'COST'), await mayValueOf('norra', 'NKI')];
    const setByHand = (statusOverride: 'RED' | null) =>
      Promise.all(
        judged.map((value) =>
          server.prisma.indicatorValue.update({
            where: { id: value.id },
            data: { statusOverride, statusOverrideReason: statusOverride && 'Bedömd för hand' },
          }),
        ),
      );
    await setByHand('RED');
    try {
      expect((await tilesOf('norra')).get('COST')).toMatchObject({ status: 'RED', statusSetByHand: true });
      const city = await tilesOf('stad');
      expect(city.get('NKI')!.unitFigures).toMatchObject([
        { orgUnit: { code: 'norra' }, status: 'RED', statusSetByHand: true },
        { orgUnit: { code: 'sodra' }, status: 'YELLOW', statusSetByHand: false },
      ]);
      // The city's cost is the committees' summed: its colour is the rule's, whatever one of them was judged.
      expect(city.get('COST')).toMatchObject({ status: 'GREEN', statusSetByHand: false });
    } finally {
      await setByHand(null);
    }
    expect((await tilesOf('norra')).get('COST')).toMatchObject({ status: 'GREEN', statusSetByHand: false });
  });

  it("is made of the committees the user may read: a reader of one committee gets none of its sibling's figures", async () => {
    server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'norra' }]));
    try {
      const tiles = await tilesOf('stad');
      expect(tiles.get('COST')).toMatchObject({ rolledUpFrom: [{ code: 'norra' }], figures: { outcome: 100 } });
      expect(tiles.get('SICK_LEAVE')).toMatchObject({ figures: { outcome: 4 }, status: 'GREEN' });
      expect(tiles.get('NKI')!.unitFigures.map((figure) => figure.orgUnit.code)).toEqual(['norra']);
    } finally {
      server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'stad' }]));
    }
  });

  it('rolls up only the units that reported the latest period: April added to May is no total', async () => {
    const city = await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'stad' } });
    const east = await server.prisma.orgUnit.create({
      data: { code: 'ostra', name: 'ostra', kind: 'COMMITTEE', parentId: city.id, sortOrder: 2 },
    });
    await keyIndicator(server.prisma, east.id, 'COST', { unit: 'TKR', unitRollup: 'SUM' }, [
      { month: 4, outcome: 1000 },
    ]);
    const cost = (await tilesOf('stad')).get('COST')!;
    expect(cost).toMatchObject({ rolledUpFrom: [{ code: 'norra' }, { code: 'sodra' }], figures: { outcome: 150 } });
    // April's figure is all three committees'.
    expect(cost.trend.slice(-2)).toEqual([1110, 150]);
  });

  it('costs the same statements for three committees as for ten', async () => {
    const count = async () => {
      server.statements.length = 0;
      await server.query(KEY_INDICATORS, { orgUnitCode: 'stad', upTo: may2023 });
      return server.statements.length;
    };
    const before = await count();
    const city = await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'stad' } });
    for (let index = 0; index < 7; index++) {
      const unit = await server.prisma.orgUnit.create({
        data: { code: `extra-${index}`, name: `Extra ${index}`, kind: 'COMMITTEE', parentId: city.id, sortOrder: 10 },
      });
      await keyIndicator(server.prisma, unit.id, 'COST', { unit: 'TKR', unitRollup: 'SUM' }, [
        { month: 5, outcome: 1 },
      ]);
    }
    expect(await count()).toBe(before);
    expect((await tilesOf('stad')).get('COST')!.figures!.outcome).toBe(157);
  });
});
