import { checkValueAgainstIndicator, hasRolling12, indicatorValueInputSchema } from './indicator-value-schema';

const parsed = (input: Record<string, unknown>) =>
  indicatorValueInputSchema.parse({ indicatorId: '1', period: '2023-05', ...input });

const MONTHLY_PERCENT = { unit: 'PERCENT', periodicity: 'MONTH' } as const;

describe("a value's rolling twelve months (R12)", () => {
  it('is read as a figure, and left out it is none', () => {
    expect(parsed({ rolling12: 725907 }).rolling12).toBe(725907);
    expect(parsed({}).rolling12).toBeNull();
    expect(indicatorValueInputSchema.safeParse({ indicatorId: '1', period: '2023-05', rolling12: 1e14 }).success).toBe(
      false,
    );
  });

  it('belongs to a month of a monthly indicator only', () => {
    expect(hasRolling12({ periodicity: 'MONTH' }, { granularity: 'MONTH' })).toBe(true);
    expect(hasRolling12({ periodicity: 'MONTH' }, { granularity: 'YEAR' })).toBe(false);
    expect(hasRolling12({ periodicity: 'TERTIAL' }, { granularity: 'TERTIAL' })).toBe(false);
    expect(hasRolling12({ periodicity: 'YEAR' }, { granularity: 'YEAR' })).toBe(false);
  });

  it('is refused beside its field for a tertial or yearly value, whatever its size', () => {
    expect(
      checkValueAgainstIndicator(parsed({ period: '2023-T2', rolling12: 140 }), {
        unit: 'PERCENT',
        periodicity: 'TERTIAL',
      }),
    ).toEqual([{ field: 'rolling12', message: 'rolling12MonthsOnly' }]);
    expect(checkValueAgainstIndicator(parsed({ period: '2023', rolling12: 5 }), MONTHLY_PERCENT)).toEqual([
      { field: 'rolling12', message: 'rolling12MonthsOnly' },
    ]);
    // None given, none refused: a tertial's value is saved as before.
    expect(
      checkValueAgainstIndicator(parsed({ period: '2023-T2', outcome: 80 }), { unit: 'INDEX', periodicity: 'TERTIAL' }),
    ).toEqual([]);
  });

  it("is checked by the indicator's unit as the other figures where it applies", () => {
    expect(checkValueAgainstIndicator(parsed({ rolling12: 5.7 }), MONTHLY_PERCENT)).toEqual([]);
    expect(checkValueAgainstIndicator(parsed({ rolling12: 101 }), MONTHLY_PERCENT)).toEqual([
      { field: 'rolling12', message: 'percentRange' },
    ]);
    expect(checkValueAgainstIndicator(parsed({ rolling12: -1 }), { unit: 'COUNT', periodicity: 'MONTH' })).toEqual([
      { field: 'rolling12', message: 'notNegative' },
    ]);
  });
});
