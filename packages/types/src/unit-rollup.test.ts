import { canBeSummed, defaultUnitRollup, rolledUpStatusApplies } from './unit-rollup';

describe('defaultUnitRollup', () => {
  it.each([
    ['TKR', false, 'SUM'],
    ['MNKR', false, 'SUM'],
    ['COUNT', false, 'SUM'],
    ['FTE', false, 'SUM'],
    ['TERABYTE', false, 'SUM'],
    ['PERCENT', false, 'AVERAGE'],
    ['DAYS', false, 'AVERAGE'],
    ['INDEX', false, 'LIST'],
    // What adds up over the year adds up across units too.
    ['DAYS', true, 'SUM'],
  ] as const)('gives %s (cumulative %s) %s', (unit, cumulative, expected) => {
    expect(defaultUnitRollup(unit, cumulative)).toBe(expected);
  });
});

describe('canBeSummed', () => {
  it('refuses rates and indexes, allows volumes', () => {
    expect(canBeSummed('PERCENT')).toBe(false);
    expect(canBeSummed('INDEX')).toBe(false);
    expect(canBeSummed('COUNT')).toBe(true);
    expect(canBeSummed('DAYS')).toBe(true);
  });
});

describe('rolledUpStatusApplies', () => {
  it('colours averages and relatively measured sums, never a list or an absolutely measured sum', () => {
    expect(rolledUpStatusApplies('AVERAGE', 'ABSOLUTE')).toBe(true);
    expect(rolledUpStatusApplies('SUM', 'RELATIVE')).toBe(true);
    expect(rolledUpStatusApplies('SUM', 'ABSOLUTE')).toBe(false);
    expect(rolledUpStatusApplies('LIST', 'RELATIVE')).toBe(false);
  });
});
