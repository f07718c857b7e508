import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';

describe('the organisation', () => {
  let server: GraphqlTestServer;
  beforeAll(async () => {
    server = await startGraphqlTestServer();
    await createGoalFixture(server.prisma);
    server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'goteborg' }]));
  });
  afterAll(() => server.stop());

  it('lists org units parents first, with their place in the tree', async () => {
    const data = await server.query(
      graphql(`
        query OrganisationTest_Units {
          orgUnits {
            code
            kind
            parent {
              code
            }
          }
        }
      `),
    );
    expect(data.orgUnits).toEqual([
      { code: 'goteborg', kind: 'CITY', parent: null },
      { code: 'intraservice', kind: 'COMMITTEE', parent: { code: 'goteborg' } },
      { code: 'digital-infrastruktur', kind: 'BUSINESS_AREA', parent: { code: 'intraservice' } },
      { code: 'kommunstyrelsen', kind: 'COMMITTEE', parent: { code: 'goteborg' } },
    ]);
  });

  it('finds a unit by code with its children, and answers null for an unknown code', async () => {
    const data = await server.query(
      graphql(`
        query OrganisationTest_Unit {
          found: orgUnit(code: "intraservice") {
            name
            children {
              name
            }
          }
          missing: orgUnit(code: "nope") {
            name
          }
        }
      `),
    );
    expect(data).toEqual({
      found: { name: 'Intraservice', children: [{ name: 'Digital infrastruktur' }] },
      missing: null,
    });
  });

  it('lists the perspectives in display order', async () => {
    const data = await server.query(
      graphql(`
        query OrganisationTest_Perspectives {
          perspectives {
            name
          }
        }
      `),
    );
    expect(data).toEqual({ perspectives: [{ name: 'Medarbetare' }] });
  });

  it('tells the latest month with a real monthly outcome', async () => {
    const data = await server.query(
      graphql(`
        query OrganisationTest_LatestReportMonth {
          latestReportMonth {
            year
            month
          }
        }
      `),
    );
    expect(data).toEqual({
      latestReportMonth: { year: 2023, month: 5 },
    });
  });
});
