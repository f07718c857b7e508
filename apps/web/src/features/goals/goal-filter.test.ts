import type { GoalFilter_GoalFragment } from '../../generated/graphql';
import { filterGoals } from './goal-filter';

const indicator = (id: string, period: string | null, status: 'GREEN' | 'RED') => ({
  id,
  periodicity: 'MONTH' as const,
  latestValue: period
    ? {
        id: `v${id}`,
        period,
        status,
      }
    : null,
});

const goal = (
  id: string,
  perspectiveId: string,
  indicators: ReturnType<typeof indicator>[],
): GoalFilter_GoalFragment => ({
  id,
  perspective: { id: perspectiveId },
  indicators,
});

const goals = [
  goal('g1', 'p1', [indicator('green', '2023-05', 'GREEN'), indicator('red', '2023-05', 'RED')]),
  goal('g2', 'p2', [indicator('old', '2022-05', 'RED'), indicator('none', null, 'RED')]),
];
const may2023 = { year: 2023, month: 5 };
const ids = (filtered: GoalFilter_GoalFragment[]) =>
  filtered.map((one) => [one.id, one.indicators.map((item) => item.id)]);

describe('filtering the goals', () => {
  it('keeps everything without a filter', () => {
    expect(ids(filterGoals(goals, { perspectiveId: null, status: null }, may2023))).toEqual([
      ['g1', ['green', 'red']],
      ['g2', ['old', 'none']],
    ]);
  });

  it('keeps one perspective', () => {
    expect(ids(filterGoals(goals, { perspectiveId: 'p2', status: null }, may2023))).toEqual([['g2', ['old', 'none']]]);
  });

  it('keeps the indicators in a status, and only the goals that have one', () => {
    expect(ids(filterGoals(goals, { perspectiveId: null, status: 'RED' }, may2023))).toEqual([['g1', ['red']]]);
  });

  it('finds the indicators that are no longer reported, whatever their old colour', () => {
    expect(ids(filterGoals(goals, { perspectiveId: null, status: 'NOT_REPORTED' }, may2023))).toEqual([
      ['g2', ['old', 'none']],
    ]);
  });
});
