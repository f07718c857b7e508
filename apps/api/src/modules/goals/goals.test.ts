import { createGoalFixture } from '../../testing/fixtures';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';

const GOALS_WITH_INDICATORS = /* GraphQL */ `
  query Goals($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {
    goals(orgUnitCode: $orgUnitCode, year: $year) {
      title
      level
      perspective {
        name
      }
      orgUnit {
        code
      }
      parents {
        title
      }
      assessment(upTo: $upTo) {
        year
        month
        fulfilment
        comment
      }
      indicators {
        name
        latestValue(upTo: $upTo) {
          period
          outcome
          periodTarget
          fullYearForecast
          status
          isSynthetic
        }
      }
    }
  }
`;

interface GoalsResult {
  goals: {
    title: string;
    level: string;
    perspective: { name: string };
    orgUnit: { code: string };
    parents: { title: string }[];
    assessment: { year: number; month: number; fulfilment: string; comment: string } | null;
    indicators: { name: string; latestValue: Record<string, unknown> | null }[];
  }[];
}

describe('goals of an org unit', () => {
  let server: GraphqlTestServer;
  beforeAll(async () => {
    server = await startGraphqlTestServer();
    await createGoalFixture(server.prisma, { committeeGoals: 2 });
    server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'goteborg' }]));
  });
  afterAll(() => server.stop());

  it('lists the council goal first, then the committee goals that serve it, with their indicators', async () => {
    const { goals } = await server.query<GoalsResult>(GOALS_WITH_INDICATORS, {
      orgUnitCode: 'intraservice',
      year: 2023,
      upTo: { year: 2023, month: 5 },
    });
    expect(goals.map((goal) => [goal.level, goal.title])).toEqual([
      ['COUNCIL', 'Sjukskrivningarna till följd av arbetsrelaterad ohälsa ska minska.'],
      ['COMMITTEE', 'Nämndmål 1'],
      ['COMMITTEE', 'Nämndmål 2'],
    ]);
    const committeeGoal = goals[1]!;
    expect(committeeGoal.perspective.name).toBe('Medarbetare');
    expect(committeeGoal.parents).toEqual([{ title: goals[0]!.title }]);
    expect(committeeGoal.assessment).toEqual({ year: 2023, month: 3, fulfilment: 'PARTLY_FULFILLED', comment: 'Mars' });
  });

  it("shows each indicator's latest outcome in the period, judged by the status rule", async () => {
    const { goals } = await server.query<GoalsResult>(GOALS_WITH_INDICATORS, {
      orgUnitCode: 'intraservice',
      year: 2023,
      upTo: { year: 2023, month: 5 },
    });
    expect(goals[1]!.indicators).toEqual([
      {
        name: 'Sjukfrånvaro 1',
        latestValue: {
          period: '2023-05',
          outcome: 5.9,
          periodTarget: 5,
          fullYearForecast: 5.5,
          status: 'RED',
          isSynthetic: false,
        },
      },
    ]);
  });

  it('goes back to the latest period with an outcome, never beyond the chosen month', async () => {
    const { goals } = await server.query<GoalsResult>(GOALS_WITH_INDICATORS, {
      orgUnitCode: 'intraservice',
      year: 2023,
      upTo: { year: 2023, month: 4 },
    });
    expect(goals[1]!.indicators[0]!.latestValue).toMatchObject({
      period: '2022-05',
      outcome: 4.5,
      status: 'NOT_ASSESSED',
    });
  });

  it('returns nothing for a unit without goals and an unknown unit', async () => {
    for (const orgUnitCode of ['digital-infrastruktur', 'no-such-unit']) {
      const { goals } = await server.query<GoalsResult>(GOALS_WITH_INDICATORS, {
        orgUnitCode,
        year: 2023,
        upTo: { year: 2023, month: 5 },
      });
      expect(goals).toEqual([]);
    }
  });

  it('answers an impossible month with a field-level error', async () => {
    const errors = await server.queryErrors(GOALS_WITH_INDICATORS, {
      orgUnitCode: 'intraservice',
      year: 2023,
      upTo: { year: 2023, month: 13 },
    });
    expect(errors[0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'upTo.month', message: 'month.outOfRange' }],
    });
  });
});

describe('goals query cost', () => {
  it('sends the same number of SQL statements for 2 goals as for 12', async () => {
    const statementsFor = async (committeeGoals: number): Promise<number> => {
      const server = await startGraphqlTestServer();
      try {
        await createGoalFixture(server.prisma, { committeeGoals });
        server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'goteborg' }]));
        server.statements.length = 0;
        const { goals } = await server.query<GoalsResult>(GOALS_WITH_INDICATORS, {
          orgUnitCode: 'intraservice',
          year: 2023,
          upTo: { year: 2023, month: 5 },
        });
        expect(goals).toHaveLength(committeeGoals + 1);
        return server.statements.length;
      } finally {
        await server.stop();
      }
    };
    const few = await statementsFor(2);
    const many = await statementsFor(12);
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(15);
  });
});
