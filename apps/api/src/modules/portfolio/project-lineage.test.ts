import { createPortfolioFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import type { MergeProjectsInput, SplitProjectInput } from '../../testing/generated/graphql';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlError, GraphqlTestServer } from '../../testing/graphql-test-server';

const SPLIT = graphql(`
  mutation ProjectLineageTest_Split($input: SplitProjectInput!) {
    splitProject(input: $input) {
      name
      state
      actualEnd
      stateChanges {
        fromState
        toState
        changedOn
        reason
      }
      successors {
        kind
        occurredOn
        reason
        project {
          name
          state
          owner
          budgetTkr
          portfolio {
            name
          }
        }
        author {
          name
        }
      }
    }
  }
`);
const MERGE = graphql(`
  mutation ProjectLineageTest_Merge($input: MergeProjectsInput!) {
    mergeProjects(input: $input) {
      id
      name
      state
      budgetTkr
      portfolio {
        name
      }
      origins {
        kind
        occurredOn
        project {
          name
          state
        }
      }
    }
  }
`);
const BUDGETS = graphql(`
  query ProjectLineageTest_Budgets {
    portfolios(orgUnitCode: "intraservice") {
      name
      budget {
        budgetTkr
        costToDateTkr
        projectsWithoutBudget
      }
    }
  }
`);
const LINEAGE = graphql(`
  query ProjectLineageTest_Lineage($id: ID!) {
    project(id: $id) {
      name
      origins {
        kind
        occurredOn
        project {
          id
          name
          # The origin's history stays readable from the successor.
          statusUpdates {
            statusDate
          }
          successors {
            project {
              name
            }
          }
        }
      }
    }
  }
`);
const BOARD = graphql(`
  query ProjectLineageTest_Board($month: MonthInput!) {
    portfolios(orgUnitCode: "intraservice") {
      name
      projectsAsOf(month: $month) {
        name
        stateAsOf(month: $month)
        origins {
          project {
            name
          }
        }
        successors {
          project {
            name
          }
        }
      }
    }
  }
`);
const AUDIT_LOG = graphql(`
  query ProjectLineageTest_AuditLog($filter: AuditLogFilter) {
    auditLog(filter: $filter, first: 10) {
      events {
        operation
        entityName
      }
    }
  }
`);

const TELEPHONY = 'Upphandla och införa helhetslösning för telefoni';

const refusal = (errors: readonly GraphqlError[]) => ({
  code: errors[0]!.extensions?.code,
  fieldErrors: errors[0]!.extensions?.fieldErrors,
});

describe('splitting and merging projects, with their lineage', () => {
  let server: GraphqlTestServer;
  let fixture: Awaited<ReturnType<typeof createPortfolioFixture>>;
  let commonServicesId: string;
  let office: Awaited<ReturnType<GraphqlTestServer['createUser']>>;

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
    // Telefoni started at the start of 2023.
    await server.prisma.project.update({
      where: { id: fixture.telephony.id },
      data: { actualStart: new Date('2023-01-10'), owner: 'Olle Ägare' },
    });
    office = await server.createUser([{ role: 'PORTFOLIO_OFFICE', orgUnitCode: 'intraservice' }], 'Petra Portfölj');
  });
  afterAll(() => server.stop());
  beforeEach(() => server.actAs(office));

  const versionOf = async (projectId: number) =>
    (await server.prisma.project.findUniqueOrThrow({ where: { id: projectId } })).version;
  const split = async (changes: Partial<SplitProjectInput> = {}): Promise<SplitProjectInput> => ({
    projectId: String(fixture.telephony.id),
    expectedVersion: await versionOf(fixture.telephony.id),
    splitOn: '2024-09-01',
    reason: 'Två upphandlingar',
    parts: [
      { name: 'Telefoni upphandling', budgetTkr: 4000 },
      { name: 'Telefoni införande', portfolioId: commonServicesId, owner: 'Ines Införare', budgetTkr: 8000 },
    ],
    ...changes,
  });
  const board = async (year: number, month: number) =>
    Object.fromEntries(
      (await server.query(BOARD, { month: { year, month } })).portfolios.map((portfolio) => [
        portfolio.name,
        portfolio.projectsAsOf,
      ]),
    );

  describe('splitProject', () => {
    it('refuses a date before the project started, a taken name, a stale version and a portfolio out of reach, writing nothing', async () => {
      expect(refusal(await server.queryErrors(SPLIT, { input: await split({ splitOn: '2022-12-31' }) }))).toEqual({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ field: 'input.splitOn', message: 'beforeProjectStart' }],
      });
      const taken = await split();
      taken.parts[0]!.name = 'etablera tjänst för data warehouse';
      expect(refusal(await server.queryErrors(SPLIT, { input: taken }))).toEqual({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ field: 'input.parts.0.name', message: 'projectNameTaken' }],
      });
      const elsewhere = await split();
      elsewhere.parts[1]!.portfolioId = String(fixture.otherPortfolio.id);
      expect(refusal(await server.queryErrors(SPLIT, { input: elsewhere }))).toEqual({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ field: 'input.parts.1.portfolioId', message: 'unknownPortfolio' }],
      });
      expect(refusal(await server.queryErrors(SPLIT, { input: await split({ expectedVersion: 99 }) })).code).toBe(
        'CONFLICT',
      );
      expect(await server.prisma.projectLineage.count()).toBe(0);
      expect(await server.prisma.project.count({ where: { name: { startsWith: 'Telefoni ' } } })).toBe(0);
    });

    it('creates the parts naming their origin and closes the origin on the date, audited as one split', async () => {
      const { splitProject } = await server.query(SPLIT, { input: await split() });
      expect(splitProject).toMatchObject({
        name: TELEPHONY,
        state: 'CLOSED',
        actualEnd: '2024-09-01',
        stateChanges: [
          { fromState: 'STARTED', toState: 'CLOSED', changedOn: '2024-09-01', reason: 'Två upphandlingar' },
        ],
      });
      expect(splitProject.successors).toEqual([
        {
          kind: 'SPLIT',
          occurredOn: '2024-09-01',
          reason: 'Två upphandlingar',
          project: {
            name: 'Telefoni upphandling',
            state: 'STARTED',
            owner: 'Olle Ägare',
            budgetTkr: 4000,
            portfolio: { name: 'Digital infrastruktur' },
          },
          author: { name: 'Petra Portfölj' },
        },
        {
          kind: 'SPLIT',
          occurredOn: '2024-09-01',
          reason: 'Två upphandlingar',
          project: {
            name: 'Telefoni införande',
            state: 'STARTED',
            owner: 'Ines Införare',
            budgetTkr: 8000,
            portfolio: { name: 'Gemensamma tjänster' },
          },
          author: { name: 'Petra Portfölj' },
        },
      ]);

      const part = await server.prisma.project.findFirstOrThrow({ where: { name: 'Telefoni införande' } });
      const { project } = await server.query(LINEAGE, { id: String(part.id) });
      expect(project!.origins).toEqual([
        {
          kind: 'SPLIT',
          occurredOn: '2024-09-01',
          project: {
            id: String(fixture.telephony.id),
            name: TELEPHONY,
            statusUpdates: [{ statusDate: '2024-08-31' }, { statusDate: '2023-05-31' }],
            successors: [{ project: { name: 'Telefoni upphandling' } }, { project: { name: 'Telefoni införande' } }],
          },
        },
      ]);

      const administrator = await server.createUser([{ role: 'ADMIN', orgUnitCode: 'goteborg' }]);
      server.actAs(administrator);
      const { events } = (await server.query(AUDIT_LOG, { filter: { entityType: 'ProjectLineage' } })).auditLog;
      expect(events).toEqual([
        {
          operation: 'splitProject',
          entityName: `${TELEPHONY} · 2024-09-01 → Telefoni införande, Telefoni upphandling`,
        },
        {
          operation: 'splitProject',
          entityName: `${TELEPHONY} · 2024-09-01 → Telefoni införande, Telefoni upphandling`,
        },
      ]);
    });

    it('shows the origin before the date and the parts from the date in the views of a period', async () => {
      const august = await board(2024, 8);
      expect(august['Digital infrastruktur']!.map((project) => project.name)).toContain(TELEPHONY);
      expect(august['Digital infrastruktur']!.find((project) => project.name === TELEPHONY)!.stateAsOf).toBe('STARTED');
      expect(august['Digital infrastruktur']!.map((project) => project.name)).not.toContain('Telefoni upphandling');
      expect(august['Gemensamma tjänster']).toEqual([]);

      const september = await board(2024, 9);
      expect(september['Digital infrastruktur']!.find((project) => project.name === TELEPHONY)).toMatchObject({
        stateAsOf: 'CLOSED',
        successors: [{ project: { name: 'Telefoni upphandling' } }, { project: { name: 'Telefoni införande' } }],
      });
      expect(september['Digital infrastruktur']!.find((project) => project.name === 'Telefoni upphandling')).toEqual({
        name: 'Telefoni upphandling',
        stateAsOf: 'STARTED',
        origins: [{ project: { name: TELEPHONY } }],
        successors: [],
      });
      expect(september['Gemensamma tjänster']!.map((project) => project.name)).toEqual(['Telefoni införande']);
    });

    it("counts the origin's budget through its parts only, and its cost to date still", async () => {
      const budgetOf = async (name: string) =>
        (await server.query(BUDGETS)).portfolios.find((portfolio) => portfolio.name === name)!.budget;
      const before = await budgetOf('Digital infrastruktur');
      await server.prisma.project.update({
        where: { id: fixture.telephony.id },
        data: { budgetTkr: 12345, costToDateTkr: 300 },
      });
      const after = await budgetOf('Digital infrastruktur');
      expect(after.budgetTkr).toBe(before.budgetTkr);
      expect(after.projectsWithoutBudget).toBe(before.projectsWithoutBudget);
      expect(after.costToDateTkr).toBe(before.costToDateTkr + 300);
    });

    it('refuses to split a project that has ended', async () => {
      expect(refusal(await server.queryErrors(SPLIT, { input: await split({ splitOn: '2024-10-01' }) }))).toEqual({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ field: 'input.projectId', message: 'projectEnded' }],
      });
    });
  });

  describe('mergeProjects', () => {
    const merge = async (changes: Partial<MergeProjectsInput> = {}): Promise<MergeProjectsInput> => {
      const parts = await server.prisma.project.findMany({
        where: { name: { in: ['Telefoni upphandling', 'Telefoni införande'] } },
        orderBy: { id: 'asc' },
      });
      return {
        sources: parts.map((part) => ({ projectId: String(part.id), expectedVersion: part.version })),
        mergedOn: '2024-11-01',
        reason: 'Samma leverantör',
        name: 'Telefoni',
        portfolioId: String(fixture.portfolio.id),
        ...changes,
      };
    };

    it('refuses a source out of reach and a date before a source began, beside their fields', async () => {
      const withOther = await merge();
      withOther.sources[1] = { projectId: String(fixture.otherProject.id), expectedVersion: 1 };
      expect(refusal(await server.queryErrors(MERGE, { input: withOther }))).toEqual({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ field: 'input.sources.1.projectId', message: 'unknownProject' }],
      });
      expect(refusal(await server.queryErrors(MERGE, { input: await merge({ mergedOn: '2024-08-31' }) }))).toEqual({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ field: 'input.mergedOn', message: 'beforeProjectStart' }],
      });
    });

    it('merges the projects into a new one that names them all, closing them on the date', async () => {
      const { mergeProjects } = await server.query(MERGE, { input: await merge() });
      expect(mergeProjects).toMatchObject({
        name: 'Telefoni',
        state: 'STARTED',
        budgetTkr: 12000,
        portfolio: { name: 'Digital infrastruktur' },
        origins: [
          { kind: 'MERGE', occurredOn: '2024-11-01', project: { name: 'Telefoni upphandling', state: 'CLOSED' } },
          { kind: 'MERGE', occurredOn: '2024-11-01', project: { name: 'Telefoni införande', state: 'CLOSED' } },
        ],
      });
      const october = await board(2024, 10);
      expect(october['Digital infrastruktur']!.map((project) => project.name)).not.toContain('Telefoni');
      const november = await board(2024, 11);
      expect(november['Digital infrastruktur']!.find((project) => project.name === 'Telefoni')!.origins).toHaveLength(
        2,
      );
    });
  });

  it('reads the lineage of a board with the same number of SQL statements for few projects as for many', async () => {
    const statementsOfBoard = async () => {
      server.statements.length = 0;
      await board(2024, 11);
      return server.statements.length;
    };
    const withFew = await statementsOfBoard();
    for (let index = 0; index < 10; index += 1) {
      const origin = await server.prisma.project.create({
        data: { portfolioId: fixture.portfolio.id, name: `Ursprung ${index}`, state: 'CLOSED' },
      });
      const successor = await server.prisma.project.create({
        data: { portfolioId: fixture.portfolio.id, name: `Efterföljare ${index}`, state: 'STARTED' },
      });
      await server.prisma.projectLineage.create({
        data: {
          originId: origin.id,
          successorId: successor.id,
          kind: 'SPLIT',
          occurredOn: new Date('2024-02-01'),
          reason: 'Delat',
        },
      });
    }
    expect((await board(2024, 11))['Digital infrastruktur']!.length).toBeGreaterThan(20);
    expect(await statementsOfBoard()).toBe(withFew);
  });
});
