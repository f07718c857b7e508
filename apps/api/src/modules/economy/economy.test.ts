import { DEMO_USERS } from '@lagesbild/db';
import { prepareDatabase } from '@lagesbild/db/prepare';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';

const ECONOMY = graphql(`
  query EconomyTest_Economy($orgUnitCode: String!, $upTo: MonthInput!) {
    economy(orgUnitCode: $orgUnitCode, upTo: $upTo) {
      orgUnit {
        code
      }
      lines {
        indicator {
          name
        }
        outcomeToDate
        budgetToDate
        deviationToDate
        fullYearForecast
        fullYearBudget
        previousYearToDate
        status
      }
      businessAreaResults {
        orgUnit {
          name
        }
        isTotal
        operationsToDate
        operationsBudgetToDate
        operationsForecast
        operationsBudget
        developmentToDate
        developmentBudgetToDate
        developmentForecast
        developmentBudget
      }
    }
  }
`);

/** The May 2023 financial table and result per business area of source 000, from the demo data. */
describe('the economy of a unit', () => {
  let server: GraphqlTestServer;
  const may2023 = { year: 2023, month: 5 };

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    await prepareDatabase(server.database, { seedDemoDataIfEmpty: true });
    const viewer = await server.prisma.user.findUniqueOrThrow({
      where: { email: DEMO_USERS[0]!.email },
      include: { roles: { select: { role: true, orgUnitId: true } } },
    });
    server.actAs(viewer);
  });
  afterAll(() => server.stop());

  it('gives the financial lines with outcome, budget and deviation to date, forecast and budget for the year', async () => {
    const { economy } = await server.query(ECONOMY, { orgUnitCode: 'intraservice', upTo: may2023 });
    const personnel = economy!.lines.find((line) => line.indicator.name === 'Personalkostnader');
    expect(personnel).toMatchObject({
      outcomeToDate: 225712,
      budgetToDate: 260323,
      deviationToDate: 225712 - 260323,
      fullYearForecast: 523792,
      fullYearBudget: 597395,
      previousYearToDate: 226154,
      status: 'GREEN',
    });
    expect(economy!.lines.map((line) => line.indicator.name)).toContain('Verksamhetens resultat');
  });

  it('shows a result better than its budget as green, though the budget is a deficit and the result a surplus', async () => {
    const { economy } = await server.query(ECONOMY, { orgUnitCode: 'intraservice', upTo: may2023 });
    const result = economy!.lines.find((line) => line.indicator.name === 'Verksamhetens resultat');
    // 000 §1: a surplus of 12,5 mkr, 25,4 mkr better than the budget to date.
    expect(result).toMatchObject({ outcomeToDate: 12490, status: 'GREEN' });
    expect(result!.deviationToDate).toBeGreaterThan(25000);
  });

  it('gives the result per business area, with the unit as the total', async () => {
    const { economy } = await server.query(ECONOMY, { orgUnitCode: 'intraservice', upTo: may2023 });
    const rows = economy!.businessAreaResults;
    expect(rows[0]).toMatchObject({
      isTotal: true,
      operationsToDate: 17051,
      operationsForecast: 4000,
      developmentToDate: -4560,
      developmentForecast: -4000,
    });
    // 000 §2.4: 28,5 mnkr better than budget for operations, 3,1 mnkr worse for development,
    // against a result budget of −12 903 tkr to date and 0 for the year.
    expect(rows[0]).toMatchObject({
      operationsBudgetToDate: 17051 - 28500,
      operationsBudget: 0,
      developmentBudgetToDate: -4560 + 3106,
      developmentBudget: 0,
    });
    expect(rows[0]!.operationsBudgetToDate! + rows[0]!.developmentBudgetToDate!).toBe(-12903);
    expect(rows.find((row) => row.orgUnit.name === 'Digital infrastruktur')).toMatchObject({
      isTotal: false,
      operationsToDate: 10534,
      operationsForecast: 211,
      developmentToDate: 1432,
    });
  });

  it('is empty, not an error, for a unit without financial figures in the month', async () => {
    const { economy } = await server.query(ECONOMY, {
      orgUnitCode: 'intraservice',
      upTo: { year: 2019, month: 1 },
    });
    expect(economy!.lines.every((line) => line.outcomeToDate === null && line.status === 'NOT_ASSESSED')).toBe(true);
  });

  it("answers null for an unknown unit and for a unit outside the viewer's scope", async () => {
    for (const orgUnitCode of ['ingen-sadan-enhet', 'kommunstyrelsen']) {
      expect(await server.query(ECONOMY, { orgUnitCode, upTo: may2023 })).toEqual({ economy: null });
    }
  });
});
