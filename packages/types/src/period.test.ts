import {
  comparePeriods,
  firstMonthOf,
  startsBy,
  formatPeriodKey,
  lastMonthOf,
  parsePeriodKey,
  parseYearMonth,
  tertialOfMonth,
} from './period';

describe('period keys', () => {
  it('writes and reads years, tertials and months', () => {
    expect(formatPeriodKey({ granularity: 'YEAR', year: 2023, periodNumber: 1 })).toBe('2023');
    expect(formatPeriodKey({ granularity: 'TERTIAL', year: 2023, periodNumber: 2 })).toBe('2023-T2');
    expect(formatPeriodKey({ granularity: 'MONTH', year: 2023, periodNumber: 5 })).toBe('2023-05');
    for (const key of ['2023', '2023-T2', '2023-05', '2023-12']) {
      expect(formatPeriodKey(parsePeriodKey(key)!)).toBe(key);
    }
  });

  it('rejects what is not a period', () => {
    expect(parsePeriodKey('2023-13')).toBeUndefined();
    expect(parsePeriodKey('2023-T4')).toBeUndefined();
    expect(parsePeriodKey('2023-00')).toBeUndefined();
    expect(parsePeriodKey('maj 2023')).toBeUndefined();
    expect(parseYearMonth('2023-T2')).toBeUndefined();
    expect(parseYearMonth('2023-05')).toEqual({ year: 2023, month: 5 });
  });
});

describe('period arithmetic', () => {
  it('knows the last month of each period', () => {
    expect(lastMonthOf({ granularity: 'TERTIAL', year: 2023, periodNumber: 2 })).toBe(8);
    expect(lastMonthOf({ granularity: 'YEAR', year: 2023, periodNumber: 1 })).toBe(12);
    expect(tertialOfMonth(4)).toBe(1);
    expect(tertialOfMonth(5)).toBe(2);
  });

  it('tells whether a period has begun by a month, counting periods in progress', () => {
    const may2023 = { year: 2023, month: 5 };
    expect(firstMonthOf({ granularity: 'TERTIAL', year: 2023, periodNumber: 2 })).toBe(5);
    expect(startsBy({ granularity: 'TERTIAL', year: 2023, periodNumber: 2 }, may2023)).toBe(true);
    expect(startsBy({ granularity: 'TERTIAL', year: 2023, periodNumber: 3 }, may2023)).toBe(false);
    expect(startsBy({ granularity: 'MONTH', year: 2023, periodNumber: 6 }, may2023)).toBe(false);
    expect(startsBy({ granularity: 'YEAR', year: 2023, periodNumber: 1 }, may2023)).toBe(true);
  });

  it('orders periods by when they end', () => {
    const keys = ['2023', '2023-T1', '2022', '2023-04', '2023-05'];
    const sorted = keys
      .map((key) => parsePeriodKey(key)!)
      .sort(comparePeriods)
      .map(formatPeriodKey);
    expect(sorted).toEqual(['2022', '2023-04', '2023-T1', '2023-05', '2023']);
  });
});
