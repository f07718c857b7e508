import { createPortfolioFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import type { CreateProjectInput } from '../../testing/generated/graphql';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlError, GraphqlTestServer } from '../../testing/graphql-test-server';

const CREATE_PORTFOLIO = graphql(`
  mutation PortfolioAdminTest_CreatePortfolio($input: CreatePortfolioInput!) {
    createPortfolio(input: $input) {
      id
      name
      owner
      statusUpdateIntervalWeeks
      version
      orgUnit {
        code
      }
    }
  }
`);
const UPDATE_PORTFOLIO = graphql(`
  mutation PortfolioAdminTest_UpdatePortfolio($input: UpdatePortfolioInput!) {
    updatePortfolio(input: $input) {
      name
      owner
      statusUpdateIntervalWeeks
      version
    }
  }
`);
const CREATE_PROJECT = graphql(`
  mutation PortfolioAdminTest_CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      id
      name
      owner
      manager
      phase
      state
      plannedStart
      plannedEnd
      budgetTkr
      version
      portfolio {
        name
      }
    }
  }
`);
const CHANGE_PHASE = graphql(`
  mutation PortfolioAdminTest_ChangePhase($input: ProjectPhaseChangeInput!) {
    changeProjectPhase(input: $input) {
      phase
      version
    }
  }
`);
const ADD_STATUS_UPDATE = graphql(`
  mutation PortfolioAdminTest_AddStatusUpdate($input: ProjectStatusUpdateInput!) {
    addProjectStatusUpdate(input: $input) {
      deviations {
        dimension
        action
        actionOwner
        actionDueDate
      }
    }
  }
`);
const SUMMARY = graphql(`
  query PortfolioAdminTest_Summary($orgUnitCode: String!, $upTo: MonthInput!) {
    portfolios(orgUnitCode: $orgUnitCode) {
      name
      budget {
        budgetTkr
        costToDateTkr
        projectsWithoutBudget
      }
      overdueActions(upTo: $upTo) {
        project {
          name
        }
        dimension
        action
        actionOwner
        actionDueDate
      }
    }
  }
`);
const OWNING_UNITS = graphql(`
  query PortfolioAdminTest_OwningUnits {
    portfolioOwningUnits {
      code
    }
  }
`);

const refusal = (errors: readonly GraphqlError[]) => ({
  code: errors[0]!.extensions?.code,
  fieldErrors: errors[0]!.extensions?.fieldErrors,
});

describe('portfolio administration', () => {
  let server: GraphqlTestServer;
  let fixture: Awaited<ReturnType<typeof createPortfolioFixture>>;
  let office: Awaited<ReturnType<GraphqlTestServer['createUser']>>;
  let otherOffice: Awaited<ReturnType<GraphqlTestServer['createUser']>>;
  let viewer: Awaited<ReturnType<GraphqlTestServer['createUser']>>;
  let businessAreaId: string;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    fixture = await createPortfolioFixture(server.prisma);
    businessAreaId = String(fixture.businessArea.id);
    office = await server.createUser([{ role: 'PORTFOLIO_OFFICE', orgUnitCode: 'intraservice' }], 'Petra Portfölj');
    otherOffice = await server.createUser([{ role: 'PORTFOLIO_OFFICE', orgUnitCode: 'kommunstyrelsen' }]);
    viewer = await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }]);
  });
  afterAll(() => server.stop());
  beforeEach(() => server.actAs(office));

  it('creates a portfolio in a unit below the office, last in the unit, audited with its name', async () => {
    const { createPortfolio } = await server.query(CREATE_PORTFOLIO, {
      input: {
        name: ' Digitala tjänster ',
        orgUnitId: businessAreaId,
        owner: 'Ulla Ägare',
        statusUpdateIntervalWeeks: 4,
      },
    });
    expect(createPortfolio).toMatchObject({
      name: 'Digitala tjänster',
      owner: 'Ulla Ägare',
      statusUpdateIntervalWeeks: 4,
      version: 1,
      orgUnit: { code: 'digital-infrastruktur' },
    });
    const events = await server.prisma.auditEvent.findMany({ where: { operation: 'createPortfolio' } });
    expect(events.map((event) => [event.entityType, event.action, event.orgUnitId])).toEqual([
      ['Portfolio', 'CREATE', fixture.businessArea.id],
    ]);
  });

  it('refuses a second portfolio of the same name in the unit, whatever its case', async () => {
    const errors = await server.queryErrors(CREATE_PORTFOLIO, {
      input: { name: 'digital infrastruktur', orgUnitId: businessAreaId, statusUpdateIntervalWeeks: 4 },
    });
    expect(refusal(errors)).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'input.name', message: 'portfolioNameTaken' }],
    });
  });

  it('edits a portfolio from the version the form saw, and refuses a stale form with the current values', async () => {
    const input = {
      id: String(fixture.portfolio.id),
      expectedVersion: 1,
      name: 'Digital infrastruktur och drift',
      owner: 'Ola Ägare',
      statusUpdateIntervalWeeks: 6,
    };
    const { updatePortfolio } = await server.query(UPDATE_PORTFOLIO, { input });
    expect(updatePortfolio).toEqual({
      name: 'Digital infrastruktur och drift',
      owner: 'Ola Ägare',
      statusUpdateIntervalWeeks: 6,
      version: 2,
    });
    const errors = await server.queryErrors(UPDATE_PORTFOLIO, { input: { ...input, name: 'Annat' } });
    expect(errors[0]!.extensions?.code).toBe('CONFLICT');
    expect(JSON.stringify(errors[0]!.extensions)).toContain('Digital infrastruktur och drift');
  });

  it('lets only the portfolio office of the unit or above create and edit', async () => {
    server.actAs(otherOffice);
    const created = await server.queryErrors(CREATE_PORTFOLIO, {
      input: { name: 'Utanför', orgUnitId: businessAreaId, statusUpdateIntervalWeeks: 4 },
    });
    expect(created[0]!.extensions?.code).toBe('NOT_FOUND');
    server.actAs(viewer);
    const project = await server.queryErrors(CREATE_PROJECT, {
      input: { portfolioId: String(fixture.portfolio.id), name: 'Nytt' },
    });
    expect(project[0]!.extensions?.code).toBe('FORBIDDEN');
    const units = await server.query(OWNING_UNITS, {});
    expect(units.portfolioOwningUnits).toEqual([]);
    server.actAs(office);
    const mine = await server.query(OWNING_UNITS, {});
    expect(mine.portfolioOwningUnits.map((unit) => unit.code)).toEqual(
      expect.arrayContaining(['intraservice', 'digital-infrastruktur']),
    );
    expect(mine.portfolioOwningUnits.map((unit) => unit.code)).not.toContain('kommunstyrelsen');
  });

  const newProject = (changes: Partial<CreateProjectInput> = {}): CreateProjectInput => ({
    portfolioId: String(fixture.portfolio.id),
    name: 'Ny e-tjänsteplattform',
    owner: 'Olle Ägare',
    manager: 'Maja Ledare',
    phase: 'INITIATION',
    plannedStart: '2025-01-01',
    plannedEnd: '2025-12-31',
    budgetTkr: 800,
    ...changes,
  });

  it('creates a project, not started, in its phase, and moves it to another phase with a version check', async () => {
    const { createProject } = await server.query(CREATE_PROJECT, { input: newProject() });
    expect(createProject).toMatchObject({
      name: 'Ny e-tjänsteplattform',
      owner: 'Olle Ägare',
      manager: 'Maja Ledare',
      phase: 'INITIATION',
      state: 'NOT_STARTED',
      plannedStart: '2025-01-01',
      plannedEnd: '2025-12-31',
      budgetTkr: 800,
      version: 1,
    });
    const input = { projectId: createProject.id, expectedVersion: 1, phase: 'PLANNING' as const };
    expect((await server.query(CHANGE_PHASE, { input })).changeProjectPhase).toEqual({ phase: 'PLANNING', version: 2 });
    const stale = await server.queryErrors(CHANGE_PHASE, { input: { ...input, phase: 'EXECUTION' } });
    expect(stale[0]!.extensions?.code).toBe('CONFLICT');
    const events = await server.prisma.auditEvent.findMany({
      where: { operation: { in: ['createProject', 'changeProjectPhase'] } },
      orderBy: { id: 'asc' },
    });
    expect(events.map((event) => [event.operation, event.entityType, event.action])).toEqual([
      ['createProject', 'Project', 'CREATE'],
      ['changeProjectPhase', 'Project', 'UPDATE'],
    ]);
  });

  it.each([
    ['an empty name', { name: '  ' }, 'input.name', 'required'],
    ['a phase outside the list', { phase: 'DONE' as never }, 'input.phase', undefined],
    ['an end before its start', { plannedEnd: '2024-12-31' }, 'input.plannedEnd', 'endBeforeStart'],
    ['a negative budget', { budgetTkr: -5 }, 'input.budgetTkr', 'notNegative'],
    ['a date that does not exist', { plannedStart: '2025-02-30' }, 'input.plannedStart', 'invalidDate'],
  ])('refuses a project with %s and writes nothing', async (_case, changes, field, message) => {
    const before = await server.prisma.project.count();
    const errors = await server.queryErrors(CREATE_PROJECT, { input: newProject(changes) });
    expect(errors[0]!.extensions?.code).toBe('BAD_USER_INPUT');
    if (message) expect(refusal(errors).fieldErrors).toEqual([{ field, message }]);
    expect(await server.prisma.project.count()).toBe(before);
  });

  it('keeps an action owner and due date, and lists the action as overdue once its date has passed', async () => {
    const project = await server.prisma.project.create({
      data: { portfolioId: fixture.portfolio.id, name: 'Försenat projekt', state: 'STARTED', budgetTkr: 100 },
    });
    const { addProjectStatusUpdate } = await server.query(ADD_STATUS_UPDATE, {
      input: {
        projectId: String(project.id),
        statusDate: '2024-09-30',
        time: {
          status: 'RED',
          cause: 'Leverantören sen',
          action: 'Vite enligt avtal',
          actionOwner: 'Eva Inköp',
          actionDueDate: '2024-10-15',
        },
        cost: { status: 'GREEN' },
        result: { status: 'GREEN' },
      },
    });
    expect(addProjectStatusUpdate.deviations).toEqual([
      { dimension: 'TIME', action: 'Vite enligt avtal', actionOwner: 'Eva Inköp', actionDueDate: '2024-10-15' },
    ]);
    server.actAs(viewer);
    const inSeptember = await server.query(SUMMARY, {
      orgUnitCode: 'digital-infrastruktur',
      upTo: { year: 2024, month: 9 },
    });
    const inNovember = await server.query(SUMMARY, {
      orgUnitCode: 'digital-infrastruktur',
      upTo: { year: 2024, month: 11 },
    });
    const ours = (result: typeof inSeptember) => result.portfolios.find((p) => p.name.startsWith('Digital infra'))!;
    // The status update is not there yet at the end of August, and the date not passed at the end of September.
    expect(ours(inSeptember).overdueActions).toEqual([]);
    expect(ours(inNovember).overdueActions).toEqual([
      {
        project: { name: 'Försenat projekt' },
        dimension: 'TIME',
        action: 'Vite enligt avtal',
        actionOwner: 'Eva Inköp',
        actionDueDate: '2024-10-15',
      },
    ]);
    const projects = await server.prisma.project.findMany({ where: { portfolioId: fixture.portfolio.id } });
    expect(ours(inNovember).budget).toEqual({
      budgetTkr: projects.reduce((sum, p) => sum + (p.budgetTkr ?? 0), 0),
      costToDateTkr: projects.reduce((sum, p) => sum + (p.costToDateTkr ?? 0), 0),
      projectsWithoutBudget: projects.filter((p) => p.budgetTkr === null).length,
    });
  });

  it('reads the summary of many portfolios in a number of statements that does not grow with them', async () => {
    server.actAs(viewer);
    const count = async () => {
      server.statements.length = 0;
      await server.query(SUMMARY, { orgUnitCode: 'intraservice', upTo: { year: 2024, month: 11 } });
      return server.statements.length;
    };
    const few = await count();
    for (let index = 0; index < 3; index++) {
      await server.prisma.portfolio.create({
        data: {
          orgUnitId: fixture.businessArea.id,
          name: `Extra ${index}`,
          projects: { create: [{ name: `P ${index}`, state: 'STARTED' }] },
        },
      });
    }
    expect(await count()).toBe(few);
  });
});
