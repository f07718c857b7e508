import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';

/** For each role, one thing it can do and one it cannot, through the real schema. */
describe('roles scoped to org units', () => {
  let server: GraphqlTestServer;
  let fixture: Awaited<ReturnType<typeof createGoalFixture>>;
  let intraserviceGoalId: number;

  const SET_ASSESSMENT = graphql(`
    mutation RolesTest_SetAssessment($input: GoalAssessmentInput!) {
      setGoalAssessment(input: $input) {
        fulfilment
        version
      }
    }
  `);
  const assess = (goalId: number) => ({
    input: { goalId: String(goalId), year: 2023, month: 5, fulfilment: 'PARTLY_FULFILLED' as const, comment: 'Maj' },
  });
  const CREATE_USER = graphql(`
    mutation RolesTest_CreateUser($input: CreateUserInput!) {
      createUser(input: $input) {
        email
        roles {
          role
          orgUnit {
            code
          }
        }
      }
    }
  `);
  const newUser = (orgUnitId: number) => ({
    input: {
      email: 'ny@test.lagesbild.se',
      name: 'Ny Person',
      password: 'ett långt lösenord',
      roles: [{ role: 'VIEWER' as const, orgUnitId: String(orgUnitId) }],
    },
  });
  const ORG_UNITS = graphql(`
    query RolesTest_OrgUnits {
      orgUnits {
        code
      }
    }
  `);
  const codes = (errors: readonly { extensions?: Record<string, unknown> }[]) =>
    errors.map((error) => error.extensions?.code);

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    fixture = await createGoalFixture(server.prisma);
    intraserviceGoalId = (await server.prisma.goal.findFirstOrThrow({ where: { orgUnitId: fixture.committee.id } })).id;
  });
  afterAll(() => server.stop());

  describe('nobody signed in', () => {
    beforeAll(() => server.actAs(null));
    it('can see how to sign in', async () => {
      const data = await server.query(
        graphql(`
          query RolesTest_SignInOptions {
            signInOptions {
              singleSignOn
            }
            viewer {
              id
            }
          }
        `),
      );
      expect(data).toEqual({
        signInOptions: { singleSignOn: false },
        viewer: null,
      });
    });
    it('cannot read any data', async () => {
      expect(codes(await server.queryErrors(ORG_UNITS))).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('a viewer of a business area', () => {
    beforeAll(async () =>
      server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'digital-infrastruktur' }])),
    );

    it('reads its unit and, as context, the units above it', async () => {
      const { orgUnits } = await server.query(ORG_UNITS);
      expect(orgUnits.map((unit) => unit.code)).toEqual(['goteborg', 'intraservice', 'digital-infrastruktur']);
    });

    it("cannot read a sibling committee's data, not even through a nested field", async () => {
      const data = await server.query(
        graphql(`
          query RolesTest_SiblingCommittee {
            direct: orgUnit(code: "kommunstyrelsen") {
              name
            }
            nested: orgUnit(code: "goteborg") {
              children {
                code
              }
            }
            goals(orgUnitCode: "kommunstyrelsen", year: 2023) {
              title
            }
            councilGoal: goals(orgUnitCode: "intraservice", year: 2023) {
              children {
                title
              }
            }
          }
        `),
      );
      expect(data.direct).toBeNull();
      expect(data.nested!.children.map((unit) => unit.code)).toEqual(['intraservice']);
      // Only the city's council goal, which every unit serves, shows; the committee's own goal does not.
      expect(data.goals.map((goal) => goal.title)).toEqual([
        'Sjukskrivningarna till följd av arbetsrelaterad ohälsa ska minska.',
      ]);
      expect(data.councilGoal[0]!.children.map((goal) => goal.title)).not.toContain('Stadsledningskontorets mål');
    });

    it('cannot change anything', async () => {
      expect(codes(await server.queryErrors(SET_ASSESSMENT, assess(intraserviceGoalId)))).toEqual(['FORBIDDEN']);
    });
  });

  describe('an analyst of a committee', () => {
    beforeAll(async () => server.actAs(await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }])));

    it("assesses the committee's goals", async () => {
      expect(await server.query(SET_ASSESSMENT, assess(intraserviceGoalId))).toEqual({
        setGoalAssessment: { fulfilment: 'PARTLY_FULFILLED', version: 1 },
      });
    });

    it("cannot assess another committee's goal, which it is told does not exist", async () => {
      expect(codes(await server.queryErrors(SET_ASSESSMENT, assess(fixture.otherGoal.id)))).toEqual(['NOT_FOUND']);
    });

    it('cannot administer users', async () => {
      expect(codes(await server.queryErrors(CREATE_USER, newUser(fixture.committee.id)))).toEqual(['FORBIDDEN']);
    });
  });

  describe('the portfolio office', () => {
    beforeAll(async () =>
      server.actAs(await server.createUser([{ role: 'PORTFOLIO_OFFICE', orgUnitCode: 'intraservice' }])),
    );

    it("reads the committee's goals", async () => {
      const { goals } = await server.query(
        graphql(`
          query RolesTest_Goals {
            goals(orgUnitCode: "intraservice", year: 2023) {
              title
            }
          }
        `),
      );
      expect(goals.length).toBeGreaterThan(0);
    });

    it("cannot assess goals, which is the analysts' work", async () => {
      expect(codes(await server.queryErrors(SET_ASSESSMENT, assess(intraserviceGoalId)))).toEqual(['FORBIDDEN']);
    });
  });

  describe('an administrator of the whole organisation', () => {
    beforeAll(async () => server.actAs(await server.createUser([{ role: 'ADMIN', orgUnitCode: 'goteborg' }])));

    it('creates users with roles', async () => {
      expect(await server.query(CREATE_USER, newUser(fixture.committee.id))).toEqual({
        createUser: { email: 'ny@test.lagesbild.se', roles: [{ role: 'VIEWER', orgUnit: { code: 'intraservice' } }] },
      });
    });

    it('cannot change figures without the analyst role', async () => {
      expect(codes(await server.queryErrors(SET_ASSESSMENT, assess(intraserviceGoalId)))).toEqual(['FORBIDDEN']);
    });
  });

  it('an administrator of one committee only cannot administer users', async () => {
    server.actAs(await server.createUser([{ role: 'ADMIN', orgUnitCode: 'intraservice' }]));
    const users = graphql(`
      query RolesTest_Users {
        users {
          email
        }
      }
    `);
    expect(codes(await server.queryErrors(users))).toEqual(['FORBIDDEN']);
  });
});
