import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';

const GOALS_WITH_INDICATORS = graphql(`
  query GoalsTest_Goals($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {
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
      activities {
        title
        endDate
        update(upTo: $upTo) {
          month
          status
          comment
        }
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
`);

describe('goals of an org unit', () => {
  let server: GraphqlTestServer;
  beforeAll(async () => {
    server = await startGraphqlTestServer();
    await createGoalFixture(server.prisma, { committeeGoals: 2 });
    server.actAs(await server.createUser([{ role: 'VIEWER', orgUnitCode: 'goteborg' }]));
  });
  afterAll(() => server.stop());

  it('lists the council goal first, then the committee goals that serve it, with their indicators', async () => {
    const { goals } = await server.query(GOALS_WITH_INDICATORS, {
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
    const { goals } = await server.query(GOALS_WITH_INDICATORS, {
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
    const { goals } = await server.query(GOALS_WITH_INDICATORS, {
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

  it("shows each goal's activities with their status and comment as of the period", async () => {
    const goalsAsOf = (month: number) =>
      server.query(GOALS_WITH_INDICATORS, {
        orgUnitCode: 'intraservice',
        year: 2023,
        upTo: { year: 2023, month },
      });
    const [may, march, january] = await Promise.all([goalsAsOf(5), goalsAsOf(3), goalsAsOf(1)]);
    expect(may.goals[1]!.activities).toEqual([
      { title: 'Aktivitet 1', endDate: '2023-12-31', update: { month: 5, status: 'ONGOING', comment: 'Arbete pågår' } },
    ]);
    expect(march.goals[1]!.activities[0]!.update).toEqual({ month: 2, status: 'NOT_STARTED', comment: null });
    expect(january.goals[1]!.activities[0]!.update).toBeNull();
    expect(may.goals[0]!.activities).toEqual([]);
  });

  it('gathers the goals of every committee under the city', async () => {
    const { goals } = await server.query(GOALS_WITH_INDICATORS, {
      orgUnitCode: 'goteborg',
      year: 2023,
      upTo: { year: 2023, month: 5 },
    });
    expect(goals.map((goal) => [goal.level, goal.title, goal.orgUnit.code])).toEqual([
      ['COUNCIL', 'Sjukskrivningarna till följd av arbetsrelaterad ohälsa ska minska.', 'goteborg'],
      ['COMMITTEE', 'Stadsledningskontorets mål', 'kommunstyrelsen'],
      ['COMMITTEE', 'Nämndmål 1', 'intraservice'],
      ['COMMITTEE', 'Nämndmål 2', 'intraservice'],
    ]);
  });

  it('returns nothing for a unit without goals and an unknown unit', async () => {
    for (const orgUnitCode of ['digital-infrastruktur', 'no-such-unit']) {
      const { goals } = await server.query(GOALS_WITH_INDICATORS, {
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
        const { goals } = await server.query(GOALS_WITH_INDICATORS, {
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
    // Two of them read the thresholds' history of the goals' indicators, which judges their values.
    expect(few).toBeLessThanOrEqual(17);
  });
});
