import { diffPlanSnapshots } from './plan-diff';
import type { PlanSnapshot } from './plan-snapshot';

const goal = (id: number, title: string, parents: string[] = [], indicators: string[] = []) => ({
  id,
  title,
  level: 'COMMITTEE' as const,
  orgUnitId: 2,
  perspectiveId: 1,
  parents: parents.map((parent, index) => ({ id: 100 + index, title: parent })),
  indicators: indicators.map((name, index) => ({ id: 200 + index, name })),
});
const target = (period: string, periodTarget: number | null, annualTarget: number | null = 5) => ({
  indicatorId: 200,
  indicatorName: 'Sjukfrånvaro',
  period,
  periodTarget,
  annualTarget,
});

describe('what changed between two revisions of a plan', () => {
  const before: PlanSnapshot = {
    goals: [goal(1, 'God service', ['KF-mål A'], ['Sjukfrånvaro']), goal(2, 'Hållbara inköp')],
    targets: [target('2023-05', 5), target('2023-06', 5)],
  };

  it('finds nothing between a revision and itself', () => {
    expect(diffPlanSnapshots(before, before)).toEqual([]);
  });

  it('names goals added, removed and renamed, links and indicator links, and each target changed', () => {
    const after: PlanSnapshot = {
      goals: [goal(1, 'God intern service', [], ['Sjukfrånvaro']), goal(3, 'Nytt mål', ['KF-mål A'])],
      targets: [target('2023-05', 4.5), target('2023-07', 5)],
    };
    const changes = diffPlanSnapshots(before, after).map(
      ({ kind, subject, object, before: old, after: now, targetField, beforeValue, afterValue }) =>
        [kind, subject, object, old ?? now ?? targetField, beforeValue, afterValue].filter((part) => part !== null),
    );
    expect(changes).toEqual([
      ['GOAL_ADDED', 'Nytt mål'],
      ['GOAL_LINK_ADDED', 'Nytt mål', 'KF-mål A'],
      ['GOAL_REMOVED', 'Hållbara inköp'],
      ['GOAL_RENAMED', 'God intern service', 'God service'],
      ['GOAL_LINK_REMOVED', 'God intern service', 'KF-mål A'],
      ['TARGET_CHANGED', 'Sjukfrånvaro', '2023-05', 'PERIOD_TARGET', 5, 4.5],
      ['TARGET_ADDED', 'Sjukfrånvaro', '2023-07', 'PERIOD_TARGET', 5],
      ['TARGET_REMOVED', 'Sjukfrånvaro', '2023-06', 'PERIOD_TARGET', 5],
    ]);
  });

  it("names an annual target once, by its year, not by each period's copy of it", () => {
    const withYear = (annualTarget: number) => ({
      goals: [],
      targets: [
        target('2023', null, annualTarget),
        target('2023-05', 5, annualTarget),
        target('2023-06', 5, annualTarget),
      ],
    });
    const changes = diffPlanSnapshots(withYear(5), withYear(4)).map(
      ({ kind, object, targetField, beforeValue, afterValue }) => [kind, object, targetField, beforeValue, afterValue],
    );
    expect(changes).toEqual([['TARGET_CHANGED', '2023', 'ANNUAL_TARGET', 5, 4]]);
    // Without a year's own value, the periods' copy stands for the year's target.
    const periodsOnly = (annualTarget: number): PlanSnapshot => ({
      goals: [],
      targets: [target('2023-05', 5, annualTarget), target('2023-06', 5, annualTarget)],
    });
    expect(
      diffPlanSnapshots(periodsOnly(5), periodsOnly(6)).map((change) => [change.object, change.afterValue]),
    ).toEqual([['2023', 6]]);
  });
});
