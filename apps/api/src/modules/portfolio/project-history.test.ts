import { createPortfolioFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import type { ProjectMoveInput } from '../../testing/generated/graphql';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlError, GraphqlTestServer } from '../../testing/graphql-test-server';

const MOVE = graphql(`
  mutation ProjectHistoryTest_Move($input: ProjectMoveInput!) {
    moveProject(input: $input) {
      version
      portfolio {
        name
      }
      moves {
        fromPortfolio {
          name
        }
        toPortfolio {
          name
        }
        movedOn
        reason
        author {
          name
        }
      }
    }
  }
`);
const CLOSE = graphql(`
  mutation ProjectHistoryTest_Close($input: ProjectStateChangeInput!) {
    changeProjectState(input: $input) {
      state
      version
    }
  }
`);
const PROJECT_AS_OF = graphql(`
  query ProjectHistoryTest_Project($id: ID!, $month: MonthInput!) {
    project(id: $id) {
      state
      stateAsOf(month: $month)
      portfolio {
        name
      }
      portfolioAsOf(month: $month) {
        name
      }
      status(upTo: $month) {
        latestStatusUpdate {
          statusDate
        }
      }
    }
  }
`);
const BOARD = graphql(`
  query ProjectHistoryTest_Board($month: MonthInput!) {
    portfolios(orgUnitCode: "intraservice") {
      name
      projectsAsOf(month: $month) {
        name
        stateAsOf(month: $month)
        portfolioAsOf(month: $month) {
          name
        }
        status(upTo: $month) {
          latestStatusUpdate {
            statusDate
            time
          }
          noRecentStatusUpdate
        }
      }
    }
  }
`);
const OVERVIEW = graphql(`
  query ProjectHistoryTest_Overview($upTo: MonthInput!) {
    overview(orgUnitCode: "intraservice", upTo: $upTo) {
      redProjects {
        name
        portfolioName
      }
      changes {
        kind
        name
      }
    }
  }
`);
const AUDIT_LOG = graphql(`
  query ProjectHistoryTest_AuditLog($filter: AuditLogFilter) {
    auditLog(filter: $filter, first: 5) {
      events {
        action
        entityType
        entityName
        changes {
          field
          newName
        }
      }
    }
  }
`);

const CREATE_REPORT = graphql(`
  mutation ProjectHistoryTest_CreateReport($input: CreateReportInput!) {
    createReport(input: $input) {
      id
    }
  }
`);
const REPORT = graphql(`
  query ProjectHistoryTest_Report($id: ID!) {
    report(id: $id) {
      content {
        sections {
          kind
          portfolios {
            name
          }
          deviatingProjects {
            name
            portfolioName
            state
          }
        }
      }
    }
  }
`);

const TELEPHONY = 'Upphandla och införa helhetslösning för telefoni';

const refusal = (errors: readonly GraphqlError[]) => ({
  code: errors[0]!.extensions?.code,
  fieldErrors: errors[0]!.extensions?.fieldErrors,
});

describe("a project's moves and the views of a period", () => {
  let server: GraphqlTestServer;
  let fixture: Awaited<ReturnType<typeof createPortfolioFixture>>;
  let commonServicesId: string;
  let office: Awaited<ReturnType<GraphqlTestServer['createUser']>>;
  let administrator: Awaited<ReturnType<GraphqlTestServer['createUser']>>;
  let analyst: Awaited<ReturnType<GraphqlTestServer['createUser']>>;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    fixture = await createPortfolioFixture(server.prisma, { projectsWithStatusUpdates: 2 });
    commonServicesId = String(
      (
        await server.prisma.portfolio.create({
          data: { orgUnitId: fixture.committee.id, name: 'Gemensamma tjänster', sortOrder: 1 },
        })
      ).id,
    );
    office = await server.createUser([{ role: 'PORTFOLIO_OFFICE', orgUnitCode: 'intraservice' }], 'Petra Portfölj');
    administrator = await server.createUser([{ role: 'ADMIN', orgUnitCode: 'goteborg' }], 'Ada Administratör');
    analyst = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }], 'Anna Analytiker');
  });
  afterAll(() => server.stop());
  beforeEach(() => server.actAs(office));

  const versionOf = async (projectId: number) =>
    (await server.prisma.project.findUniqueOrThrow({ where: { id: projectId } })).version;
  const move = async (changes: Partial<ProjectMoveInput> = {}): Promise<ProjectMoveInput> => ({
    projectId: String(fixture.telephony.id),
    expectedVersion: await versionOf(fixture.telephony.id),
    toPortfolioId: commonServicesId,
    movedOn: '2024-01-15',
    reason: 'Telefonin blir en gemensam tjänst',
    ...changes,
  });
  const projectIn = async (year: number, month: number) =>
    (await server.query(PROJECT_AS_OF, { id: String(fixture.telephony.id), month: { year, month } })).project!;
  const board = async (year: number, month: number) =>
    Object.fromEntries(
      (await server.query(BOARD, { month: { year, month } })).portfolios.map((portfolio) => [
        portfolio.name,
        portfolio.projectsAsOf,
      ]),
    );
  const redProjects = async (year: number, month: number) =>
    (await server.query(OVERVIEW, { upTo: { year, month } })).overview!.redProjects;

  describe('moveProject', () => {
    it('refuses the portfolio the project is in, a stale version, and a date before its latest move', async () => {
      expect(
        refusal(await server.queryErrors(MOVE, { input: await move({ toPortfolioId: String(fixture.portfolio.id) }) })),
      ).toEqual({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'input.toPortfolioId', message: 'samePortfolio' }] });
      expect(refusal(await server.queryErrors(MOVE, { input: await move({ expectedVersion: 99 }) })).code).toBe(
        'CONFLICT',
      );
      expect(
        refusal(
          await server.queryErrors(MOVE, {
            input: await move({ toPortfolioId: String(fixture.otherPortfolio.id) }),
          }),
        ),
      ).toEqual({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ field: 'input.toPortfolioId', message: 'unknownPortfolio' }],
      });
      expect(await server.prisma.projectMove.count()).toBe(0);
    });

    it('moves the project on its date, records the move with its reason and author, and audits it naming both portfolios', async () => {
      const before = await versionOf(fixture.telephony.id);
      const { moveProject } = await server.query(MOVE, { input: await move() });
      expect(moveProject).toEqual({
        version: before + 1,
        portfolio: { name: 'Gemensamma tjänster' },
        moves: [
          {
            fromPortfolio: { name: 'Digital infrastruktur' },
            toPortfolio: { name: 'Gemensamma tjänster' },
            movedOn: '2024-01-15',
            reason: 'Telefonin blir en gemensam tjänst',
            author: { name: 'Petra Portfölj' },
          },
        ],
      });

      server.actAs(administrator);
      const [event] = (await server.query(AUDIT_LOG, { filter: { entityType: 'ProjectMove' } })).auditLog.events;
      expect(event).toMatchObject({
        action: 'CREATE',
        entityName: `${TELEPHONY} · 2024-01-15 Digital infrastruktur → Gemensamma tjänster`,
      });
      expect(event!.changes).toEqual(
        expect.arrayContaining([
          { field: 'fromPortfolioId', newName: 'Digital infrastruktur' },
          { field: 'toPortfolioId', newName: 'Gemensamma tjänster' },
        ]),
      );
      server.actAs(office);

      expect(
        refusal(
          await server.queryErrors(MOVE, {
            input: await move({ toPortfolioId: String(fixture.portfolio.id), movedOn: '2023-12-31' }),
          }),
        ),
      ).toEqual({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'input.movedOn', message: 'beforeLatestMove' }] });
    });
  });

  describe('after the move (2024-01-15) and the closing (2024-09-10)', () => {
    beforeAll(async () => {
      server.actAs(office);
      await server.query(CLOSE, {
        input: {
          projectId: String(fixture.telephony.id),
          expectedVersion: await versionOf(fixture.telephony.id),
          action: 'CLOSE',
          reason: 'Levererat',
          changedOn: '2024-09-10',
        },
      });
    });

    it.each([
      { period: 'May 2023, before both', year: 2023, month: 5, state: 'STARTED', portfolio: 'Digital infrastruktur' },
      {
        period: 'January 2024, after the move',
        year: 2024,
        month: 1,
        state: 'STARTED',
        portfolio: 'Gemensamma tjänster',
      },
      {
        period: 'December 2023, before the move',
        year: 2023,
        month: 12,
        state: 'STARTED',
        portfolio: 'Digital infrastruktur',
      },
      {
        period: 'August 2024, before the closing',
        year: 2024,
        month: 8,
        state: 'STARTED',
        portfolio: 'Gemensamma tjänster',
      },
      {
        period: 'September 2024, after the closing',
        year: 2024,
        month: 9,
        state: 'CLOSED',
        portfolio: 'Gemensamma tjänster',
      },
    ])('the project page of $period shows it as it stood then', async ({ year, month, state, portfolio }) => {
      const project = await projectIn(year, month);
      expect(project).toMatchObject({ state: 'CLOSED', portfolio: { name: 'Gemensamma tjänster' } });
      expect(project.stateAsOf).toBe(state);
      expect(project.portfolioAsOf.name).toBe(portfolio);
    });

    it('places the project on the board of each period in the portfolio it belonged to then', async () => {
      const may2023 = await board(2023, 5);
      expect(may2023['Digital infrastruktur']!.map((project) => project.name)).toContain(TELEPHONY);
      expect(may2023['Gemensamma tjänster']).toEqual([]);
      expect(may2023['Digital infrastruktur']!.find((project) => project.name === TELEPHONY)).toMatchObject({
        stateAsOf: 'STARTED',
        portfolioAsOf: { name: 'Digital infrastruktur' },
        status: { latestStatusUpdate: { statusDate: '2023-05-31', time: 'RED' } },
      });

      const september2024 = await board(2024, 9);
      expect(september2024['Digital infrastruktur']!.map((project) => project.name)).not.toContain(TELEPHONY);
      expect(september2024['Gemensamma tjänster']).toEqual([
        expect.objectContaining({
          name: TELEPHONY,
          stateAsOf: 'CLOSED',
          // Closed: a project that is done is not waiting for a status update.
          status: { latestStatusUpdate: { statusDate: '2024-08-31', time: 'RED' }, noRecentStatusUpdate: false },
        }),
      ]);
    });

    it('lists the project under red projects in the portfolio of the period, and not once it is closed', async () => {
      expect(await redProjects(2023, 5)).toEqual([{ name: TELEPHONY, portfolioName: 'Digital infrastruktur' }]);
      expect(await redProjects(2024, 2)).toEqual([{ name: TELEPHONY, portfolioName: 'Gemensamma tjänster' }]);
      expect(await redProjects(2024, 8)).toEqual([{ name: TELEPHONY, portfolioName: 'Gemensamma tjänster' }]);
      expect(await redProjects(2024, 9)).toEqual([]);
      const changes = (await server.query(OVERVIEW, { upTo: { year: 2024, month: 9 } })).overview!.changes;
      expect(changes.filter((change) => change.kind === 'PROJECT').map((change) => change.name)).not.toContain(
        TELEPHONY,
      );
    });

    it("lists the project in the report's portfolio section as it stood at the report's month", async () => {
      server.actAs(analyst);
      const deviatingIn = async (year: number, month: number) => {
        const { createReport } = await server.query(CREATE_REPORT, {
          input: { orgUnitId: String(fixture.committee.id), type: 'MONTHLY', period: { year, month } },
        });
        const { report } = await server.query(REPORT, { id: createReport.id });
        return report!.content.sections.find((section) => section.kind === 'PORTFOLIO')!.deviatingProjects;
      };
      expect(await deviatingIn(2023, 12)).toEqual([
        { name: TELEPHONY, portfolioName: 'Digital infrastruktur', state: 'STARTED' },
      ]);
      expect(await deviatingIn(2024, 2)).toEqual([
        { name: TELEPHONY, portfolioName: 'Gemensamma tjänster', state: 'STARTED' },
      ]);
      // Closed by the end of September: it deviates no more.
      expect(await deviatingIn(2024, 9)).toEqual([]);
    });

    it('reads the board with the same number of SQL statements for 2 projects as for 20', async () => {
      const statementsOfBoard = async () => {
        server.statements.length = 0;
        await board(2024, 8);
        return server.statements.length;
      };
      const withFew = await statementsOfBoard();
      for (let index = 0; index < 18; index += 1) {
        await server.prisma.project.create({
          data: {
            portfolioId: fixture.portfolio.id,
            name: `Fler projekt ${index}`,
            state: 'STARTED',
            statusUpdates: {
              create: { statusDate: new Date('2024-08-01'), time: 'GREEN', cost: 'GREEN', result: 'GREEN' },
            },
            stateChanges: { create: { toState: 'STARTED', reason: 'Startat', changedOn: new Date('2024-02-01') } },
            moves: {
              create: {
                fromPortfolioId: Number(commonServicesId),
                toPortfolioId: fixture.portfolio.id,
                movedOn: new Date('2024-03-01'),
                reason: 'Flyttat',
              },
            },
          },
        });
      }
      const boardNow = await board(2024, 8);
      expect(boardNow['Digital infrastruktur']!.length).toBeGreaterThanOrEqual(20);
      expect(await statementsOfBoard()).toBe(withFew);
    });
  });
});
