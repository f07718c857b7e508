import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';

/**
 * Every page of a unit and the units under it, the month the app opens on, and the units a new
 * portfolio may belong to, each with the least it can select; the Plan page and the goal tree's
 * plan lock among them (the same check inside a write reads the tree in its transaction).
 */
const PAGES_OF_A_SUBTREE = graphql(`
  query UnitsFromTheTreePages($code: String!) {
    viewer {
      holds(role: PLANNER, orgUnitCode: $code)
    }
    latestReportMonth {
      year
    }
    planOfYear(orgUnitCode: $code, year: 2023) {
      lock
    }
    orgUnit(code: $code) {
      planLock(year: 2023)
    }
    portfolioOwningUnits {
      code
    }
    dataEntrySheet(orgUnitCode: $code, period: { year: 2023, month: 5 }) {
      canEdit
    }
    goals(orgUnitCode: $code, year: 2023) {
      id
    }
    indicatorLibrary(filter: { orgUnitCode: $code }) {
      id
    }
    risks(orgUnitCode: $code) {
      id
    }
    portfolios(orgUnitCode: $code) {
      id
    }
    assignments(orgUnitCode: $code, year: 2023) {
      id
    }
    auditReports(orgUnitCode: $code, year: 2023) {
      id
    }
    auditActionOwnerCandidates(orgUnitCode: $code) {
      name
    }
    targetSheet(orgUnitCode: $code, year: 2023, includeSubunits: true) {
      rows {
        indicator {
          id
        }
      }
    }
    reportingDiscipline(orgUnitCode: $code, year: 2023) {
      units {
        orgUnit {
          code
        }
      }
    }
    forecastAccuracy(orgUnitCode: $code, year: 2023) {
      byUnit {
        orgUnit {
          code
        }
      }
    }
  }
`);

describe('the pages of a unit and the units under it', () => {
  let server: GraphqlTestServer;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    await createGoalFixture(server.prisma);
    server.actAs(await server.createUser([{ role: 'PLANNER', orgUnitCode: 'goteborg' }], 'Planerare'));
  });
  afterAll(() => server.stop());

  it('find the unit and its subtree among the units the request read with its org tree', async () => {
    server.statements.length = 0;
    const pages = await server.query(PAGES_OF_A_SUBTREE, { code: 'intraservice' });
    expect(pages.viewer?.holds).toBe(true);
    expect(pages.goals.length).toBeGreaterThan(0);
    expect(pages.reportingDiscipline?.units.map((row) => row.orgUnit.code)).toContain('intraservice');
    // The tree itself, read once when the request began; nothing else reads a unit.
    expect(server.statements.filter((sql) => sql.includes('FROM "public"."OrgUnit"'))).toHaveLength(1);
  });
});
