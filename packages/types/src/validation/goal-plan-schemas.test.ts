import { createActivityInputSchema, createGoalInputSchema, setGoalIndicatorsInputSchema } from './goal-plan-schemas';

const messagesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);

const goal = {
  orgUnitId: '2',
  year: 2023,
  level: 'COMMITTEE',
  perspectiveId: '1',
  title: '  Frisknärvaron ska öka  ',
  parentIds: ['11'],
};

describe('the goal schema', () => {
  it('trims the title and reads ids sent as text', () => {
    expect(createGoalInputSchema.parse(goal)).toMatchObject({
      orgUnitId: 2,
      title: 'Frisknärvaron ska öka',
      description: null,
      parentIds: [11],
    });
  });

  it.each([
    ['a blank title', { title: ' ' }, ['title required']],
    ['a committee goal serving nothing', { parentIds: [] }, ['parentIds parentRequired']],
    ['a council goal serving another', { level: 'COUNCIL' }, ['parentIds councilGoalServesNone']],
    ['a year before 1900', { year: 1800 }, ['year outOfRange']],
    ['a title of 501 characters', { title: 'x'.repeat(501) }, ['title tooLong']],
  ])('refuses %s', (_case, changes, messages) => {
    expect(messagesOf(createGoalInputSchema.safeParse({ ...goal, ...changes }))).toEqual(messages);
  });

  it('counts an indicator named twice once', () => {
    expect(
      setGoalIndicatorsInputSchema.parse({ goalId: '1', expectedVersion: 1, indicatorIds: ['5', '5', '6'] })
        .indicatorIds,
    ).toEqual([5, 6]);
  });
});

describe('the activity schema', () => {
  const activity = { goalId: '12', title: 'Hälsovecka' };

  it('takes a user or a typed name as owner, empty text as none', () => {
    expect(createActivityInputSchema.parse({ ...activity, ownerName: ' ', startDate: '' })).toMatchObject({
      ownerId: null,
      ownerName: null,
      startDate: null,
    });
  });

  it.each([
    ['both a user and a name as owner', { ownerId: '7', ownerName: 'Anna' }, ['ownerName ownerTwice']],
    ['an end before the start', { startDate: '2023-06-01', endDate: '2023-05-31' }, ['endDate endBeforeStart']],
    ['a day that does not exist', { endDate: '2023-02-30' }, ['endDate invalidDate']],
  ])('refuses %s', (_case, changes, messages) => {
    expect(messagesOf(createActivityInputSchema.safeParse({ ...activity, ...changes }))).toEqual(messages);
  });
});
