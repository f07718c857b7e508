import { caseNumberSchema } from './common-schemas';
import { adoptPlanInputSchema, commitRollOverInputSchema } from './plan-schemas';

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((issue) => issue.message);

describe('the case number of a committee decision', () => {
  it.each([
    ['SLK-2022-01441', 'SLK-2022-01441'],
    ['  N170-0123/22 ', 'N170-0123/22'],
    ['KS   2023/0123', 'KS 2023/0123'],
    ['0014/16', '0014/16'],
  ])('takes %j as %j', (text, caseNumber) => {
    expect(caseNumberSchema.parse(text)).toBe(caseNumber);
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['Dnr', 'invalidCaseNumber'],
    ['-2023-1', 'invalidCaseNumber'],
    ['SLK;2023', 'invalidCaseNumber'],
    ['x'.repeat(51), 'tooLong'],
  ])('refuses %j (%s)', (text, message) => {
    expect(messagesOf(caseNumberSchema.safeParse(text))).toEqual([message]);
  });
});

describe('adopting a plan', () => {
  const valid = { orgUnitId: '3', year: 2023, decisionDate: '2022-12-13', caseNumber: 'N170-0123/22' };

  it('takes a decision and reads a missing version as "no plan yet"', () => {
    expect(adoptPlanInputSchema.parse(valid)).toEqual({ ...valid, orgUnitId: 3, expectedVersion: null });
  });

  it('refuses a decision date in the future', () => {
    expect(messagesOf(adoptPlanInputSchema.safeParse({ ...valid, decisionDate: '2999-01-01' }))).toContain(
      'invalidDate',
    );
  });
});

describe('committing a roll-over', () => {
  it('keeps a new title of a goal and reads a missing one as its old', () => {
    const parsed = commitRollOverInputSchema.parse({
      orgUnitId: '2',
      fromYear: 2023,
      goals: [
        { goalId: '7', carry: true, title: '  Ny titel ' },
        { goalId: '8', carry: true },
      ],
      indicatorLinks: [],
      activities: [],
      targets: [],
    });
    expect(parsed.goals).toEqual([
      { goalId: 7, carry: true, title: 'Ny titel' },
      { goalId: 8, carry: true, title: null },
    ]);
  });
});
