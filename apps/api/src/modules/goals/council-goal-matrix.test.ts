import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';

// What the council goals by committee (Mål och indikatorer at the city) read: each council
// goal with the committee goals serving it, their units and their assessments in the period.
const MATRIX = graphql(`
  query CouncilGoalMatrixTest_Goals($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {
    goals(orgUnitCode: $orgUnitCode, year: $year) {
      title
      level
      children {
        title
        orgUnit {
          code
        }
        assessment(upTo: $upTo) {
          fulfilment
        }
      }
    }
  }
`);

const may2023 = { orgUnitCode: 'goteborg', year: 2023, upTo: { year: 2023, month: 5 } };

describe("the city's council goals by committee", () => {
  let server: GraphqlTestServer;
  beforeAll(async () => {
    server = await startGraphqlTestServer();
    await createGoalFixture(server.prisma, { committeeGoals: 2 });
  });
  afterAll(() => server.stop());

  const councilGoalOf = async () => {
    const { goals } = await server.query(MATRIX, may2023);
    return goals.find((goal) => goal.level === 'COUNCIL')!;
  };

  it("gives each committee's goals serving a council goal with their assessment, unassessed ones without", async () => {
    server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'goteborg' }]));
    expect((await councilGoalOf()).children).toEqual([
      { title: 'Stadsledningskontorets mål', orgUnit: { code: 'kommunstyrelsen' }, assessment: null },
      { title: 'Nämndmål 1', orgUnit: { code: 'intraservice' }, assessment: { fulfilment: 'PARTLY_FULFILLED' } },
      { title: 'Nämndmål 2', orgUnit: { code: 'intraservice' }, assessment: { fulfilment: 'PARTLY_FULFILLED' } },
    ]);
  });

  it("gives a reader of one committee the council goal with its own committee's column only, no sibling's", async () => {
    server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }]));
    const councilGoal = await councilGoalOf();
    expect(councilGoal.title).toBe('Sjukskrivningarna till följd av arbetsrelaterad ohälsa ska minska.');
    expect(councilGoal.children.map((goal) => goal.orgUnit.code)).toEqual(['intraservice', 'intraservice']);
  });
});
