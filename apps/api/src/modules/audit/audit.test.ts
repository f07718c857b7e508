import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';
import { runAudited, withAuditedWrites } from './audited-writes';

const SAVE_VALUE = graphql(`
  mutation AuditTest_SaveValue($input: IndicatorValueInput!) {
    saveIndicatorValue(input: $input) {
      id
      period
      outcome
      comment
      version
      status
    }
  }
`);
const HISTORY = graphql(`
  query AuditTest_History($id: ID!) {
    history(entityType: "IndicatorValue", entityId: $id) {
      operation
      action
      author {
        name
      }
      orgUnit {
        code
      }
      changes {
        field
        oldValue
        newValue
      }
    }
  }
`);

describe('the audit trail', () => {
  let server: GraphqlTestServer;
  let indicatorId: number;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    await createGoalFixture(server.prisma, { committeeGoals: 1 });
    indicatorId = (await server.prisma.indicator.findFirstOrThrow({ where: { code: 'SJUKFRANVARO-1' } })).id;
    server.actAs(await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }], 'Anna Analytiker'));
  });
  afterAll(() => server.stop());

  it('records who changed which field of a value from what to what, in the same transaction', async () => {
    const existing = await server.prisma.indicatorValue.findFirstOrThrow({
      where: { indicatorId, year: 2023, periodNumber: 5 },
    });
    const { saveIndicatorValue } = await server.query(SAVE_VALUE, {
      input: {
        indicatorId: String(indicatorId),
        period: '2023-05',
        outcome: 5.1,
        periodTarget: 5,
        fullYearForecast: 5.5,
        annualTarget: 5,
        comment: 'Rättat',
        expectedVersion: existing.version,
      },
    });
    expect(saveIndicatorValue).toMatchObject({ version: existing.version + 1, status: 'YELLOW' });

    const { history } = await server.query(HISTORY, { id: saveIndicatorValue.id });
    expect(history).toEqual([
      {
        operation: 'saveIndicatorValue',
        action: 'UPDATE',
        author: { name: 'Anna Analytiker' },
        orgUnit: { code: 'intraservice' },
        changes: expect.arrayContaining([
          { field: 'outcome', oldValue: '5.9', newValue: '5.1' },
          { field: 'comment', oldValue: null, newValue: '"Rättat"' },
          { field: 'source', oldValue: null, newValue: '"Inmatat i Lägesbild"' },
        ]) as unknown,
      },
    ]);
  });

  it("refuses a save from an outdated form and keeps the other person's figures", async () => {
    const current = await server.prisma.indicatorValue.findFirstOrThrow({
      where: { indicatorId, year: 2023, periodNumber: 5 },
    });
    const input = { indicatorId: String(indicatorId), period: '2023-05', outcome: 4.9 };
    const errors = await server.queryErrors(SAVE_VALUE, { input: { ...input, expectedVersion: current.version - 1 } });
    expect(errors[0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      current: { outcome: 5.1, version: current.version },
    });
    expect((await server.prisma.indicatorValue.findUniqueOrThrow({ where: { id: current.id } })).outcome).toBe(5.1);
  });

  it('detects two people saving the same value at once: one wins, the other gets a conflict', async () => {
    const current = await server.prisma.indicatorValue.findFirstOrThrow({
      where: { indicatorId, year: 2023, periodNumber: 5 },
    });
    const save = (outcome: number) =>
      server
        .queryErrors(SAVE_VALUE, {
          input: { indicatorId: String(indicatorId), period: '2023-05', outcome, expectedVersion: current.version },
        })
        .then(
          (errors) => errors[0]!.extensions?.code,
          () => 'SAVED',
        );
    const outcomes = await Promise.all([save(4.8), save(4.7)]);
    expect(outcomes.sort()).toEqual(['CONFLICT', 'SAVED']);
    const after = await server.prisma.indicatorValue.findUniqueOrThrow({ where: { id: current.id } });
    expect(after.version).toBe(current.version + 1);
    expect(
      await server.prisma.auditEvent.count({
        where: { entityId: String(current.id), operation: 'saveIndicatorValue' },
      }),
    ).toBe(2);
  });

  it('writes nothing, neither change nor event, when the input is refused', async () => {
    const before = await server.prisma.auditEvent.count();
    const errors = await server.queryErrors(SAVE_VALUE, {
      input: { indicatorId: String(indicatorId), period: '2023-05', outcome: 120 },
    });
    expect(errors[0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'input.outcome', message: 'percentRange' }],
    });
    expect(await server.prisma.auditEvent.count()).toBe(before);
  });

  it('rolls back every write of a mutation that fails halfway, events included', async () => {
    const guarded = withAuditedWrites(server.prisma);
    const unit = await server.prisma.orgUnit.findFirstOrThrow({ where: { code: 'intraservice' } });
    const before = { units: await server.prisma.orgUnit.count(), events: await server.prisma.auditEvent.count() };
    await expect(
      runAudited(guarded, 'test', null, async (tx) => {
        await tx.orgUnit.create({
          data: { code: 'halvfardig', name: 'Halvfärdig', kind: 'DEPARTMENT', parentId: unit.id },
        });
        throw new Error('something broke after the first write');
      }),
    ).rejects.toThrow('something broke');
    expect({ units: await server.prisma.orgUnit.count(), events: await server.prisma.auditEvent.count() }).toEqual(
      before,
    );
  });

  it('refuses a write that does not go through an audited mutation', async () => {
    const guarded = withAuditedWrites(server.prisma);
    await expect(guarded.riskCategory.create({ data: { code: 'x', name: 'Utan spår' } })).rejects.toThrow(
      'RiskCategory.create outside an audited mutation',
    );
  });
});
