import type { PrismaClient } from '@lagesbild/db';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';

const ECONOMY = graphql(`
  query EconomyRollupTest_Economy($orgUnitCode: String!, $upTo: MonthInput!) {
    economy(orgUnitCode: $orgUnitCode, upTo: $upTo) {
      lines {
        indicator {
          code
        }
        outcomeToDate
        budgetToDate
        fullYearForecast
        fullYearBudget
        previousYearToDate
        status
        rolledUpFrom {
          code
        }
      }
      businessAreaResults {
        orgUnit {
          code
        }
        isTotal
        operationsToDate
        operationsBudgetToDate
        operationsBudget
        developmentToDate
        rolledUpFrom {
          code
        }
      }
    }
  }
`);

const may2023 = { year: 2023, month: 5 };

/**
 * A city of three committees: two keep personnel costs and a result (with figures for May
 * 2023 and the year before), the third keeps the line without a figure of the month.
 */
async function createCity(prisma: PrismaClient) {
  const city = await prisma.orgUnit.create({ data: { code: 'stad', name: 'Staden', kind: 'CITY' } });
  const committee = (code: string, sortOrder: number) =>
    prisma.orgUnit.create({ data: { code, name: code, kind: 'COMMITTEE', parentId: city.id, sortOrder } });
  const financial = (orgUnitId: number, code: string, values: object[]) =>
    prisma.indicator.create({
      data: {
        code,
        name: code,
        orgUnitId,
        unit: 'TKR',
        periodicity: 'MONTH',
        direction: 'LOWER_IS_BETTER',
        cumulative: true,
        kind: 'FINANCIAL',
        values: { create: values as never },
      },
    });
  const month = (year: number, figures: object) => ({ granularity: 'MONTH', year, periodNumber: 5, ...figures });
  const north = await committee('norra', 0);
  await financial(north.id, 'PERSONAL', [
    month(2023, { outcome: 100, periodTarget: 120, fullYearForecast: 300 }),
    month(2022, { outcome: 90 }),
    { granularity: 'YEAR', year: 2023, periodNumber: 1, annualTarget: 320 },
  ]);
  await financial(north.id, 'RESULT_OPERATIONS', [month(2023, { outcome: 10, periodTarget: 4 })]);
  const south = await committee('sodra', 1);
  await financial(south.id, 'PERSONAL', [
    month(2023, { outcome: 50, periodTarget: 40, fullYearForecast: 150, annualTarget: 100 }),
  ]);
  await financial(south.id, 'RESULT_OPERATIONS', [month(2023, { outcome: -3, periodTarget: -1 })]);
  const east = await committee('ostra', 2);
  // East has the line and an outcome of the year, but no budget and nothing for the month.
  await financial(east.id, 'PERSONAL', [{ granularity: 'YEAR', year: 2023, periodNumber: 1, outcome: 5 }]);
  return { city, north, south, east };
}

describe('the economy of a unit without financial lines of its own', () => {
  let server: GraphqlTestServer;
  beforeAll(async () => {
    server = await startGraphqlTestServer();
    await createCity(server.prisma);
  });
  afterAll(() => server.stop());

  it("sums its committees' lines, field by field, over the committees that have figures", async () => {
    server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'stad' }]));
    const { economy } = await server.query(ECONOMY, { orgUnitCode: 'stad', upTo: may2023 });
    expect(economy!.lines).toEqual([
      {
        indicator: { code: 'PERSONAL' },
        outcomeToDate: 150,
        budgetToDate: 160,
        fullYearForecast: 450,
        // North's from the year's plan, south's from the month's annual target.
        fullYearBudget: 420,
        previousYearToDate: 90,
        status: 'GREEN',
        // East has the line but no figure: not in the sum, not named.
        rolledUpFrom: [{ code: 'norra' }, { code: 'sodra' }],
      },
    ]);
  });

  it("gives the city a total result summed from its committees', above their own rows", async () => {
    const { economy } = await server.query(ECONOMY, { orgUnitCode: 'stad', upTo: may2023 });
    expect(economy!.businessAreaResults).toEqual([
      {
        orgUnit: { code: 'stad' },
        isTotal: true,
        operationsToDate: 7,
        operationsBudgetToDate: 3,
        operationsBudget: null,
        developmentToDate: null,
        rolledUpFrom: [{ code: 'norra' }, { code: 'sodra' }],
      },
      expect.objectContaining({ orgUnit: { code: 'norra' }, isTotal: false, operationsToDate: 10, rolledUpFrom: [] }),
      expect.objectContaining({ orgUnit: { code: 'sodra' }, isTotal: false, operationsToDate: -3, rolledUpFrom: [] }),
    ]);
  });

  it("keeps a committee's own lines as they are, marked as its own", async () => {
    const { economy } = await server.query(ECONOMY, { orgUnitCode: 'norra', upTo: may2023 });
    expect(economy!.lines).toEqual([
      expect.objectContaining({ indicator: { code: 'PERSONAL' }, outcomeToDate: 100, rolledUpFrom: [] }),
    ]);
    expect(economy!.businessAreaResults).toEqual([
      expect.objectContaining({ orgUnit: { code: 'norra' }, isTotal: true, operationsToDate: 10, rolledUpFrom: [] }),
    ]);
  });

  it('is empty, with no rolled-up line or row, in a month none of the committees reported', async () => {
    const { economy } = await server.query(ECONOMY, { orgUnitCode: 'stad', upTo: { year: 2019, month: 5 } });
    // No line of empty cells: the page says there are no figures.
    expect(economy!.lines).toEqual([]);
    expect(economy!.businessAreaResults.filter((row) => row.isTotal)).toEqual([]);
  });

  it("is made of the committees the user may read: a reader of one committee gets no sibling's figures", async () => {
    server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'norra' }]));
    const { economy } = await server.query(ECONOMY, { orgUnitCode: 'stad', upTo: may2023 });
    expect(economy!.lines).toEqual([
      expect.objectContaining({ outcomeToDate: 100, fullYearBudget: 320, rolledUpFrom: [{ code: 'norra' }] }),
    ]);
    expect(economy!.businessAreaResults).toEqual([
      expect.objectContaining({ orgUnit: { code: 'stad' }, operationsToDate: 10, rolledUpFrom: [{ code: 'norra' }] }),
      expect.objectContaining({ orgUnit: { code: 'norra' }, operationsToDate: 10 }),
    ]);
  });

  it('costs the same statements for three committees as for ten', async () => {
    server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'stad' }]));
    const count = async () => {
      server.statements.length = 0;
      await server.query(ECONOMY, { orgUnitCode: 'stad', upTo: may2023 });
      return server.statements.length;
    };
    const before = await count();
    const city = await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'stad' } });
    for (let index = 0; index < 7; index++) {
      const unit = await server.prisma.orgUnit.create({
        data: { code: `extra-${index}`, name: `Extra ${index}`, kind: 'COMMITTEE', parentId: city.id, sortOrder: 10 },
      });
      await server.prisma.indicator.create({
        data: {
          code: 'PERSONAL',
          name: 'PERSONAL',
          orgUnitId: unit.id,
          unit: 'TKR',
          periodicity: 'MONTH',
          direction: 'LOWER_IS_BETTER',
          kind: 'FINANCIAL',
          values: { create: { granularity: 'MONTH', year: 2023, periodNumber: 5, outcome: 1 } },
        },
      });
    }
    expect(await count()).toBe(before);
    const { economy } = await server.query(ECONOMY, { orgUnitCode: 'stad', upTo: may2023 });
    expect(economy!.lines[0]!.outcomeToDate).toBe(157);
  });
});
