import { isoToday } from '@lagesbild/types';
import { AnswerCache } from '../../answer-cache';
import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';
import type { SignedInUser } from '../access';

const MY_TO_DO = graphql(`
  query ToDoTest_MyToDo {
    myToDo {
      id
      kind
      title
      orgUnitName
      periodKind
      year
      periodNumber
      deadline
      overdue
      link
    }
  }
`);

const SAVE_VALUES = graphql(`
  mutation ToDoTest_SaveValues($input: IndicatorValuesInput!) {
    saveIndicatorValues(input: $input) {
      id
    }
  }
`);

describe('the to-do list (myToDo)', () => {
  let server: GraphqlTestServer;
  let analyst: SignedInUser;
  let outsider: SignedInUser;

  beforeAll(async () => {
    // As the app runs it: the list is kept per user, date and data version.
    server = await startGraphqlTestServer({ answerCache: new AnswerCache() });
    const fixture = await createGoalFixture(server.prisma);
    analyst = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }], 'Analytiker');
    // Owns an indicator of Kommunstyrelsen but holds a role only in Intraservice's business area.
    outsider = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'digital-infrastruktur' }], 'Utomstående');
    await server.prisma.indicator.update({ where: { id: fixture.otherIndicator.id }, data: { ownerId: outsider.id } });
  });
  afterAll(() => server.stop());

  it("lists the analyst's indicators due around today, the overdue ones marked, each with its link", async () => {
    server.actAs(analyst);
    const { myToDo } = await server.query(MY_TO_DO);
    const indicators = myToDo.filter((item) => item.kind === 'INDICATOR_VALUE');
    // The committee's two monthly indicators (they have figures since 2022) for every month whose
    // deadline lies in the window: about four months.
    expect(new Set(indicators.map((item) => item.title))).toEqual(new Set(['Sjukfrånvaro 1', 'Sjukfrånvaro 2']));
    expect(indicators.length).toBeGreaterThanOrEqual(6);
    const today = isoToday();
    for (const item of myToDo) {
      expect(item.overdue).toBe(item.deadline < today);
      expect(item.orgUnitName).toBe('Intraservice');
    }
    expect(myToDo.map((item) => item.deadline)).toEqual([...myToDo.map((item) => item.deadline)].sort());
    const latest = indicators.at(-1)!;
    expect(latest).toMatchObject({
      periodKind: 'MONTH',
      link: `/registrera?enhet=intraservice&period=${latest.year}-${String(latest.periodNumber).padStart(2, '0')}`,
    });
  });

  it('drops an item once its value is reported', async () => {
    server.actAs(analyst);
    const before = (await server.query(MY_TO_DO)).myToDo;
    const item = before.find((candidate) => candidate.title === 'Sjukfrånvaro 1')!;
    const indicator = await server.prisma.indicator.findFirstOrThrow({ where: { name: 'Sjukfrånvaro 1' } });
    const period = `${item.year}-${String(item.periodNumber).padStart(2, '0')}`;
    await server.query(SAVE_VALUES, { input: { values: [{ indicatorId: String(indicator.id), period, outcome: 5 }] } });
    const after = (await server.query(MY_TO_DO)).myToDo;
    expect(after.map((candidate) => candidate.id)).toEqual(
      before.filter((candidate) => candidate.id !== item.id).map((candidate) => candidate.id),
    );
  });

  it('marks an item overdue once its deadline has passed in Sweden, though the list was kept from the day before', async () => {
    server.actAs(analyst);
    const item = (await server.query(MY_TO_DO)).myToDo.at(-1)!;
    const itemOn = async () => (await server.query(MY_TO_DO)).myToDo.find((candidate) => candidate.id === item.id);
    // Only the clock is set; the database's and the server's timers run as usual.
    jest.useFakeTimers({
      // 22:30 or 23:30 in Stockholm (winter or summer): still the deadline's day there.
      now: new Date(`${item.deadline}T21:30:00Z`),
      advanceTimers: true,
      doNotFake: [
        'hrtime',
        'nextTick',
        'performance',
        'queueMicrotask',
        'setImmediate',
        'clearImmediate',
        'setInterval',
        'clearInterval',
        'setTimeout',
        'clearTimeout',
      ],
    });
    try {
      expect(await itemOn()).toMatchObject({ overdue: false });
      // Half past midnight or later in Stockholm, while UTC is still on the deadline's day.
      jest.setSystemTime(new Date(`${item.deadline}T23:30:00Z`));
      expect(await itemOn()).toMatchObject({ overdue: true });
    } finally {
      jest.useRealTimers();
    }
  });

  it('shows nothing of a unit the user may not read, even what they own, and refuses someone not signed in', async () => {
    server.actAs(outsider);
    const { myToDo } = await server.query(MY_TO_DO);
    expect(myToDo.filter((item) => item.title === 'Personalomsättning')).toEqual([]);

    server.actAs(null);
    const errors = await server.queryErrors(MY_TO_DO);
    expect(errors.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});
