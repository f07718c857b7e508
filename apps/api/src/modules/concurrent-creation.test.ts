import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createGoalFixture } from '../testing/fixtures';
import { graphql } from '../testing/generated';
import { startGraphqlTestServer } from '../testing/graphql-test-server';
import type { GraphqlTestServer } from '../testing/graphql-test-server';

/**
 * Two people saving the first record of a period at the same moment: one is saved, the
 * other is told someone else got there first (CONFLICT), never an internal error. On
 * PostgreSQL both read "nothing yet" and the unique key refuses the second insert; PGlite
 * runs one transaction at a time, so there the second sees the first and conflicts anyway.
 */

const SET_ASSESSMENT = graphql(`
  mutation ConcurrentCreationTest_SetAssessment($input: GoalAssessmentInput!) {
    setGoalAssessment(input: $input) {
      id
      version
    }
  }
`);
const SAVE_ACTIVITY_UPDATE = graphql(`
  mutation ConcurrentCreationTest_SaveActivityUpdate($input: ActivityUpdateInput!) {
    saveActivityUpdate(input: $input) {
      id
      version
    }
  }
`);
const CREATE_USER = graphql(`
  mutation ConcurrentCreationTest_CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
    }
  }
`);
const RECORD_CONTROL_RESULT = graphql(`
  mutation ConcurrentCreationTest_RecordControlResult($input: ControlResultInput!) {
    recordControlResult(input: $input) {
      id
      version
    }
  }
`);

/** Pairs sent one after the other, each for a period nobody has saved yet: the race is won by chance. */
const PAIRS = 6;

describe('two people creating the same record at once', () => {
  let server: GraphqlTestServer;
  let ids: { goalId: string; activityId: string; controlId: string };
  let consoleError: jest.SpiedFunction<typeof console.error>;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    const fixture = await createGoalFixture(server.prisma, { committeeGoals: 1 });
    const goal = await server.prisma.goal.findFirstOrThrow({ where: { orgUnitId: fixture.committee.id } });
    const activity = await server.prisma.activity.findFirstOrThrow({ where: { goalId: goal.id } });
    const control = await server.prisma.internalControl.create({
      data: { orgUnitId: fixture.committee.id, title: 'Attest av fakturor' },
    });
    ids = { goalId: String(goal.id), activityId: String(activity.id), controlId: String(control.id) };
    server.actAs(await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }]));
  });
  afterAll(() => server.stop());

  // An internal error is logged before it is answered; a conflict is expected and is not.
  beforeEach(() => {
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => consoleError.mockRestore());

  /** What a caller sees of one save: SAVED, or the code of its error (queryErrors rejects a success). */
  const outcomeOf = <Input>(document: TypedDocumentNode<unknown, { input: Input }>, input: Input): Promise<string> =>
    server.queryErrors(document, { input }).then(
      (errors) => String(errors[0]!.extensions?.code),
      () => 'SAVED',
    );

  it.each([
    {
      mutation: 'setGoalAssessment',
      save: (month: number) =>
        outcomeOf(SET_ASSESSMENT, { goalId: ids.goalId, year: 2024, month, fulfilment: 'FULFILLED' }),
    },
    {
      mutation: 'saveActivityUpdate',
      save: (month: number) =>
        outcomeOf(SAVE_ACTIVITY_UPDATE, { activityId: ids.activityId, year: 2024, month, status: 'ONGOING' }),
    },
    {
      mutation: 'recordControlResult',
      save: (month: number) =>
        outcomeOf(RECORD_CONTROL_RESULT, {
          controlId: ids.controlId,
          year: 2024,
          month,
          performed: true,
          outcome: 'OK',
        }),
    },
  ])('$mutation saves one and answers the other CONFLICT', async ({ save }) => {
    for (let month = 1; month <= PAIRS; month++) {
      const outcomes = (await Promise.all([save(month), save(month)])).sort();
      expect({ month, outcomes }).toEqual({ month, outcomes: ['CONFLICT', 'SAVED'] });
    }
    expect(consoleError).not.toHaveBeenCalled();
  });

  it('createUser with the same address at once, in any case, adds one user and tells the other the address is taken', async () => {
    const administrator = await server.createUser([{ role: 'ADMIN', orgUnitCode: 'goteborg' }]);
    server.actAs(administrator);
    for (let pair = 1; pair <= PAIRS; pair++) {
      // The same address written in two cases: the unique key alone (exact) would keep both.
      const addresses = [`samtidig.${pair}@test.lagesbild.se`, `Samtidig.${pair}@test.lagesbild.se`];
      const answers = await Promise.all(
        addresses.map((email) =>
          server.queryErrors(CREATE_USER, { input: { email, name: `Samtidig ${pair}`, roles: [] } }).then(
            (errors) => ({ code: errors[0]!.extensions?.code, fieldErrors: errors[0]!.extensions?.fieldErrors }),
            () => ({ code: 'SAVED' }),
          ),
        ),
      );
      expect(answers).toContainEqual({ code: 'SAVED' });
      expect(answers).toContainEqual({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ field: 'input.email', message: 'emailTaken' }],
      });
    }
    expect(consoleError).not.toHaveBeenCalled();
  });
});
