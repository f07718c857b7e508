import { createPortfolioFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';

const BOARD = graphql(`
  query PortfolioQueriesTest_Board($orgUnitCode: String!, $upTo: MonthInput!) {
    portfolios(orgUnitCode: $orgUnitCode) {
      name
      canEdit
      orgUnit {
        code
      }
      periodStatus(upTo: $upTo) {
        year
        month
        narrative
      }
      projects {
        name
        state
        plannedStart
        plannedEnd
        stateChanges {
          toState
          changedOn
        }
        status(upTo: $upTo) {
          latestStatusUpdate {
            statusDate
            time
            cost
            result
            deviations {
              dimension
              cause
              action
            }
          }
          statusUpdatesSinceColourChange
          noRecentStatusUpdate
        }
      }
    }
  }
`);

const PROJECT = graphql(`
  query PortfolioQueriesTest_Project($id: ID!) {
    project(id: $id) {
      name
      canEdit
      portfolio {
        name
      }
      statusUpdates {
        statusDate
        time
        cost
        result
        deviations {
          dimension
          cause
        }
      }
    }
  }
`);

describe('the portfolio board', () => {
  let server: GraphqlTestServer;
  let fixture: Awaited<ReturnType<typeof createPortfolioFixture>>;
  beforeAll(async () => {
    server = await startGraphqlTestServer();
    fixture = await createPortfolioFixture(server.prisma);
  });
  afterAll(() => server.stop());

  it("lists the unit's portfolios and their projects with each project's latest report up to the month", async () => {
    server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }]));
    const { portfolios } = await server.query(BOARD, {
      orgUnitCode: 'intraservice',
      upTo: { year: 2024, month: 8 },
    });
    expect(portfolios.map((portfolio) => [portfolio.name, portfolio.orgUnit.code, portfolio.canEdit])).toEqual([
      ['Digital infrastruktur', 'digital-infrastruktur', false],
    ]);
    expect(portfolios[0]!.periodStatus).toEqual({
      year: 2024,
      month: 8,
      narrative: 'Portföljens status är överlag god.',
    });
    const [dataWarehouse, project01, telephony] = portfolios[0]!.projects;
    expect(telephony!.status).toEqual({
      latestStatusUpdate: {
        statusDate: '2024-08-31',
        time: 'RED',
        cost: 'GREEN',
        result: 'RED',
        deviations: [
          { dimension: 'TIME', cause: 'Snäv tidplan', action: 'Prioriterat projektet' },
          { dimension: 'RESULT', cause: 'Snäv tidplan', action: 'Förstärkt samarbetet med upphandling' },
        ],
      },
      statusUpdatesSinceColourChange: null,
      noRecentStatusUpdate: false,
    });
    expect(dataWarehouse).toMatchObject({
      state: 'NOT_STARTED',
      status: { latestStatusUpdate: null, noRecentStatusUpdate: false },
    });
    expect(project01!.status.latestStatusUpdate?.statusDate).toBe('2024-08-15');
  });

  it('shows the reports of the month chosen, and a started project silent for longer than the interval as not recently reported', async () => {
    server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }]));
    const may2023 = await server.query(BOARD, { orgUnitCode: 'intraservice', upTo: { year: 2023, month: 5 } });
    const telephonyInMay = may2023.portfolios[0]!.projects.find((project) => project.name.includes('telefoni'))!;
    expect(telephonyInMay.status.latestStatusUpdate).toMatchObject({
      statusDate: '2023-05-31',
      time: 'RED',
      cost: 'RED',
    });
    expect(may2023.portfolios[0]!.periodStatus).toBeNull();

    const december2024 = await server.query(BOARD, {
      orgUnitCode: 'intraservice',
      upTo: { year: 2024, month: 12 },
    });
    const telephonyInDecember = december2024.portfolios[0]!.projects.find((project) =>
      project.name.includes('telefoni'),
    )!;
    expect(telephonyInDecember.status).toMatchObject({
      noRecentStatusUpdate: true,
      latestStatusUpdate: { statusDate: '2024-08-31' },
    });
  });

  it('counts the reports since the overall colour last changed', async () => {
    await server.prisma.projectStatusUpdate.create({
      data: {
        projectId: fixture.telephony.id,
        statusDate: new Date('2024-09-30'),
        time: 'YELLOW',
        cost: 'GREEN',
        result: 'GREEN',
      },
    });
    await server.prisma.projectStatusUpdate.create({
      data: {
        projectId: fixture.telephony.id,
        statusDate: new Date('2024-10-31'),
        time: 'GREEN',
        cost: 'YELLOW',
        result: 'GREEN',
      },
    });
    server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }]));
    const { portfolios } = await server.query(BOARD, {
      orgUnitCode: 'intraservice',
      upTo: { year: 2024, month: 10 },
    });
    const telephony = portfolios[0]!.projects.find((project) => project.name.includes('telefoni'))!;
    expect(telephony.status.statusUpdatesSinceColourChange).toBe(1);
  });

  it("keeps a sibling committee's portfolio and projects out of reach", async () => {
    server.actAs(await server.createUser([{ role: 'PORTFOLIO_OFFICE', orgUnitCode: 'intraservice' }]));
    const { portfolios } = await server.query(BOARD, {
      orgUnitCode: 'goteborg',
      upTo: { year: 2024, month: 8 },
    });
    expect(portfolios.map((portfolio) => [portfolio.name, portfolio.canEdit])).toEqual([
      ['Digital infrastruktur', true],
    ]);
    const { project } = await server.query(PROJECT, { id: String(fixture.otherProject.id) });
    expect(project).toBeNull();
  });

  it("shows a project's whole history, newest first, with the cause of each deviation", async () => {
    server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'digital-infrastruktur' }]));
    const { project } = await server.query(PROJECT, { id: String(fixture.telephony.id) });
    expect(project!.canEdit).toBe(false);
    expect(project!.statusUpdates.map((statusUpdate) => statusUpdate.statusDate)).toEqual([
      '2024-10-31',
      '2024-09-30',
      '2024-08-31',
      '2023-05-31',
    ]);
    expect(project!.statusUpdates[3]!.deviations).toEqual([
      { dimension: 'TIME', cause: 'Projektet saknar resurser' },
      { dimension: 'COST', cause: 'Konsultkostnader ökar' },
    ]);
  });
});

describe('portfolio board cost', () => {
  it('sends the same number of SQL statements for 2 projects as for 12', async () => {
    const statementsFor = async (projectsWithStatusUpdates: number): Promise<number> => {
      const server = await startGraphqlTestServer();
      try {
        await createPortfolioFixture(server.prisma, { projectsWithStatusUpdates });
        server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'goteborg' }]));
        server.statements.length = 0;
        const { portfolios } = await server.query(BOARD, {
          orgUnitCode: 'goteborg',
          upTo: { year: 2024, month: 8 },
        });
        expect(portfolios[0]!.projects).toHaveLength(projectsWithStatusUpdates + 2);
        return server.statements.length;
      } finally {
        await server.stop();
      }
    };
    const few = await statementsFor(2);
    const many = await statementsFor(12);
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(15);
  });
});
