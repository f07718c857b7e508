import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { SignedInUser } from '../access';
import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import type { AssignmentUpdateInput, CreateAssignmentInput } from '../../testing/generated/graphql';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';

const CREATE = graphql(`
  mutation AssignmentWritesTest_Create($input: CreateAssignmentInput!) {
    createAssignment(input: $input) {
      id
      title
      source
      caseNumber
      deadline
      year
      orgUnit {
        code
      }
      version
    }
  }
`);
const UPDATE = graphql(`
  mutation AssignmentWritesTest_Update($input: UpdateAssignmentInput!) {
    updateAssignment(input: $input) {
      id
      title
      caseNumber
      deadline
      orgUnit {
        code
      }
      version
    }
  }
`);
const SAVE_UPDATE = graphql(`
  mutation AssignmentWritesTest_SaveUpdate($input: AssignmentUpdateInput!) {
    saveAssignmentUpdate(input: $input) {
      year
      month
      status
      comment
      decisionDate
      decisionCaseNumber
      version
    }
  }
`);
const OVERDUE = graphql(`
  query AssignmentWritesTest_Overdue($orgUnitCode: String!, $upTo: MonthInput!) {
    assignments(orgUnitCode: $orgUnitCode) {
      id
      isOverdue(upTo: $upTo)
      update(upTo: $upTo) {
        status
      }
    }
  }
`);

describe('assignment writes', () => {
  let server: GraphqlTestServer;
  let fixture: Awaited<ReturnType<typeof createGoalFixture>>;
  let planner: SignedInUser;
  let administrator: SignedInUser;
  let analyst: SignedInUser;
  let viewer: SignedInUser;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    fixture = await createGoalFixture(server.prisma);
    planner = await server.createUser([{ role: 'PLANNER', orgUnitCode: 'intraservice' }], 'Planerare');
    administrator = await server.createUser([{ role: 'ADMIN', orgUnitCode: 'intraservice' }], 'Administratör');
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

  const newAssignment = (fields: Partial<CreateAssignmentInput> = {}): CreateAssignmentInput => ({
    orgUnitId: String(fixture.committee.id),
    year: 2024,
    source: 'COUNCIL_BUDGET',
    title: '  Nämnden för Intraservice får i uppdrag att se över Navet.  ',
    caseNumber: 'slk-2024-00123',
    deadline: '2024-03-31',
    ...fields,
  });
  const create = async (fields: Partial<CreateAssignmentInput> = {}) =>
    (await server.query(CREATE, { input: newAssignment(fields) })).createAssignment;

  describe('createAssignment', () => {
    it('registers an assignment for the planner’s unit, trimmed, the case number in capitals, audited', async () => {
      const created = await create();
      expect(created).toMatchObject({
        title: 'Nämnden för Intraservice får i uppdrag att se över Navet.',
        source: 'COUNCIL_BUDGET',
        caseNumber: 'SLK-2024-00123',
        deadline: '2024-03-31',
        year: 2024,
        orgUnit: { code: 'intraservice' },
        version: 1,
      });
      const events = await server.prisma.auditEvent.findMany({ where: { operation: 'createAssignment' } });
      expect(events.map((event) => [event.entityType, event.action, event.orgUnitId, event.userId])).toEqual([
        ['Assignment', 'CREATE', fixture.committee.id, planner.id],
      ]);
    });

    it('lets an administrator of the unit register one too (ADMIN implies PLANNER)', async () => {
      server.actAs(administrator);
      expect((await create({ caseNumber: null })).caseNumber).toBeNull();
    });

    it.each([
      ['an empty title', { title: '   ' }, [{ field: 'input.title', message: 'required' }]],
      ['a title too long', { title: 'x'.repeat(4001) }, [{ field: 'input.title', message: 'tooLong' }]],
      [
        'a case number without a digit',
        { caseNumber: 'SLK-ÅRET' },
        [{ field: 'input.caseNumber', message: 'invalidCaseNumber' }],
      ],
      [
        'a case number with a sign registries do not use',
        { caseNumber: 'SLK-2022-01441; Budget' },
        [{ field: 'input.caseNumber', message: 'invalidCaseNumber' }],
      ],
      ['an impossible deadline', { deadline: '2024-02-30' }, [{ field: 'input.deadline', message: 'invalidDate' }]],
      ['a year outside the app’s', { year: 1800 }, [{ field: 'input.year', message: 'outOfRange' }]],
      ['a malformed unit id', { orgUnitId: 'abc' }, [{ field: 'input.orgUnitId', message: 'invalidId' }]],
    ] as const)('refuses %s, naming the field', async (_case, fields, errors) => {
      const before = await server.prisma.assignment.count();
      expect(await fieldErrorsOf(CREATE, newAssignment(fields))).toEqual(errors);
      expect(await server.prisma.assignment.count()).toBe(before);
    });

    it('refuses an analyst or viewer, and a unit outside the planner’s scope as if it did not exist', async () => {
      for (const user of [analyst, viewer]) {
        server.actAs(user);
        expect(await codeOf(CREATE, newAssignment())).toBe('FORBIDDEN');
      }
      server.actAs(planner);
      expect(await codeOf(CREATE, newAssignment({ orgUnitId: String(fixture.otherCommittee.id) }))).toBe('NOT_FOUND');
      expect(await codeOf(CREATE, newAssignment({ orgUnitId: '99999' }))).toBe('NOT_FOUND');
    });
  });

  describe('updateAssignment', () => {
    it('edits at the version the form saw, audits the changed fields, and answers a stale version with CONFLICT', async () => {
      const created = await create();
      const edit = (expectedVersion: number) => ({
        id: created.id,
        expectedVersion,
        orgUnitId: String(fixture.committee.id),
        year: 2024,
        source: 'COUNCIL_OTHER' as const,
        title: 'Omformulerat uppdrag',
        caseNumber: 'SLK-2024-00124',
        deadline: null,
      });
      const { updateAssignment } = await server.query(UPDATE, { input: edit(1) });
      expect(updateAssignment).toMatchObject({ title: 'Omformulerat uppdrag', deadline: null, version: 2 });
      const event = await server.prisma.auditEvent.findFirstOrThrow({
        where: { operation: 'updateAssignment', entityId: created.id },
      });
      expect(event.changes).toMatchObject({
        title: { old: 'Nämnden för Intraservice får i uppdrag att se över Navet.', new: 'Omformulerat uppdrag' },
        caseNumber: { old: 'SLK-2024-00123', new: 'SLK-2024-00124' },
      });
      const [error] = await server.queryErrors(UPDATE, { input: { ...edit(1), title: 'Min version' } });
      expect(error!.extensions).toMatchObject({
        code: 'CONFLICT',
        current: { version: 2, title: 'Omformulerat uppdrag' },
      });
    });

    it('refuses moving it to a unit the planner does not plan, an unknown assignment, and an analyst', async () => {
      const created = await create();
      const edit = { ...newAssignment(), id: created.id, expectedVersion: 1 };
      expect(await codeOf(UPDATE, { ...edit, orgUnitId: String(fixture.otherCommittee.id) })).toBe('NOT_FOUND');
      expect(await codeOf(UPDATE, { ...edit, id: '99999' })).toBe('NOT_FOUND');
      expect(await fieldErrorsOf(UPDATE, { ...edit, caseNumber: '#2022-01441' })).toEqual([
        { field: 'input.caseNumber', message: 'invalidCaseNumber' },
      ]);
      server.actAs(analyst);
      expect(await codeOf(UPDATE, edit)).toBe('FORBIDDEN');
    });
  });

  describe('saveAssignmentUpdate', () => {
    const status = (assignmentId: string, fields: Partial<AssignmentUpdateInput> = {}): AssignmentUpdateInput => ({
      assignmentId,
      year: 2024,
      month: 5,
      status: 'ONGOING',
      comment: 'Arbetet pågår',
      ...fields,
    });

    it('takes an assignment from proposed complete to declared complete; it is overdue until declared', async () => {
      const { id } = await create({ deadline: '2024-03-31', title: 'Uppdrag som förklaras fullgjort' });
      server.actAs(analyst);
      const proposed = await server.query(SAVE_UPDATE, { input: status(id, { status: 'PROPOSED_COMPLETE' }) });
      expect(proposed.saveAssignmentUpdate).toMatchObject({ status: 'PROPOSED_COMPLETE', version: 1 });
      const overdue = async (month: number) =>
        (await server.query(OVERDUE, { orgUnitCode: 'intraservice', upTo: { year: 2024, month } })).assignments.find(
          (assignment) => assignment.id === id,
        )!.isOverdue;
      expect(await overdue(5)).toBe(true);

      const declared = await server.query(SAVE_UPDATE, {
        input: status(id, {
          month: 6,
          status: 'DECLARED_COMPLETE',
          comment: 'Förklarat fullgjort av kommunstyrelsen',
          decisionDate: '2024-06-12',
          decisionCaseNumber: 'slk-2024-00999',
        }),
      });
      expect(declared.saveAssignmentUpdate).toEqual({
        year: 2024,
        month: 6,
        status: 'DECLARED_COMPLETE',
        comment: 'Förklarat fullgjort av kommunstyrelsen',
        decisionDate: '2024-06-12',
        decisionCaseNumber: 'SLK-2024-00999',
        version: 1,
      });
      expect(await overdue(6)).toBe(false);
      expect(await overdue(12)).toBe(false);
      expect(await overdue(5)).toBe(true);
      const events = await server.prisma.auditEvent.findMany({
        where: { operation: 'saveAssignmentUpdate', userId: analyst.id },
      });
      expect(events.map((event) => [event.entityType, event.action, event.orgUnitId])).toEqual([
        ['AssignmentUpdate', 'CREATE', fixture.committee.id],
        ['AssignmentUpdate', 'CREATE', fixture.committee.id],
      ]);
    });

    it('changes a month’s status at its version; a save from an older version is a conflict with what is saved', async () => {
      const { id } = await create();
      server.actAs(analyst);
      await server.query(SAVE_UPDATE, { input: status(id) });
      const second = await server.query(SAVE_UPDATE, {
        input: status(id, { status: 'NOT_STARTED', expectedVersion: 1 }),
      });
      expect(second.saveAssignmentUpdate).toMatchObject({ status: 'NOT_STARTED', version: 2 });
      const [stale] = await server.queryErrors(SAVE_UPDATE, { input: status(id, { expectedVersion: 1 }) });
      expect(stale!.extensions).toMatchObject({ code: 'CONFLICT', current: { status: 'NOT_STARTED', version: 2 } });
      const [fresh] = await server.queryErrors(SAVE_UPDATE, { input: status(id) });
      expect(fresh!.extensions).toMatchObject({ code: 'CONFLICT', current: { version: 2 } });
    });

    it.each([
      [
        'declared complete without the decision',
        { status: 'DECLARED_COMPLETE' },
        [
          { field: 'input.decisionDate', message: 'required' },
          { field: 'input.decisionCaseNumber', message: 'required' },
        ],
      ],
      [
        'a decision on another status',
        { status: 'PROPOSED_COMPLETE', decisionDate: '2024-06-12', decisionCaseNumber: 'SLK-2024-00999' },
        [
          { field: 'input.decisionDate', message: 'onlyWhenDeclaredComplete' },
          { field: 'input.decisionCaseNumber', message: 'onlyWhenDeclaredComplete' },
        ],
      ],
      [
        'a decision dated in the future',
        {
          status: 'DECLARED_COMPLETE',
          decisionDate: `${new Date().getUTCFullYear() + 1}-01-01`,
          decisionCaseNumber: 'SLK-2024-00999',
        },
        [{ field: 'input.decisionDate', message: 'dateInFuture' }],
      ],
      [
        'a malformed decision case number',
        { status: 'DECLARED_COMPLETE', decisionDate: '2024-06-12', decisionCaseNumber: 'KS 2024-06-12 § 566' },
        [{ field: 'input.decisionCaseNumber', message: 'invalidCaseNumber' }],
      ],
      ['a month 13', { month: 13 }, [{ field: 'input.month', message: 'month.outOfRange' }]],
      ['a comment too long', { comment: 'x'.repeat(4001) }, [{ field: 'input.comment', message: 'tooLong' }]],
    ] as const)('refuses %s, naming the fields', async (_case, fields, errors) => {
      const { id } = await create();
      server.actAs(analyst);
      expect(await fieldErrorsOf(SAVE_UPDATE, status(id, fields))).toEqual(errors);
      expect(await server.prisma.assignmentUpdate.count({ where: { assignmentId: Number(id) } })).toBe(0);
    });

    it('is for analysts of the unit: a planner or viewer is refused, another unit’s assignment is not found', async () => {
      const { id } = await create();
      for (const user of [planner, viewer]) {
        server.actAs(user);
        expect(await codeOf(SAVE_UPDATE, status(id))).toBe('FORBIDDEN');
      }
      server.actAs(analyst);
      const other = await server.prisma.assignment.findFirstOrThrow({
        where: { orgUnitId: fixture.otherCommittee.id },
      });
      expect(await codeOf(SAVE_UPDATE, status(String(other.id)))).toBe('NOT_FOUND');
    });
  });
});
