import { createPortfolioFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import type { CreateProjectInput } from '../../testing/generated/graphql';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlError, GraphqlTestServer } from '../../testing/graphql-test-server';

const OPTIONS = graphql(`
  query ProjectPeopleTest_Options($orgUnitId: ID!) {
    portfolioPersonOptions(orgUnitId: $orgUnitId) {
      id
      name
    }
  }
`);
const CREATE_PROJECT = graphql(`
  mutation ProjectPeopleTest_CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      id
      owner
      ownerUserId
      manager
      managerUserId
      forecastTkr
      version
    }
  }
`);
const SAVE_DETAILS = graphql(`
  mutation ProjectPeopleTest_SaveDetails($input: ProjectDetailsInput!) {
    updateProjectDetails(input: $input) {
      owner
      ownerUserId
      manager
      managerUserId
      forecastTkr
      version
    }
  }
`);
const PROJECT = graphql(`
  query ProjectPeopleTest_Project($id: ID!) {
    project(id: $id) {
      owner
      ownerUserId
      manager
      managerUserId
    }
  }
`);
const CREATE_PORTFOLIO = graphql(`
  mutation ProjectPeopleTest_CreatePortfolio($input: CreatePortfolioInput!) {
    createPortfolio(input: $input) {
      id
      owner
      ownerUserId
      version
    }
  }
`);
const UPDATE_PORTFOLIO = graphql(`
  mutation ProjectPeopleTest_UpdatePortfolio($input: UpdatePortfolioInput!) {
    updatePortfolio(input: $input) {
      owner
      ownerUserId
    }
  }
`);
const ADD_STATUS_UPDATE = graphql(`
  mutation ProjectPeopleTest_AddStatusUpdate($input: ProjectStatusUpdateInput!) {
    addProjectStatusUpdate(input: $input) {
      deviations {
        dimension
        actionOwner
        actionOwnerUserId
      }
    }
  }
`);
const BUDGET = graphql(`
  query ProjectPeopleTest_Budget($orgUnitCode: String!) {
    portfolios(orgUnitCode: $orgUnitCode) {
      name
      budget {
        budgetTkr
        forecastTkr
        projectsWithoutBudget
        projectsWithoutForecast
      }
    }
  }
`);

const fieldErrorsOf = (errors: readonly GraphqlError[]) => ({
  code: errors[0]!.extensions?.code,
  fieldErrors: errors[0]!.extensions?.fieldErrors,
});

describe('owners and managers as users, and forecasts', () => {
  let server: GraphqlTestServer;
  let fixture: Awaited<ReturnType<typeof createPortfolioFixture>>;
  type User = Awaited<ReturnType<GraphqlTestServer['createUser']>>;
  let office: User;
  let departmentHead: User;
  let cityAnalyst: User;
  let elsewhere: User;
  let viewer: User;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    fixture = await createPortfolioFixture(server.prisma);
    office = await server.createUser([{ role: 'PORTFOLIO_OFFICE', orgUnitCode: 'intraservice' }], 'Petra Portfölj');
    departmentHead = await server.createUser(
      [{ role: 'VIEWER', orgUnitCode: 'digital-infrastruktur' }],
      'Agnes Avdelningschef',
    );
    cityAnalyst = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'goteborg' }], 'Stina Stad');
    elsewhere = await server.createUser([{ role: 'VIEWER', orgUnitCode: 'kommunstyrelsen' }], 'Kalle Kommun');
    viewer = await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }], 'Vilma Visare');
    const inactive = await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }], 'Ivar Inaktiv');
    await server.prisma.user.update({ where: { id: inactive.id }, data: { isActive: false } });
  });
  afterAll(() => server.stop());
  beforeEach(() => server.actAs(office));

  const unitId = () => String(fixture.portfolio.orgUnitId);
  const newProject = (changes: Partial<CreateProjectInput> = {}): CreateProjectInput => ({
    portfolioId: String(fixture.portfolio.id),
    name: 'Ny e-tjänsteplattform',
    ...changes,
  });

  it('offers the active users of the unit, above it and below it, by name, to the portfolio office only', async () => {
    const { portfolioPersonOptions } = await server.query(OPTIONS, { orgUnitId: unitId() });
    expect(portfolioPersonOptions.map((user) => user.name)).toEqual([
      'Agnes Avdelningschef',
      'Petra Portfölj',
      'Stina Stad',
      'Vilma Visare',
    ]);
    server.actAs(viewer);
    expect((await server.queryErrors(OPTIONS, { orgUnitId: unitId() }))[0]!.extensions?.code).toBe('FORBIDDEN');
  });

  it('links a chosen account and names it by the account, keeps a typed name without one, and audits both', async () => {
    const { createProject } = await server.query(CREATE_PROJECT, {
      input: newProject({ ownerUserId: String(departmentHead.id), owner: 'ignored', manager: 'Pelle Projektledare' }),
    });
    expect(createProject).toMatchObject({
      owner: 'Agnes Avdelningschef',
      ownerUserId: String(departmentHead.id),
      manager: 'Pelle Projektledare',
      managerUserId: null,
    });
    const event = await server.prisma.auditEvent.findFirstOrThrow({
      where: { operation: 'createProject', entityId: createProject.id },
    });
    expect(JSON.stringify(event.changes)).toContain(`"ownerUserId"`);
    expect(JSON.stringify(event.changes)).toContain(String(departmentHead.id));
    // The to-do list finds the projects a user answers for by the account.
    const owned = await server.prisma.project.findMany({ where: { ownerUserId: departmentHead.id } });
    expect(owned.map((project) => project.id)).toEqual([Number(createProject.id)]);
    // A renamed account shows its new name wherever the owner shows.
    await server.prisma.user.update({ where: { id: departmentHead.id }, data: { name: 'Agnes Avdelningschef-Ek' } });
    const { project } = await server.query(PROJECT, { id: createProject.id });
    expect(project!.owner).toBe('Agnes Avdelningschef-Ek');
    await server.prisma.user.update({ where: { id: departmentHead.id }, data: { name: 'Agnes Avdelningschef' } });
  });

  it.each([
    ['an account that does not exist', () => '999999'],
    ['an account outside the unit, its parents and its children', () => String(elsewhere.id)],
    ['an inactive account', () => 'inactive'],
  ])('refuses %s as owner or manager with a field error and writes nothing', async (_case, accountId) => {
    const inactive = await server.prisma.user.findFirstOrThrow({ where: { name: 'Ivar Inaktiv' } });
    const id = accountId() === 'inactive' ? String(inactive.id) : accountId();
    const before = await server.prisma.project.count();
    const errors = await server.queryErrors(CREATE_PROJECT, {
      input: newProject({ ownerUserId: id, managerUserId: id }),
    });
    expect(fieldErrorsOf(errors)).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [
        { field: 'input.ownerUserId', message: 'unknownUser' },
        { field: 'input.managerUserId', message: 'unknownUser' },
      ],
    });
    expect(await server.prisma.project.count()).toBe(before);
  });

  it('keeps a linked account that is no longer an option, unlinks it for a typed name, and saves a forecast', async () => {
    const { createProject } = await server.query(CREATE_PROJECT, {
      input: newProject({ name: 'Länkat projekt', managerUserId: String(cityAnalyst.id), forecastTkr: 500 }),
    });
    expect(createProject.forecastTkr).toBe(500);
    // The manager moves on: their account no longer holds a role here, but the project keeps them.
    await server.prisma.roleAssignment.deleteMany({ where: { userId: cityAnalyst.id } });
    const input = {
      id: createProject.id,
      expectedVersion: createProject.version,
      name: 'Länkat projekt',
      portfolioId: String(fixture.portfolio.id),
      managerUserId: String(cityAnalyst.id),
      forecastTkr: 650,
    };
    const { updateProjectDetails: kept } = await server.query(SAVE_DETAILS, { input });
    expect(kept).toMatchObject({ manager: 'Stina Stad', managerUserId: String(cityAnalyst.id), forecastTkr: 650 });
    const { updateProjectDetails: typed } = await server.query(SAVE_DETAILS, {
      input: { ...input, expectedVersion: kept.version, managerUserId: null, manager: 'Stina Stad' },
    });
    expect(typed).toMatchObject({ manager: 'Stina Stad', managerUserId: null });
    // Once unlinked, the account that is no longer an option cannot be chosen again.
    const errors = await server.queryErrors(SAVE_DETAILS, {
      input: { ...input, expectedVersion: typed.version },
    });
    expect(fieldErrorsOf(errors).fieldErrors).toEqual([{ field: 'input.managerUserId', message: 'unknownUser' }]);
    const negative = await server.queryErrors(SAVE_DETAILS, {
      input: { ...input, expectedVersion: typed.version, managerUserId: null, forecastTkr: -1 },
    });
    expect(fieldErrorsOf(negative).fieldErrors).toEqual([{ field: 'input.forecastTkr', message: 'notNegative' }]);
  });

  it('names a portfolio owner by account, checked against the portfolio unit', async () => {
    const { createPortfolio } = await server.query(CREATE_PORTFOLIO, {
      input: {
        name: 'Personportfölj',
        orgUnitId: unitId(),
        ownerUserId: String(departmentHead.id),
        statusUpdateIntervalWeeks: 4,
      },
    });
    expect(createPortfolio).toMatchObject({ owner: 'Agnes Avdelningschef', ownerUserId: String(departmentHead.id) });
    const errors = await server.queryErrors(UPDATE_PORTFOLIO, {
      input: {
        id: createPortfolio.id,
        expectedVersion: createPortfolio.version,
        name: 'Personportfölj',
        ownerUserId: String(elsewhere.id),
        statusUpdateIntervalWeeks: 4,
      },
    });
    expect(fieldErrorsOf(errors).fieldErrors).toEqual([{ field: 'input.ownerUserId', message: 'unknownUser' }]);
    const { updatePortfolio } = await server.query(UPDATE_PORTFOLIO, {
      input: {
        id: createPortfolio.id,
        expectedVersion: createPortfolio.version,
        name: 'Personportfölj',
        owner: 'Ulla Utan Konto',
        statusUpdateIntervalWeeks: 4,
      },
    });
    expect(updatePortfolio).toEqual({ owner: 'Ulla Utan Konto', ownerUserId: null });
  });

  it("names an action's owner by account, and refuses one outside the project's unit on the dimension", async () => {
    const input = {
      projectId: String(fixture.telephony.id),
      statusDate: '2024-09-30',
      time: {
        status: 'RED' as const,
        cause: 'Sen leverans',
        action: 'Eskalera',
        actionOwnerUserId: String(departmentHead.id),
      },
      cost: { status: 'GREEN' as const },
      result: { status: 'YELLOW' as const, cause: 'Oklart', action: 'Utreda', actionOwner: 'Eva Inköp' },
      basedOnStatusUpdateId: String(fixture.latestTelephonyStatusUpdate.id),
    };
    const refused = await server.queryErrors(ADD_STATUS_UPDATE, {
      input: { ...input, time: { ...input.time, actionOwnerUserId: String(elsewhere.id) } },
    });
    expect(fieldErrorsOf(refused).fieldErrors).toEqual([
      { field: 'input.time.actionOwnerUserId', message: 'unknownUser' },
    ]);
    const { addProjectStatusUpdate } = await server.query(ADD_STATUS_UPDATE, { input });
    expect(addProjectStatusUpdate.deviations).toEqual([
      { dimension: 'TIME', actionOwner: 'Agnes Avdelningschef', actionOwnerUserId: String(departmentHead.id) },
      { dimension: 'RESULT', actionOwner: 'Eva Inköp', actionOwnerUserId: null },
    ]);
  });

  it("sums the portfolio's budgets and forecasts, counting the projects without either", async () => {
    server.actAs(viewer);
    const { portfolios } = await server.query(BUDGET, { orgUnitCode: 'digital-infrastruktur' });
    const projects = await server.prisma.project.findMany({ where: { portfolioId: fixture.portfolio.id } });
    expect(portfolios.find((portfolio) => portfolio.name === 'Digital infrastruktur')!.budget).toEqual({
      budgetTkr: 12000,
      forecastTkr: 650,
      projectsWithoutBudget: projects.filter((project) => project.budgetTkr === null).length,
      projectsWithoutForecast: projects.length - 1,
    });
  });
});
