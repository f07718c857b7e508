import { checkTargetsAgainstIndicator, targetPeriodsOf, targetsInputSchema } from './target-schemas';

const monthly = { unit: 'PERCENT' as const, periodicity: 'MONTH' as const };
const twelve = (value: number | null = null) => Array.from({ length: 12 }, () => value);

describe('targets', () => {
  it('takes period targets in the months or tertials of the year, none for a yearly indicator', () => {
    expect(targetPeriodsOf('MONTH', 2024)).toHaveLength(12);
    expect(targetPeriodsOf('MONTH', 2024)[4]).toBe('2024-05');
    expect(targetPeriodsOf('TERTIAL', 2024)).toEqual(['2024-T1', '2024-T2', '2024-T3']);
    expect(targetPeriodsOf('YEAR', 2024)).toEqual([]);
  });

  it.each([
    [
      'a retired indicator',
      { annualTarget: 5, periodTargets: twelve() },
      { ...monthly, retiredAt: '2024-01-01' },
      [{ field: 'indicatorId', message: 'indicatorRetired' }],
    ],
    [
      'too few period targets',
      { annualTarget: 5, periodTargets: [1] },
      monthly,
      [{ field: 'periodTargets', message: 'periodNotInPeriodicity' }],
    ],
    [
      'a percentage above 100',
      { annualTarget: 101, periodTargets: twelve() },
      monthly,
      [{ field: 'annualTarget', message: 'percentRange' }],
    ],
    [
      'a negative count in a period',
      { annualTarget: 5, periodTargets: [1, -2, 3] },
      { unit: 'COUNT' as const, periodicity: 'TERTIAL' as const },
      [{ field: 'periodTargets.1', message: 'notNegative' }],
    ],
    [
      'a negative budget (a result may be below zero)',
      { annualTarget: -12903, periodTargets: twelve(-1) },
      { unit: 'TKR' as const, periodicity: 'MONTH' as const },
      [],
    ],
  ])('checks %s', (_case, row, indicator, errors) => {
    expect(checkTargetsAgainstIndicator(row, indicator)).toEqual(errors);
  });

  it('reads a save with its year and rows, ids as numbers', () => {
    const parsed = targetsInputSchema.parse({
      year: 2024,
      rows: [
        {
          indicatorId: '7',
          annualTarget: 5,
          periodTargets: [null, 4],
          expectedVersions: [{ period: '2024', version: 2 }],
        },
      ],
    });
    expect(parsed.rows[0]).toEqual({
      indicatorId: 7,
      annualTarget: 5,
      periodTargets: [null, 4],
      expectedVersions: [{ period: '2024', version: 2 }],
    });
    expect(targetsInputSchema.safeParse({ year: 2024, rows: [] }).error?.issues[0]?.message).toBe('required');
  });
});
