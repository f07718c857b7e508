import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { SignedInUser } from '../access';
import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import type {
  AuditActionUpdateInput,
  CreateAuditRecommendationInput,
  CreateAuditReportInput,
} from '../../testing/generated/graphql';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';

const CREATE_REPORT = graphql(`
  mutation AuditReportWritesTest_CreateReport($input: CreateAuditReportInput!) {
    createAuditReport(input: $input) {
      id
      title
      auditor
      reportDate
      caseNumber
      year
      version
    }
  }
`);
const UPDATE_REPORT = graphql(`
  mutation AuditReportWritesTest_UpdateReport($input: UpdateAuditReportInput!) {
    updateAuditReport(input: $input) {
      title
      version
    }
  }
`);
const CREATE_RECOMMENDATION = graphql(`
  mutation AuditReportWritesTest_CreateRecommendation($input: CreateAuditRecommendationInput!) {
    createAuditRecommendation(input: $input) {
      id
      recommendation
      action
      ownerName
      ownerUser {
        name
      }
      dueDate
      version
    }
  }
`);
const UPDATE_RECOMMENDATION = graphql(`
  mutation AuditReportWritesTest_UpdateRecommendation($input: UpdateAuditRecommendationInput!) {
    updateAuditRecommendation(input: $input) {
      action
      ownerName
      ownerUser {
        name
      }
      version
    }
  }
`);
const SAVE_ACTION_UPDATE = graphql(`
  mutation AuditReportWritesTest_SaveActionUpdate($input: AuditActionUpdateInput!) {
    saveAuditActionUpdate(input: $input) {
      year
      month
      status
      comment
      version
    }
  }
`);
const OWNER_CANDIDATES = graphql(`
  query AuditReportWritesTest_OwnerCandidates($orgUnitCode: String!) {
    auditActionOwnerCandidates(orgUnitCode: $orgUnitCode) {
      name
    }
  }
`);

describe('audit report writes', () => {
  let server: GraphqlTestServer;
  let fixture: Awaited<ReturnType<typeof createGoalFixture>>;
  let planner: SignedInUser;
  let analyst: SignedInUser;
  let viewer: SignedInUser;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    fixture = await createGoalFixture(server.prisma);
    planner = await server.createUser([{ role: 'PLANNER', orgUnitCode: 'intraservice' }], 'Planerare');
    analyst = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }], 'Analytiker');
    viewer = await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }], 'Visare');
  });
  beforeEach(() => server.actAs(planner));
  afterAll(() => server.stop());

  type InputMutation<Input> = TypedDocumentNode<unknown, { input: Input }>;
  const fieldErrorsOf = async <Input>(mutation: InputMutation<Input>, input: NoInfer<Input>) => {
    const [error] = await server.queryErrors(mutation, { input });
    expect(error!.extensions?.code).toBe('BAD_USER_INPUT');
    return error!.extensions!.fieldErrors;
  };
  const codeOf = async <Input>(mutation: InputMutation<Input>, input: NoInfer<Input>) =>
    (await server.queryErrors(mutation, { input }))[0]!.extensions?.code;

  const newReport = (fields: Partial<CreateAuditReportInput> = {}): CreateAuditReportInput => ({
    orgUnitId: String(fixture.committee.id),
    year: 2023,
    title: 'Granskning av nämnden för Intraservice',
    auditor: 'Stadsrevisionen',
    reportDate: '2023-03-31',
    caseNumber: 'REV-2023-00012',
    ...fields,
  });
  const createReport = async () => (await server.query(CREATE_REPORT, { input: newReport() })).createAuditReport;
  const newRecommendation = (
    auditReportId: string,
    fields: Partial<CreateAuditRecommendationInput> = {},
  ): CreateAuditRecommendationInput => ({
    auditReportId,
    recommendation: 'Beredskap inom IT-säkerhet',
    action: 'Åtgärdsplan för IT-säkerhet',
    ownerName: 'IT-chef',
    dueDate: '2023-12-31',
    ...fields,
  });
  const createRecommendation = async (fields: Partial<CreateAuditRecommendationInput> = {}) => {
    const report = await createReport();
    return (await server.query(CREATE_RECOMMENDATION, { input: newRecommendation(report.id, fields) }))
      .createAuditRecommendation;
  };

  describe('audit reports', () => {
    it('registers a report, audited, and edits it at its version; a stale version is a conflict', async () => {
      const report = await createReport();
      expect(report).toMatchObject({ auditor: 'Stadsrevisionen', reportDate: '2023-03-31', year: 2023, version: 1 });
      const { year, auditor, reportDate, caseNumber } = newReport();
      const editInput = { id: report.id, expectedVersion: 1, title: 'Ny titel', year, auditor, reportDate, caseNumber };
      expect((await server.query(UPDATE_REPORT, { input: editInput })).updateAuditReport).toEqual({
        title: 'Ny titel',
        version: 2,
      });
      const [stale] = await server.queryErrors(UPDATE_REPORT, { input: editInput });
      expect(stale!.extensions).toMatchObject({ code: 'CONFLICT', current: { title: 'Ny titel', version: 2 } });
      const events = await server.prisma.auditEvent.findMany({
        where: { entityType: 'AuditReport', entityId: report.id },
        orderBy: { id: 'asc' },
      });
      expect(events.map((event) => [event.operation, event.orgUnitId, event.userId])).toEqual([
        ['createAuditReport', fixture.committee.id, planner.id],
        ['updateAuditReport', fixture.committee.id, planner.id],
      ]);
    });

    it.each([
      ['an empty title', { title: ' ' }, [{ field: 'input.title', message: 'required' }]],
      ['no auditor', { auditor: '' }, [{ field: 'input.auditor', message: 'required' }]],
      ['an impossible date', { reportDate: '2023-13-01' }, [{ field: 'input.reportDate', message: 'invalidDate' }]],
      [
        'a malformed case number',
        { caseNumber: 'dnr § 12' },
        [{ field: 'input.caseNumber', message: 'invalidCaseNumber' }],
      ],
    ] as const)('refuses %s, naming the field', async (_case, fields, errors) => {
      expect(await fieldErrorsOf(CREATE_REPORT, newReport(fields))).toEqual(errors);
    });

    it('is for planners of the unit', async () => {
      for (const user of [analyst, viewer]) {
        server.actAs(user);
        expect(await codeOf(CREATE_REPORT, newReport())).toBe('FORBIDDEN');
      }
      server.actAs(planner);
      expect(await codeOf(CREATE_REPORT, newReport({ orgUnitId: String(fixture.otherCommittee.id) }))).toBe(
        'NOT_FOUND',
      );
    });
  });

  describe('recommendations and their actions', () => {
    it('adds a recommendation with its action owned by a name, then by a user, audited in the report’s unit', async () => {
      const created = await createRecommendation();
      expect(created).toMatchObject({ ownerName: 'IT-chef', ownerUser: null, dueDate: '2023-12-31', version: 1 });
      const { updateAuditRecommendation } = await server.query(UPDATE_RECOMMENDATION, {
        input: {
          id: created.id,
          expectedVersion: 1,
          recommendation: created.recommendation,
          action: 'Reviderad åtgärdsplan',
          ownerUserId: String(analyst.id),
          ownerName: null,
          dueDate: '2024-03-31',
        },
      });
      expect(updateAuditRecommendation).toEqual({
        action: 'Reviderad åtgärdsplan',
        ownerName: null,
        ownerUser: { name: 'Analytiker' },
        version: 2,
      });
      const events = await server.prisma.auditEvent.findMany({
        where: { entityType: 'AuditRecommendation', entityId: created.id },
      });
      expect(events.map((event) => [event.action, event.orgUnitId])).toEqual([
        ['CREATE', fixture.committee.id],
        ['UPDATE', fixture.committee.id],
      ]);
    });

    it('answers a stale version with CONFLICT carrying the recommendation as it now is', async () => {
      const created = await createRecommendation();
      const { recommendation, ownerName, dueDate } = newRecommendation(created.id);
      const input = { id: created.id, expectedVersion: 1, recommendation, ownerName, dueDate };
      await server.query(UPDATE_RECOMMENDATION, { input: { ...input, action: 'Först' } });
      const [stale] = await server.queryErrors(UPDATE_RECOMMENDATION, { input: { ...input, action: 'Sen' } });
      expect(stale!.extensions).toMatchObject({ code: 'CONFLICT', current: { action: 'Först', version: 2 } });
    });

    it.each([
      ['an empty recommendation', { recommendation: '' }, [{ field: 'input.recommendation', message: 'required' }]],
      [
        'both a user and a name as owner',
        { ownerUserId: '1', ownerName: 'IT-chef' },
        [{ field: 'input.ownerName', message: 'userOrName' }],
      ],
      ['an impossible due date', { dueDate: '2023-02-29' }, [{ field: 'input.dueDate', message: 'invalidDate' }]],
      [
        'an unknown owner',
        { ownerUserId: '99999', ownerName: null },
        [{ field: 'input.ownerUserId', message: 'unknownUser' }],
      ],
    ] as const)('refuses %s, naming the field', async (_case, fields, errors) => {
      const report = await createReport();
      expect(await fieldErrorsOf(CREATE_RECOMMENDATION, newRecommendation(report.id, fields))).toEqual(errors);
      expect(await server.prisma.auditRecommendation.count({ where: { auditReportId: Number(report.id) } })).toBe(0);
    });

    it('is for planners of the report’s unit; an unknown report is not found', async () => {
      const report = await createReport();
      server.actAs(analyst);
      expect(await codeOf(CREATE_RECOMMENDATION, newRecommendation(report.id))).toBe('FORBIDDEN');
      server.actAs(planner);
      expect(await codeOf(CREATE_RECOMMENDATION, newRecommendation('99999'))).toBe('NOT_FOUND');
    });

    it('offers the users of the unit and above as owners, to planners only', async () => {
      const { auditActionOwnerCandidates } = await server.query(OWNER_CANDIDATES, { orgUnitCode: 'intraservice' });
      expect(auditActionOwnerCandidates.map((user) => user.name)).toEqual(['Analytiker', 'Planerare', 'Visare']);
      server.actAs(viewer);
      expect((await server.queryErrors(OWNER_CANDIDATES, { orgUnitCode: 'intraservice' }))[0]!.extensions?.code).toBe(
        'FORBIDDEN',
      );
    });
  });

  describe('action status', () => {
    const status = (
      recommendationId: string,
      fields: Partial<AuditActionUpdateInput> = {},
    ): AuditActionUpdateInput => ({
      recommendationId,
      year: 2023,
      month: 5,
      status: 'ONGOING',
      comment: 'Avhjälpande aktiviteter pågår',
      ...fields,
    });

    it('records the action’s status per month by an analyst, audited; a stale save is a conflict', async () => {
      const { id } = await createRecommendation();
      server.actAs(analyst);
      expect((await server.query(SAVE_ACTION_UPDATE, { input: status(id) })).saveAuditActionUpdate).toEqual({
        year: 2023,
        month: 5,
        status: 'ONGOING',
        comment: 'Avhjälpande aktiviteter pågår',
        version: 1,
      });
      await server.query(SAVE_ACTION_UPDATE, { input: status(id, { status: 'DONE', expectedVersion: 1 }) });
      const [stale] = await server.queryErrors(SAVE_ACTION_UPDATE, { input: status(id, { expectedVersion: 1 }) });
      expect(stale!.extensions).toMatchObject({ code: 'CONFLICT', current: { status: 'DONE', version: 2 } });
      const events = await server.prisma.auditEvent.findMany({ where: { operation: 'saveAuditActionUpdate' } });
      expect(events.map((event) => [event.action, event.orgUnitId, event.userId])).toEqual([
        ['CREATE', fixture.committee.id, analyst.id],
        ['UPDATE', fixture.committee.id, analyst.id],
      ]);
    });

    it.each([
      ['a month 0', { month: 0 }, [{ field: 'input.month', message: 'month.outOfRange' }]],
      ['a year outside the app’s', { year: 1899 }, [{ field: 'input.year', message: 'year.outOfRange' }]],
      ['a malformed id', { recommendationId: 'x' }, [{ field: 'input.recommendationId', message: 'invalidId' }]],
      ['a comment too long', { comment: 'x'.repeat(4001) }, [{ field: 'input.comment', message: 'tooLong' }]],
    ] as const)('refuses %s, naming the field', async (_case, fields, errors) => {
      const { id } = await createRecommendation();
      server.actAs(analyst);
      expect(await fieldErrorsOf(SAVE_ACTION_UPDATE, status(id, fields))).toEqual(errors);
      expect(await server.prisma.auditActionUpdate.count({ where: { recommendationId: Number(id) } })).toBe(0);
    });

    it('is for analysts of the report’s unit', async () => {
      const { id } = await createRecommendation();
      for (const user of [planner, viewer]) {
        server.actAs(user);
        expect(await codeOf(SAVE_ACTION_UPDATE, status(id))).toBe('FORBIDDEN');
      }
    });
  });
});
