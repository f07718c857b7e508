import { rollUp, rollUpInTree, rollupKindOf } from './rollup';

describe('rolling up figures from the units below', () => {
  it('sums money, counts and volumes, and averages levels', () => {
    expect(rollupKindOf({ unit: 'TKR', cumulative: false })).toBe('SUM');
    expect(rollupKindOf({ unit: 'COUNT', cumulative: false })).toBe('SUM');
    expect(rollupKindOf({ unit: 'FTE', cumulative: false })).toBe('SUM');
    expect(rollupKindOf({ unit: 'PERCENT', cumulative: false })).toBe('AVERAGE');
    expect(rollupKindOf({ unit: 'INDEX', cumulative: false })).toBe('AVERAGE');
    expect(rollupKindOf({ unit: 'DAYS', cumulative: false })).toBe('AVERAGE');
    // A volume that adds up over the year adds up over units too, whatever its unit.
    expect(rollupKindOf({ unit: 'DAYS', cumulative: true })).toBe('SUM');
  });

  const figures = (outcome: number | null, periodTarget: number | null = null) => ({
    outcome,
    periodTarget,
    fullYearForecast: null,
    annualTarget: null,
  });

  it('combines each figure over the children that have it, and names them', () => {
    const children = [
      { unitId: 1, value: figures(5.9, 5) },
      { unitId: 2, value: figures(4.1) },
    ];
    expect(rollUp('SUM', children)).toEqual({
      outcome: 10,
      periodTarget: 5,
      fullYearForecast: null,
      annualTarget: null,
      statusOverride: null,
      from: [1, 2],
    });
    expect(rollUp('AVERAGE', children)).toMatchObject({ outcome: 5, periodTarget: 5, from: [1, 2] });
    expect(rollUp('AVERAGE', [])).toBeNull();
  });

  it("takes a unit's own value where it measures the indicator, else its children's, down the tree", () => {
    // 1 ─┬─ 2 (measures: 10)
    //    ├─ 3 ── 4 (measures: 6), 5 (measures, no value)
    //    └─ 6 (measures nothing)
    const children: Record<number, number[]> = { 1: [2, 3, 6], 3: [4, 5] };
    const own: Record<number, ReturnType<typeof figures> | null> = { 2: figures(10), 4: figures(6), 5: null };
    const tree = {
      childrenOf: (id: number) => children[id] ?? [],
      measures: (id: number) => id in own,
      ownValueOf: (id: number) => own[id] ?? null,
    };
    expect(rollUpInTree(1, 'SUM', tree)).toMatchObject({ outcome: 16, from: [2, 3] });
    expect(rollUpInTree(1, 'AVERAGE', tree)).toMatchObject({ outcome: 8, from: [2, 3] });
    expect(rollUpInTree(2, 'SUM', tree)).toEqual(figures(10));
    expect(rollUpInTree(6, 'SUM', tree)).toBeNull();
  });
});
