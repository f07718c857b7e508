import { createPortfolioFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import type {
  PortfolioPeriodStatusInput,
  ProjectDetailsInput,
  ProjectStateChangeInput,
  ProjectStatusUpdateInput,
} from '../../testing/generated/graphql';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlError, GraphqlTestServer } from '../../testing/graphql-test-server';

const ADD_REPORT = graphql(`
  mutation PortfolioMutationsTest_AddReport($input: ProjectStatusUpdateInput!) {
    addProjectStatusUpdate(input: $input) {
      id
      statusDate
      time
      cost
      result
      comment
      deviations {
        dimension
        cause
        action
      }
      author {
        name
      }
    }
  }
`);
const UPDATE_DETAILS = graphql(`
  mutation PortfolioMutationsTest_UpdateDetails($input: ProjectDetailsInput!) {
    updateProjectDetails(input: $input) {
      name
      owner
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
const CHANGE_STATE = graphql(`
  mutation PortfolioMutationsTest_ChangeState($input: ProjectStateChangeInput!) {
    changeProjectState(input: $input) {
      state
      pausedUntil
      actualStart
      version
      stateChanges {
        fromState
        toState
        reason
        changedOn
        author {
          name
        }
      }
    }
  }
`);
const SAVE_PERIOD_STATUS = graphql(`
  mutation PortfolioMutationsTest_SavePeriodStatus($input: PortfolioPeriodStatusInput!) {
    savePortfolioPeriodStatus(input: $input) {
      year
      month
      narrative
      changes
      version
    }
  }
`);
const OVERVIEW_PROJECTS = graphql(`
  query PortfolioMutationsTest_OverviewProjects($upTo: MonthInput!) {
    overview(orgUnitCode: "intraservice", upTo: $upTo) {
      redProjects {
        name
      }
      changes {
        kind
        name
        previous
        current
      }
    }
  }
`);

const UNUSED_ID = '999999';
const green = { status: 'GREEN' } as const;

/** The first error's code and field errors: what a refusal is about. */
const refusal = (errors: readonly GraphqlError[]) => ({
  code: errors[0]!.extensions?.code,
  fieldErrors: errors[0]!.extensions?.fieldErrors,
});

describe('portfolio mutations', () => {
  let server: GraphqlTestServer;
  let fixture: Awaited<ReturnType<typeof createPortfolioFixture>>;
  let office: Awaited<ReturnType<GraphqlTestServer['createUser']>>;
  let viewer: Awaited<ReturnType<GraphqlTestServer['createUser']>>;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    fixture = await createPortfolioFixture(server.prisma);
    office = await server.createUser([{ role: 'PORTFOLIO_OFFICE', orgUnitCode: 'intraservice' }], 'Petra Portfölj');
    viewer = await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }]);
  });
  afterAll(() => server.stop());
  beforeEach(() => server.actAs(office));

  /** The project's current version, as a form opened now would hold it. */
  const versionOf = async (projectId: number) =>
    (await server.prisma.project.findUniqueOrThrow({ where: { id: projectId } })).version;
  const latestFiledReportId = async (projectId: number) =>
    (await server.prisma.projectStatusUpdate.findFirst({ where: { projectId }, orderBy: { id: 'desc' } }))?.id ?? null;

  describe('addProjectStatusUpdate', () => {
    const report = async (changes: Partial<ProjectStatusUpdateInput> = {}): Promise<ProjectStatusUpdateInput> => ({
      projectId: String(fixture.telephony.id),
      statusDate: '2024-09-30',
      time: { status: 'RED', cause: 'Upphandlingen överprövad', action: 'Nytt tidplansförslag till styrgruppen' },
      cost: green,
      result: { status: 'YELLOW', cause: 'Kravbilden ändrad', action: 'Referensgruppen prioriterar om' },
      comment: 'Septemberrapport',
      basedOnStatusUpdateId: String(await latestFiledReportId(fixture.telephony.id)),
      ...changes,
    });

    it('appends the report with the cause and action of each yellow or red dimension, audited in one transaction', async () => {
      const before = await server.prisma.projectStatusUpdate.count({ where: { projectId: fixture.telephony.id } });
      const { addProjectStatusUpdate } = await server.query(ADD_REPORT, {
        input: await report(),
      });
      expect(addProjectStatusUpdate).toMatchObject({
        statusDate: '2024-09-30',
        time: 'RED',
        cost: 'GREEN',
        result: 'YELLOW',
        comment: 'Septemberrapport',
        author: { name: 'Petra Portfölj' },
        deviations: [
          { dimension: 'TIME', cause: 'Upphandlingen överprövad', action: 'Nytt tidplansförslag till styrgruppen' },
          { dimension: 'RESULT', cause: 'Kravbilden ändrad', action: 'Referensgruppen prioriterar om' },
        ],
      });
      expect(await server.prisma.projectStatusUpdate.count({ where: { projectId: fixture.telephony.id } })).toBe(
        before + 1,
      );
      const events = await server.prisma.auditEvent.findMany({ where: { operation: 'addProjectStatusUpdate' } });
      expect(events.map((event) => [event.entityType, event.action, event.orgUnitId])).toEqual([
        ['ProjectStatusUpdate', 'CREATE', fixture.businessArea.id],
        ['StatusDeviation', 'CREATE', fixture.businessArea.id],
        ['StatusDeviation', 'CREATE', fixture.businessArea.id],
      ]);
    });

    it('shows at once in the overview: a project turning red is listed as red and as changed', async () => {
      const dataWarehouse = fixture.notStarted.id;
      await server.query(ADD_REPORT, {
        input: await report({
          projectId: String(dataWarehouse),
          statusDate: '2024-10-15',
          time: green,
          cost: { status: 'RED', cause: 'Licenserna dyrare', action: 'Omförhandlar avtalet' },
          result: green,
          basedOnStatusUpdateId: null,
        }),
      });
      server.actAs(viewer);
      const { overview } = await server.query(OVERVIEW_PROJECTS, { upTo: { year: 2024, month: 10 } });
      expect(overview!.redProjects.map((project) => project.name)).toContain('Etablera tjänst för Data Warehouse');
      expect(overview!.changes).toContainEqual(
        expect.objectContaining({
          name: 'Etablera tjänst för Data Warehouse',
          previous: 'NOT_ASSESSED',
          current: 'RED',
        }),
      );
    });

    it('refuses red and yellow without cause and action, next to each field, and writes nothing', async () => {
      const before = await server.prisma.projectStatusUpdate.count();
      const errors = await server.queryErrors(ADD_REPORT, {
        input: await report({ time: { status: 'RED' }, result: { status: 'YELLOW', cause: 'Kravbilden ändrad' } }),
      });
      expect(refusal(errors)).toEqual({
        code: 'BAD_USER_INPUT',
        fieldErrors: [
          { field: 'input.time.cause', message: 'causeRequired' },
          { field: 'input.time.action', message: 'actionRequired' },
          { field: 'input.result.action', message: 'actionRequired' },
        ],
      });
      expect(await server.prisma.projectStatusUpdate.count()).toBe(before);
    });

    it('refuses a report date that does not exist or lies ahead', async () => {
      for (const [statusDate, message] of [
        ['2024-02-30', 'invalidDate'],
        ['2099-01-01', 'dateInFuture'],
      ]) {
        const errors = await server.queryErrors(ADD_REPORT, { input: await report({ statusDate }) });
        expect(refusal(errors)).toEqual({
          code: 'BAD_USER_INPUT',
          fieldErrors: [{ field: 'input.statusDate', message }],
        });
      }
    });

    it('answers an unknown project as not found, and a viewer as not allowed', async () => {
      expect(
        refusal(await server.queryErrors(ADD_REPORT, { input: await report({ projectId: UNUSED_ID }) })).code,
      ).toBe('NOT_FOUND');
      server.actAs(viewer);
      expect(refusal(await server.queryErrors(ADD_REPORT, { input: await report() })).code).toBe('FORBIDDEN');
    });

    it('refuses a report from a form opened before the latest report was filed, handing back that report', async () => {
      const latest = await server.prisma.projectStatusUpdate.findFirstOrThrow({
        where: { projectId: fixture.telephony.id },
        orderBy: { id: 'desc' },
      });
      const errors = await server.queryErrors(ADD_REPORT, {
        input: await report({ basedOnStatusUpdateId: String(fixture.latestTelephonyStatusUpdate.id) }),
      });
      expect(errors[0]!.extensions).toMatchObject({
        code: 'CONFLICT',
        current: { id: String(latest.id), statusDate: '2024-09-30', time: 'RED', result: 'YELLOW' },
      });
    });

    it('lets one of two reports filed at once from the same form through, and refuses the other', async () => {
      const input = await report({ statusDate: '2024-10-31' });
      const file = (comment: string) =>
        server.queryErrors(ADD_REPORT, { input: { ...input, comment } }).then(
          (errors) => errors[0]!.extensions?.code,
          () => 'SAVED',
        );
      const before = await server.prisma.projectStatusUpdate.count({ where: { projectId: fixture.telephony.id } });
      expect((await Promise.all([file('Anna'), file('Bertil')])).sort()).toEqual(['CONFLICT', 'SAVED']);
      expect(await server.prisma.projectStatusUpdate.count({ where: { projectId: fixture.telephony.id } })).toBe(
        before + 1,
      );
    });
  });

  describe('updateProjectDetails', () => {
    const details = async (changes: Partial<ProjectDetailsInput> = {}) => ({
      id: String(fixture.telephony.id),
      expectedVersion: await versionOf(fixture.telephony.id),
      name: 'Upphandla och införa helhetslösning för telefoni',
      portfolioId: String(fixture.portfolio.id),
      owner: 'Avdelningschef Digital infrastruktur',
      plannedStart: '2023-01-01',
      plannedEnd: '2026-06-30',
      budgetTkr: 14500,
      ...changes,
    });

    it('saves the details, raises the version and records each changed field', async () => {
      const input = await details();
      const { updateProjectDetails } = await server.query(UPDATE_DETAILS, { input });
      expect(updateProjectDetails).toEqual({
        name: 'Upphandla och införa helhetslösning för telefoni',
        owner: 'Avdelningschef Digital infrastruktur',
        plannedStart: '2023-01-01',
        plannedEnd: '2026-06-30',
        budgetTkr: 14500,
        version: input.expectedVersion + 1,
        portfolio: { name: 'Digital infrastruktur' },
      });
      const event = await server.prisma.auditEvent.findFirstOrThrow({ where: { operation: 'updateProjectDetails' } });
      expect(Object.keys(event.changes as object).sort()).toEqual(['budgetTkr', 'owner', 'plannedEnd']);
    });

    it('refuses an end before the start, on the field of the end', async () => {
      const errors = await server.queryErrors(UPDATE_DETAILS, { input: await details({ plannedEnd: '2022-12-31' }) });
      expect(refusal(errors)).toEqual({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ field: 'input.plannedEnd', message: 'endBeforeStart' }],
      });
    });

    it('refuses a save from an outdated form with the current values, and takes it again on the current version', async () => {
      const stale = await details({
        owner: 'Någon annan',
        expectedVersion: (await versionOf(fixture.telephony.id)) - 1,
      });
      const errors = await server.queryErrors(UPDATE_DETAILS, { input: stale });
      expect(errors[0]!.extensions).toMatchObject({
        code: 'CONFLICT',
        current: { owner: 'Avdelningschef Digital infrastruktur', plannedEnd: '2026-06-30', budgetTkr: 14500 },
      });
      const current = (errors[0]!.extensions!.current as { version: number }).version;
      const { updateProjectDetails } = await server.query(UPDATE_DETAILS, {
        input: { ...stale, expectedVersion: current },
      });
      expect(updateProjectDetails.owner).toBe('Någon annan');
    });

    it('refuses a move to a portfolio out of reach, an unknown project, and a viewer', async () => {
      expect(
        refusal(
          await server.queryErrors(UPDATE_DETAILS, {
            input: await details({ portfolioId: String(fixture.otherPortfolio.id) }),
          }),
        ),
      ).toEqual({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'input.portfolioId', message: 'unknownPortfolio' }] });
      expect(refusal(await server.queryErrors(UPDATE_DETAILS, { input: await details({ id: UNUSED_ID }) })).code).toBe(
        'NOT_FOUND',
      );
      server.actAs(viewer);
      expect(refusal(await server.queryErrors(UPDATE_DETAILS, { input: await details() })).code).toBe('FORBIDDEN');
    });

    it('keeps exactly one of two concurrent saves from the same version and refuses the other with its values', async () => {
      const base = await details();
      const save = (owner: string) =>
        server.queryErrors(UPDATE_DETAILS, { input: { ...base, owner } }).then(
          (errors) => ({ owner, code: errors[0]!.extensions?.code, current: errors[0]!.extensions?.current }),
          () => ({ owner, code: 'SAVED', current: undefined }),
        );
      const outcomes = await Promise.all([save('Anna Ägare'), save('Bertil Ägare')]);
      const saved = outcomes.find((outcome) => outcome.code === 'SAVED')!;
      const refused = outcomes.find((outcome) => outcome.code === 'CONFLICT')!;
      expect(saved).toBeDefined();
      expect(refused.current).toMatchObject({ owner: saved.owner, version: base.expectedVersion + 1 });
      const stored = await server.prisma.project.findUniqueOrThrow({ where: { id: fixture.telephony.id } });
      expect({ owner: stored.owner, version: stored.version }).toEqual({
        owner: saved.owner,
        version: base.expectedVersion + 1,
      });
    });
  });

  describe('changeProjectState', () => {
    const change = async (
      projectId: number,
      changes: Pick<ProjectStateChangeInput, 'action'> & Partial<ProjectStateChangeInput>,
    ): Promise<ProjectStateChangeInput> => ({
      projectId: String(projectId),
      expectedVersion: await versionOf(projectId),
      changedOn: '2024-08-31',
      reason: 'Projektägare har beslutat att projektet pausas till januari 2025.',
      ...changes,
    });

    it('starts a project, then pauses it until a date, recording each change with its reason', async () => {
      const id = fixture.notStarted.id;
      await server.query(CHANGE_STATE, {
        input: await change(id, { action: 'START', reason: 'Uppstart', changedOn: '2024-06-01' }),
      });
      const { changeProjectState } = await server.query(CHANGE_STATE, {
        input: await change(id, { action: 'PAUSE', pausedUntil: '2025-01-01' }),
      });
      expect(changeProjectState).toMatchObject({
        state: 'PAUSED',
        pausedUntil: '2025-01-01',
        actualStart: '2024-06-01',
        stateChanges: [
          { fromState: 'NOT_STARTED', toState: 'STARTED', reason: 'Uppstart', changedOn: '2024-06-01' },
          {
            fromState: 'STARTED',
            toState: 'PAUSED',
            changedOn: '2024-08-31',
            author: { name: 'Petra Portfölj' },
          },
        ],
      });
    });

    it('refuses a pause without a resume date, or resuming before it began', async () => {
      const input = await change(fixture.telephony.id, { action: 'PAUSE' });
      expect(refusal(await server.queryErrors(CHANGE_STATE, { input }))).toEqual({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ field: 'input.pausedUntil', message: 'required' }],
      });
      expect(
        refusal(await server.queryErrors(CHANGE_STATE, { input: { ...input, pausedUntil: '2024-08-01' } })).fieldErrors,
      ).toEqual([{ field: 'input.pausedUntil', message: 'resumeBeforePause' }]);
    });

    it('refuses a change the state does not allow, and one without a reason', async () => {
      const resume = await change(fixture.telephony.id, { action: 'RESUME' });
      expect(refusal(await server.queryErrors(CHANGE_STATE, { input: resume }))).toEqual({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ field: 'input.action', message: 'actionNotAllowed' }],
      });
      expect(
        refusal(await server.queryErrors(CHANGE_STATE, { input: { ...resume, action: 'CLOSE', reason: ' ' } }))
          .fieldErrors,
      ).toEqual([{ field: 'input.reason', message: 'required' }]);
    });

    it('decides a paused project will not be started', async () => {
      const { changeProjectState } = await server.query(CHANGE_STATE, {
        input: await change(fixture.notStarted.id, {
          action: 'WILL_NOT_START',
          reason: 'Kommer ej startas som projekt.',
          pausedUntil: '2025-01-01',
        }),
      });
      expect(changeProjectState).toMatchObject({ state: 'WILL_NOT_START', pausedUntil: null });
    });

    it('refuses a stale version with the current state, an unknown project and a viewer', async () => {
      const input = await change(fixture.telephony.id, { action: 'CLOSE', reason: 'Klart' });
      const errors = await server.queryErrors(CHANGE_STATE, {
        input: { ...input, expectedVersion: input.expectedVersion - 1 },
      });
      expect(errors[0]!.extensions).toMatchObject({ code: 'CONFLICT', current: { state: 'STARTED' } });
      expect(refusal(await server.queryErrors(CHANGE_STATE, { input: { ...input, projectId: UNUSED_ID } })).code).toBe(
        'NOT_FOUND',
      );
      server.actAs(viewer);
      expect(refusal(await server.queryErrors(CHANGE_STATE, { input })).code).toBe('FORBIDDEN');
    });
  });

  describe('savePortfolioPeriodStatus', () => {
    const status = (changes: Partial<PortfolioPeriodStatusInput> = {}): PortfolioPeriodStatusInput => ({
      portfolioId: String(fixture.portfolio.id),
      year: 2024,
      month: 9,
      narrative: 'Portföljens status är god.',
      changes: 'Telefoniprojektet har fått ny tidplan.',
      ...changes,
    });

    it('writes the narrative of a new month, then updates it from the version it was read at', async () => {
      const { savePortfolioPeriodStatus: created } = await server.query(SAVE_PERIOD_STATUS, { input: status() });
      expect(created).toEqual({
        year: 2024,
        month: 9,
        narrative: 'Portföljens status är god.',
        changes: 'Telefoniprojektet har fått ny tidplan.',
        version: 1,
      });
      const { savePortfolioPeriodStatus: updated } = await server.query(SAVE_PERIOD_STATUS, {
        input: status({ narrative: 'Överlag god.', expectedVersion: 1 }),
      });
      expect(updated).toMatchObject({ narrative: 'Överlag god.', version: 2 });
    });

    it('refuses an empty narrative, a stale version, an unknown portfolio and a viewer', async () => {
      expect(
        refusal(
          await server.queryErrors(SAVE_PERIOD_STATUS, { input: status({ narrative: ' ', expectedVersion: 2 }) }),
        ),
      ).toEqual({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ field: 'input.narrative', message: 'required' }],
      });
      const errors = await server.queryErrors(SAVE_PERIOD_STATUS, { input: status({ expectedVersion: 1 }) });
      expect(errors[0]!.extensions).toMatchObject({
        code: 'CONFLICT',
        current: { narrative: 'Överlag god.', version: 2 },
      });
      expect(
        refusal(await server.queryErrors(SAVE_PERIOD_STATUS, { input: status({ portfolioId: UNUSED_ID }) })).code,
      ).toBe('NOT_FOUND');
      server.actAs(viewer);
      expect(
        refusal(await server.queryErrors(SAVE_PERIOD_STATUS, { input: status({ expectedVersion: 2 }) })).code,
      ).toBe('FORBIDDEN');
    });
  });
});
