import { effectiveThresholds, statusFromRule, thresholdsInForce, valueStatus } from './status-rule';

const rule = (
  direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'ON_TARGET',
  actual: number | null,
  target: number | null,
) => statusFromRule({ direction, yellowTolerance: 0.05, actual, target });

describe('the status rule', () => {
  describe('higher is better (customer satisfaction)', () => {
    it('is green on or above target', () => {
      expect(rule('HIGHER_IS_BETTER', 70, 70)).toBe('GREEN');
      expect(rule('HIGHER_IS_BETTER', 71, 70)).toBe('GREEN');
    });
    it('is yellow within the tolerance below target, including exactly on the threshold', () => {
      expect(rule('HIGHER_IS_BETTER', 67, 70)).toBe('YELLOW');
      expect(rule('HIGHER_IS_BETTER', 66.5, 70)).toBe('YELLOW');
    });
    it('is red beyond the tolerance', () => {
      expect(rule('HIGHER_IS_BETTER', 66.4, 70)).toBe('RED');
    });
  });

  describe('lower is better (sick leave)', () => {
    it('is red for 5,9 % against a target of 5 %, as in the May 2023 report', () => {
      expect(rule('LOWER_IS_BETTER', 5.9, 5)).toBe('RED');
    });
    it('is green at or below target and yellow up to the threshold', () => {
      expect(rule('LOWER_IS_BETTER', 4.5, 5)).toBe('GREEN');
      expect(rule('LOWER_IS_BETTER', 5, 5)).toBe('GREEN');
      expect(rule('LOWER_IS_BETTER', 5.25, 5)).toBe('YELLOW');
      expect(rule('LOWER_IS_BETTER', 5.26, 5)).toBe('RED');
    });
  });

  describe('on target (a budget result)', () => {
    it('is green within the tolerance on either side, yellow within twice it, red beyond', () => {
      expect(rule('ON_TARGET', 104, 100)).toBe('GREEN');
      expect(rule('ON_TARGET', 95, 100)).toBe('GREEN');
      expect(rule('ON_TARGET', 110, 100)).toBe('YELLOW');
      expect(rule('ON_TARGET', 89, 100)).toBe('RED');
    });
  });

  it('is not assessed without a target or without an outcome', () => {
    expect(rule('HIGHER_IS_BETTER', 70, null)).toBe('NOT_ASSESSED');
    expect(rule('LOWER_IS_BETTER', null, 5)).toBe('NOT_ASSESSED');
  });

  it('handles a zero target without a tolerance band', () => {
    expect(rule('LOWER_IS_BETTER', 0, 0)).toBe('GREEN');
    expect(rule('LOWER_IS_BETTER', 1, 0)).toBe('RED');
  });

  // Results and budget lines: a budgeted result of zero, a budgeted deficit, a result that
  // crosses zero. A per-cent band is measured on the target's size, whatever its sign.
  describe('targets of zero, below zero and across zero (results against budget)', () => {
    it.each([
      ['a surplus against a balanced budget', 25, 0, 'GREEN'],
      ['a deficit against a balanced budget', -1, 0, 'RED'],
      ['a surplus against a budgeted deficit (crossing zero)', 12.5, -12.9, 'GREEN'],
      ['a smaller deficit than budgeted', -10, -12.9, 'GREEN'],
      ['a deficit 4 % deeper than budgeted', -104, -100, 'YELLOW'],
      ['a deficit 10 % deeper than budgeted', -110, -100, 'RED'],
      ['a deficit against a budgeted surplus (crossing zero)', -1, 10, 'RED'],
    ] as const)('higher is better: %s', (_case, actual, target, expected) => {
      expect(rule('HIGHER_IS_BETTER', actual, target)).toBe(expected);
    });

    it.each([
      ['a cost of zero against a budget of zero', 0, 0, 'GREEN'],
      ['a cost over a budget of zero', 1, 0, 'RED'],
      ['a net cost 4 % over a negative budget (net revenue)', -96, -100, 'YELLOW'],
      ['a net cost 10 % over a negative budget', -90, -100, 'RED'],
    ] as const)('lower is better: %s', (_case, actual, target, expected) => {
      expect(rule('LOWER_IS_BETTER', actual, target)).toBe(expected);
    });

    it.each([
      ['on a target of zero', 0, 0, 'GREEN'],
      ['off a target of zero by any amount, with no band to be within', 0.5, 0, 'RED'],
      ['within 5 % of a negative target', -104, -100, 'GREEN'],
      ['within twice 5 % of a negative target', -108, -100, 'YELLOW'],
    ] as const)('on target: %s', (_case, actual, target, expected) => {
      expect(rule('ON_TARGET', actual, target)).toBe(expected);
    });

    it('measures thresholds in the unit the same on either side of zero', () => {
      const absolute = { thresholdKind: 'ABSOLUTE', yellowThreshold: 0, redThreshold: 2000 } as const;
      const judge = (actual: number, target: number) =>
        statusFromRule({ direction: 'HIGHER_IS_BETTER', yellowTolerance: 0.05, ...absolute, actual, target });
      expect(judge(-1500, 0)).toBe('YELLOW');
      expect(judge(-2500, 0)).toBe('RED');
      expect(judge(500, -1000)).toBe('GREEN');
      expect(judge(-2500, -1000)).toBe('YELLOW');
    });
  });
});

describe('the status of an indicator value', () => {
  const sickLeave = { direction: 'LOWER_IS_BETTER' as const, yellowTolerance: 0.05, thresholdHistory: [] };
  const may = { granularity: 'MONTH' as const, year: 2023, periodNumber: 5 };

  it('judges the outcome against the period target first', () => {
    expect(valueStatus(sickLeave, { ...may, outcome: 5.9, periodTarget: 5, annualTarget: 6 })).toBe('RED');
  });
  it('falls back to the annual target when the period has none', () => {
    expect(valueStatus(sickLeave, { ...may, outcome: 5.9, annualTarget: 6 })).toBe('GREEN');
  });
  it('judges the full-year forecast against the annual target when there is no outcome yet', () => {
    expect(valueStatus(sickLeave, { ...may, fullYearForecast: 5.5, annualTarget: 5 })).toBe('RED');
  });
  it('keeps a reasoned override', () => {
    expect(valueStatus(sickLeave, { ...may, outcome: 5.9, periodTarget: 5, statusOverride: 'YELLOW' })).toBe('YELLOW');
  });
});

describe('thresholds that changed over time', () => {
  // Lower is better, absolute thresholds. From the first value: yellow within 1, red beyond 2.
  // From September 2023: green only on target, red beyond 0.5. The indicator's own are the latest.
  const fromStart = {
    fromYear: null,
    fromMonth: null,
    thresholdKind: 'ABSOLUTE' as const,
    yellowThreshold: 1,
    redThreshold: 2,
    yellowTolerance: 0.05,
  };
  const fromSeptember = { ...fromStart, fromYear: 2023, fromMonth: 9, yellowThreshold: 0, redThreshold: 0.5 };
  const indicator = {
    direction: 'LOWER_IS_BETTER' as const,
    yellowTolerance: 0.05,
    thresholdKind: 'ABSOLUTE' as const,
    yellowThreshold: 0,
    redThreshold: 0.5,
    // Listed newest first on purpose: the order they are read in does not matter.
    thresholdHistory: [fromSeptember, fromStart],
  };
  const missByOne = { outcome: 6, periodTarget: 5 };

  it('judges a period by the thresholds in force in its last month', () => {
    expect(valueStatus(indicator, { granularity: 'MONTH', year: 2023, periodNumber: 8, ...missByOne })).toBe('GREEN');
    expect(valueStatus(indicator, { granularity: 'MONTH', year: 2023, periodNumber: 9, ...missByOne })).toBe('RED');
    expect(valueStatus(indicator, { granularity: 'MONTH', year: 2022, periodNumber: 12, ...missByOne })).toBe('GREEN');
    // Tertial 2 ends in August, tertial 3 in December; the year 2023 in December.
    expect(valueStatus(indicator, { granularity: 'TERTIAL', year: 2023, periodNumber: 2, ...missByOne })).toBe('GREEN');
    expect(valueStatus(indicator, { granularity: 'TERTIAL', year: 2023, periodNumber: 3, ...missByOne })).toBe('RED');
    expect(valueStatus(indicator, { granularity: 'YEAR', year: 2023, periodNumber: 1, ...missByOne })).toBe('RED');
  });

  it('uses the indicator itself while it has no history, and for periods before every set', () => {
    const noHistory = { ...indicator, thresholdHistory: [] };
    const may = { granularity: 'MONTH' as const, year: 2023, periodNumber: 5 };
    expect(thresholdsInForce(noHistory, may)).toBe(noHistory);
    expect(thresholdsInForce({ ...indicator, thresholdHistory: [fromSeptember] }, may).redThreshold).toBe(0.5);
    expect(thresholdsInForce(indicator, may)).toMatchObject({ direction: 'LOWER_IS_BETTER', redThreshold: 2 });
  });
});

describe('thresholds set in the indicator library', () => {
  const judge = (
    direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER' | 'ON_TARGET',
    thresholds: { thresholdKind: 'RELATIVE' | 'ABSOLUTE'; yellowThreshold: number; redThreshold: number },
    actual: number,
    target: number,
  ) => statusFromRule({ direction, yellowTolerance: 0.05, ...thresholds, actual, target });

  it('honours a red threshold beyond the yellow one, in per cent of the target', () => {
    const thresholds = { thresholdKind: 'RELATIVE', yellowThreshold: 2, redThreshold: 10 } as const;
    const judgeOf = (actual: number) => judge('HIGHER_IS_BETTER', thresholds, actual, 100);
    expect(judgeOf(98)).toBe('GREEN');
    expect(judgeOf(97.9)).toBe('YELLOW');
    expect(judgeOf(90)).toBe('YELLOW');
    expect(judgeOf(89.9)).toBe('RED');
  });

  it('measures absolute thresholds in the unit, whatever the target (sick leave in percentage points)', () => {
    const thresholds = { thresholdKind: 'ABSOLUTE', yellowThreshold: 0.2, redThreshold: 0.5 } as const;
    expect(judge('LOWER_IS_BETTER', thresholds, 5.2, 5)).toBe('GREEN');
    expect(judge('LOWER_IS_BETTER', thresholds, 5.5, 5)).toBe('YELLOW');
    expect(judge('LOWER_IS_BETTER', thresholds, 5.9, 5)).toBe('RED');
    expect(judge('LOWER_IS_BETTER', thresholds, 0.4, 0)).toBe('YELLOW');
  });

  it('judges an on-target indicator by its distance either way', () => {
    const thresholds = { thresholdKind: 'ABSOLUTE', yellowThreshold: 1, redThreshold: 3 } as const;
    expect(judge('ON_TARGET', thresholds, 99, 100)).toBe('GREEN');
    expect(judge('ON_TARGET', thresholds, 102.5, 100)).toBe('YELLOW');
    expect(judge('ON_TARGET', thresholds, 96.9, 100)).toBe('RED');
  });

  it('reproduces the tolerance rule as thresholds for indicators set up before them', () => {
    expect(effectiveThresholds({ direction: 'LOWER_IS_BETTER', yellowTolerance: 0.05 })).toEqual({
      thresholdKind: 'RELATIVE',
      yellowThreshold: 0,
      redThreshold: 5,
    });
    expect(effectiveThresholds({ direction: 'ON_TARGET', yellowTolerance: 0.05 })).toEqual({
      thresholdKind: 'RELATIVE',
      yellowThreshold: 5,
      redThreshold: 10,
    });
    // Saved as thresholds, the same figures keep their colours.
    for (const actual of [4.5, 5, 5.25, 5.26, 5.9]) {
      expect(
        judge(
          'LOWER_IS_BETTER',
          effectiveThresholds({ direction: 'LOWER_IS_BETTER', yellowTolerance: 0.05 }),
          actual,
          5,
        ),
      ).toBe(rule('LOWER_IS_BETTER', actual, 5));
    }
    for (const actual of [89, 95, 104, 110, 111]) {
      expect(
        judge('ON_TARGET', effectiveThresholds({ direction: 'ON_TARGET', yellowTolerance: 0.05 }), actual, 100),
      ).toBe(rule('ON_TARGET', actual, 100));
    }
  });

  it('applies the thresholds to an indicator value', () => {
    const indicator = {
      direction: 'LOWER_IS_BETTER' as const,
      yellowTolerance: 0.05,
      thresholdKind: 'ABSOLUTE' as const,
      yellowThreshold: 0.5,
      redThreshold: 1,
      thresholdHistory: [],
    };
    expect(
      valueStatus(indicator, { granularity: 'YEAR', year: 2023, periodNumber: 1, outcome: 5.9, periodTarget: 5 }),
    ).toBe('YELLOW');
  });
});
