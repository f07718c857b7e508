import { createGoalFixture } from '../testing/fixtures';
import { startGraphqlTestServer } from '../testing/graphql-test-server';
import type { GraphqlTestServer } from '../testing/graphql-test-server';

describe('probe', () => {
  let server: GraphqlTestServer;
  let fixture: Awaited<ReturnType<typeof createGoalFixture>>;
  beforeAll(async () => {
    server = await startGraphqlTestServer();
    fixture = await createGoalFixture(server.prisma);
    server.actAs(
      await server.createUser([
        { role: 'ADMIN', orgUnitCode: 'goteborg' },
        { role: 'ANALYST', orgUnitCode: 'goteborg' },
      ]),
    );
  });
  afterAll(() => server.stop());
  const run = async (q: string, v: Record<string, unknown>) => {
    try {
      console.log(JSON.stringify(await server.queryErrors(q, v)).slice(0, 1500));
    } catch (e) {
      console.log('OK', String(e).slice(0, 500));
    }
  };
  const SA = `mutation ($input: GoalAssessmentInput!) { setGoalAssessment(input: $input) { comment version } }`;
  const SV = `mutation ($input: IndicatorValueInput!) { saveIndicatorValue(input: $input) { comment version } }`;
  const CU = `mutation ($input: CreateUserInput!) { createUser(input: $input) { name version } }`;
  const UU = `mutation ($input: UpdateUserInput!) { updateUser(input: $input) { name version } }`;
  it('probes', async () => {
    const goalId = String(fixture.councilGoal.id + 1);
    await run(SA, { input: { goalId: '99999999999', year: 2023, month: 5, fulfilment: 'FULFILLED' } });
    await run(SA, { input: { goalId, year: 2023, month: 6, fulfilment: 'FULFILLED', comment: 'a\u0000b' } });
    await run(SA, { input: { goalId, year: 2023, month: 7, fulfilment: 'FULFILLED', comment: 'a\uD800b' } });
    await run(SA, { input: { goalId, year: 2023, month: 8, fulfilment: 'FULFILLED', comment: 'x'.repeat(100000) } });
    await run(SA, { input: { goalId, year: 2023, month: 8, fulfilment: 'FULFILLED', extra: 1 } });
    await run(SA, { input: { goalId, year: '2023', month: 8, fulfilment: 'FULFILLED' } });
    await run(SV, { input: { indicatorId: '99999999999', period: '2023-05', outcome: 1 } });
    await run(CU, { input: { email: 'a@b.se', name: 'A', roles: [{ role: 'VIEWER', orgUnitId: '99999999999' }] } });
    await run(CU, { input: { email: 'a2@b.se', name: 'A\u0000', roles: [] } });
    await run(UU, { input: { id: '99999999999', expectedVersion: 1, name: 'A', isActive: true, roles: [] } });
    const u = await server.prisma.user.create({
      data: { email: 'berit@x.se', name: 'Berit', passwordHash: 'hash$argon2', version: 2 },
    });
    await run(UU, { input: { id: String(u.id), expectedVersion: 1, name: 'A', isActive: true, roles: [] } });
    await run(UU, {
      input: { id: String(u.id), expectedVersion: 2, name: 'A', isActive: true, roles: [], email: 'x@y.se' },
    });
    await run(UU, { input: { id: String(u.id), expectedVersion: 1e300, name: 'A', isActive: true, roles: [] } });
  });
});
