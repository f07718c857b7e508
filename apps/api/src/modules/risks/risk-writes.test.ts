import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { SignedInUser } from '../access';
import { graphql } from '../../testing/generated';
import type { ControlResultInput, RiskValuationFields } from '../../testing/generated/graphql';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';
import { createRiskFixture } from './risk-fixture';

const CREATE_RISK = graphql(`
  mutation RiskWritesTest_CreateRisk($input: CreateRiskInput!) {
    createRisk(input: $input) {
      id
      title
      owner
      version
      valuations {
        probability
        consequence
        isDemoValue
        createdBy {
          name
        }
      }
    }
  }
`);
const UPDATE_RISK = graphql(`
  mutation RiskWritesTest_UpdateRisk($input: UpdateRiskInput!) {
    updateRisk(input: $input) {
      id
      title
      description
      version
    }
  }
`);
const ADD_VALUATION = graphql(`
  mutation RiskWritesTest_AddValuation($input: RiskValuationInput!) {
    addRiskValuation(input: $input) {
      valuedOn
      score
    }
  }
`);
const ADD_MITIGATION = graphql(`
  mutation RiskWritesTest_AddMitigation($input: AddMitigationInput!) {
    addMitigation(input: $input) {
      id
      title
      dueDate
      status
      version
    }
  }
`);
const UPDATE_MITIGATION = graphql(`
  mutation RiskWritesTest_UpdateMitigation($input: UpdateMitigationInput!) {
    updateMitigation(input: $input) {
      status
      version
    }
  }
`);
const CREATE_CONTROL = graphql(`
  mutation RiskWritesTest_CreateControl($input: CreateControlInput!) {
    createInternalControl(input: $input) {
      id
      title
      risk {
        title
      }
      version
    }
  }
`);
const UPDATE_CONTROL = graphql(`
  mutation RiskWritesTest_UpdateControl($input: UpdateControlInput!) {
    updateInternalControl(input: $input) {
      title
      frequency
      version
    }
  }
`);
const RECORD_RESULT = graphql(`
  mutation RiskWritesTest_RecordResult($input: ControlResultInput!) {
    recordControlResult(input: $input) {
      month
      performed
      outcome
      description
      followUpAction
      version
    }
  }
`);

describe('risk and internal control writes', () => {
  let server: GraphqlTestServer;
  let fixture: Awaited<ReturnType<typeof createRiskFixture>>;
  let analyst: SignedInUser;
  let viewer: SignedInUser;
  let controlId: number;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    fixture = await createRiskFixture(server.prisma, { committeeRisks: 1 });
    analyst = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }], 'Analytiker');
    viewer = await server.createUser([{ role: 'VIEWER', orgUnitCode: 'intraservice' }], 'Visare');
    controlId = (await server.prisma.internalControl.findFirstOrThrow()).id;
  });
  beforeEach(() => server.actAs(analyst));
  afterAll(() => server.stop());

  const riskId = () => String(fixture.risks[0]!.id);
  const newRisk = (valuation: Partial<RiskValuationFields> = {}) => ({
    orgUnitId: String(fixture.committee.id),
    categoryId: String(fixture.external.id),
    title: '  Ny risk  ',
    owner: 'Förvaltningsdirektör',
    valuation: { valuedOn: '2023-06-01', probability: 2, consequence: 4, reasoning: 'Bedömning', ...valuation },
  });
  /** A mutation taking one input, as all of these do. */
  type InputMutation<Input> = TypedDocumentNode<unknown, { input: Input }>;
  const fieldErrorsOf = async <Input>(mutation: InputMutation<Input>, input: NoInfer<Input>) => {
    const [error] = await server.queryErrors(mutation, { input });
    expect(error!.extensions?.code).toBe('BAD_USER_INPUT');
    return error!.extensions!.fieldErrors;
  };
  const codeOf = async <Input>(mutation: InputMutation<Input>, input: NoInfer<Input>) =>
    (await server.queryErrors(mutation, { input }))[0]!.extensions?.code;

  describe('createRisk', () => {
    it('creates a risk with its first valuation, by the analyst, audited in one go', async () => {
      const { createRisk } = await server.query(CREATE_RISK, { input: newRisk() });
      expect(createRisk).toMatchObject({
        title: 'Ny risk',
        version: 1,
        valuations: [{ probability: 2, consequence: 4, isDemoValue: false, createdBy: { name: 'Analytiker' } }],
      });
      const events = await server.prisma.auditEvent.findMany({ where: { operation: 'createRisk' } });
      expect(events.map((event) => [event.entityType, event.action, event.orgUnitId, event.userId])).toEqual([
        ['Risk', 'CREATE', fixture.committee.id, analyst.id],
        ['RiskValuation', 'CREATE', fixture.committee.id, analyst.id],
      ]);
    });

    it('refuses a probability or consequence outside the scale, naming the field', async () => {
      expect(await fieldErrorsOf(CREATE_RISK, newRisk({ probability: 5 }))).toEqual([
        { field: 'input.valuation.probability', message: 'outOfScale' },
      ]);
      expect(await fieldErrorsOf(CREATE_RISK, newRisk({ consequence: 0, probability: 6 }))).toEqual([
        { field: 'input.valuation.probability', message: 'outOfScale' },
        { field: 'input.valuation.consequence', message: 'outOfScale' },
      ]);
      expect(await server.prisma.risk.count({ where: { title: 'Ny risk' } })).toBe(1);
    });

    it('accepts 5 where the municipality values on 1–5', async () => {
      await server.prisma.orgUnit.update({ where: { code: 'goteborg' }, data: { riskScaleMax: 5 } });
      try {
        const { createRisk } = await server.query(CREATE_RISK, {
          input: { ...newRisk({ probability: 5 }), title: 'Risk på femgradig skala' },
        });
        expect(createRisk.valuations[0]!.probability).toBe(5);
      } finally {
        await server.prisma.orgUnit.update({ where: { code: 'goteborg' }, data: { riskScaleMax: null } });
      }
    });

    it('refuses an empty title, an impossible date and an unknown category', async () => {
      expect(await fieldErrorsOf(CREATE_RISK, { ...newRisk({ valuedOn: '2023-02-30' }), title: '   ' })).toEqual([
        { field: 'input.title', message: 'required' },
        { field: 'input.valuation.valuedOn', message: 'invalidDate' },
      ]);
      expect(await fieldErrorsOf(CREATE_RISK, { ...newRisk(), categoryId: '999' })).toEqual([
        { field: 'input.categoryId', message: 'unknownCategory' },
      ]);
    });

    it('refuses a viewer, and a unit outside the analyst’s scope as if it did not exist', async () => {
      server.actAs(viewer);
      expect(await codeOf(CREATE_RISK, newRisk())).toBe('FORBIDDEN');
      server.actAs(analyst);
      expect(await codeOf(CREATE_RISK, { ...newRisk(), orgUnitId: String(fixture.otherCommittee.id) })).toBe(
        'NOT_FOUND',
      );
    });
  });

  describe('updateRisk', () => {
    const update = (expectedVersion: number, id = riskId()) => ({
      id,
      expectedVersion,
      categoryId: String(fixture.compliance.id),
      title: 'Risk 01, omformulerad',
      description: 'Beskrivning',
      owner: null,
    });

    it('changes the risk when the form saw the current version, and audits the changed fields', async () => {
      const { updateRisk } = await server.query(UPDATE_RISK, {
        input: update(1),
      });
      expect(updateRisk).toMatchObject({ title: 'Risk 01, omformulerad', version: 2 });
      const event = await server.prisma.auditEvent.findFirstOrThrow({ where: { operation: 'updateRisk' } });
      expect(event.changes).toMatchObject({ title: { old: 'Risk 01', new: 'Risk 01, omformulerad' } });
    });

    it('answers a stale version with CONFLICT carrying the record as it now is', async () => {
      const [error] = await server.queryErrors(UPDATE_RISK, { input: update(1) });
      expect(error!.extensions).toMatchObject({
        code: 'CONFLICT',
        current: { version: 2, title: 'Risk 01, omformulerad' },
      });
    });

    it('answers an unknown risk with NOT_FOUND and a viewer with FORBIDDEN', async () => {
      expect(await codeOf(UPDATE_RISK, update(1, '99999'))).toBe('NOT_FOUND');
      expect(await codeOf(UPDATE_RISK, update(1, String(fixture.otherRisk.id)))).toBe('NOT_FOUND');
      server.actAs(viewer);
      expect(await codeOf(UPDATE_RISK, update(2))).toBe('FORBIDDEN');
    });
  });

  describe('addRiskValuation', () => {
    it('appends a valuation, keeping the earlier ones', async () => {
      const before = await server.prisma.riskValuation.count({ where: { riskId: Number(riskId()) } });
      const { addRiskValuation } = await server.query(ADD_VALUATION, {
        input: { riskId: riskId(), valuedOn: '2023-08-31', probability: 4, consequence: 4, reasoning: 'Skärpt' },
      });
      expect(addRiskValuation).toEqual({ valuedOn: '2023-08-31', score: 16 });
      expect(await server.prisma.riskValuation.count({ where: { riskId: Number(riskId()) } })).toBe(before + 1);
    });

    it('refuses an out-of-scale value, an unknown risk and a viewer', async () => {
      const input = { riskId: riskId(), valuedOn: '2023-09-01', probability: 1, consequence: 5 };
      expect(await fieldErrorsOf(ADD_VALUATION, input)).toEqual([
        { field: 'input.consequence', message: 'outOfScale' },
      ]);
      expect(await codeOf(ADD_VALUATION, { ...input, consequence: 2, riskId: '99999' })).toBe('NOT_FOUND');
      expect(await fieldErrorsOf(ADD_VALUATION, { ...input, riskId: 'abc' })).toEqual([
        { field: 'input.riskId', message: 'invalidId' },
      ]);
      server.actAs(viewer);
      expect(await codeOf(ADD_VALUATION, { ...input, consequence: 2 })).toBe('FORBIDDEN');
    });
  });

  describe('mitigations', () => {
    it('adds a mitigation and updates it at its version; a stale version is a conflict', async () => {
      const { addMitigation } = await server.query(ADD_MITIGATION, {
        input: {
          riskId: riskId(),
          title: 'Ny åtgärd',
          responsible: 'IT-chef',
          dueDate: '2023-10-31',
          status: 'PLANNED',
        },
      });
      const update = { id: addMitigation.id, title: 'Ny åtgärd', dueDate: '2023-10-31', status: 'DONE' as const };
      const { updateMitigation } = await server.query(UPDATE_MITIGATION, {
        input: { ...update, expectedVersion: 1 },
      });
      expect(updateMitigation).toEqual({ status: 'DONE', version: 2 });
      const [error] = await server.queryErrors(UPDATE_MITIGATION, { input: { ...update, expectedVersion: 1 } });
      expect(error!.extensions).toMatchObject({ code: 'CONFLICT', current: { status: 'DONE', version: 2 } });
      const audited = await server.prisma.auditEvent.findMany({ where: { entityType: 'Mitigation' } });
      expect(audited.map((event) => [event.operation, event.orgUnitId])).toEqual([
        ['addMitigation', fixture.committee.id],
        ['updateMitigation', fixture.committee.id],
      ]);
    });

    it('refuses a missing title, a bad date and status, an unknown mitigation and a viewer', async () => {
      expect(
        await fieldErrorsOf(ADD_MITIGATION, { riskId: riskId(), title: '', dueDate: '31/12/2023', status: 'PLANNED' }),
      ).toEqual([
        { field: 'input.title', message: 'required' },
        { field: 'input.dueDate', message: 'invalidDate' },
      ]);
      const update = { id: '99999', expectedVersion: 1, title: 'X', status: 'DONE' as const };
      expect(await codeOf(UPDATE_MITIGATION, update)).toBe('NOT_FOUND');
      server.actAs(viewer);
      expect(await codeOf(ADD_MITIGATION, { riskId: riskId(), title: 'X', status: 'PLANNED' })).toBe('FORBIDDEN');
    });
  });

  describe('internal controls', () => {
    it("creates a control checking a risk of its unit, and refuses another unit's risk", async () => {
      const input = {
        orgUnitId: String(fixture.committee.id),
        riskId: riskId(),
        title: 'Stickprov',
        frequency: 'Kvartalsvis',
      };
      const { createInternalControl } = await server.query(CREATE_CONTROL, { input });
      expect(createInternalControl.risk?.title).toBe('Risk 01, omformulerad');
      expect(await fieldErrorsOf(CREATE_CONTROL, { ...input, riskId: String(fixture.businessAreaRisk.id) })).toEqual([
        { field: 'input.riskId', message: 'riskOfOtherUnit' },
      ]);
    });

    it('updates a control at its version; stale is a conflict, a viewer is refused', async () => {
      const update = { id: String(controlId), title: 'Kontroll av risk 1', frequency: 'Kvartalsvis', riskId: null };
      const { updateInternalControl } = await server.query(UPDATE_CONTROL, {
        input: { ...update, expectedVersion: 1 },
      });
      expect(updateInternalControl).toEqual({ title: 'Kontroll av risk 1', frequency: 'Kvartalsvis', version: 2 });
      expect(await codeOf(UPDATE_CONTROL, { ...update, expectedVersion: 1 })).toBe('CONFLICT');
      server.actAs(viewer);
      expect(await codeOf(UPDATE_CONTROL, { ...update, expectedVersion: 2 })).toBe('FORBIDDEN');
    });
  });

  describe('recordControlResult', () => {
    const result = (fields: Omit<ControlResultInput, 'controlId' | 'year'>): ControlResultInput => ({
      controlId: String(controlId),
      year: 2023,
      ...fields,
    });

    it('records a month, then corrects it at its version; a stale correction is a conflict', async () => {
      const first = await server.query(RECORD_RESULT, {
        input: result({ month: 3, performed: false }),
      });
      expect(first.recordControlResult).toEqual({
        month: 3,
        performed: false,
        outcome: null,
        description: null,
        followUpAction: null,
        version: 1,
      });
      const deviation = result({
        month: 3,
        performed: true,
        outcome: 'DEVIATION',
        description: 'Saknad attest',
        followUpAction: 'Rutinen gås igenom',
        expectedVersion: 1,
      });
      const second = await server.query(RECORD_RESULT, {
        input: deviation,
      });
      expect(second.recordControlResult).toMatchObject({ outcome: 'DEVIATION', version: 2 });
      const [error] = await server.queryErrors(RECORD_RESULT, { input: deviation });
      expect(error!.extensions).toMatchObject({ code: 'CONFLICT', current: { version: 2, outcome: 'DEVIATION' } });
      expect(await codeOf(RECORD_RESULT, result({ month: 1, performed: true, outcome: 'OK' }))).toBe('CONFLICT');
      const audited = await server.prisma.auditEvent.findMany({ where: { operation: 'recordControlResult' } });
      expect(audited.every((event) => event.orgUnitId === fixture.committee.id)).toBe(true);
      expect(audited).toHaveLength(2);
    });

    it('needs an outcome when performed, none when not, and a description and follow-up for a deviation', async () => {
      expect(await fieldErrorsOf(RECORD_RESULT, result({ month: 4, performed: true }))).toEqual([
        { field: 'input.outcome', message: 'required' },
      ]);
      expect(await fieldErrorsOf(RECORD_RESULT, result({ month: 4, performed: false, outcome: 'OK' }))).toEqual([
        { field: 'input.outcome', message: 'outcomeWithoutPerformance' },
      ]);
      expect(
        await fieldErrorsOf(
          RECORD_RESULT,
          result({ month: 13, performed: true, outcome: 'DEVIATION', description: ' ' }),
        ),
      ).toEqual([
        { field: 'input.month', message: 'month.outOfRange' },
        { field: 'input.description', message: 'required' },
        { field: 'input.followUpAction', message: 'required' },
      ]);
    });

    it('answers an unknown control with NOT_FOUND and a viewer with FORBIDDEN', async () => {
      expect(await codeOf(RECORD_RESULT, { ...result({ month: 6, performed: false }), controlId: '99999' })).toBe(
        'NOT_FOUND',
      );
      server.actAs(viewer);
      expect(await codeOf(RECORD_RESULT, result({ month: 6, performed: false }))).toBe('FORBIDDEN');
    });
  });
});
