import { statusFromRule, valueStatus } from './status-rule';

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
});

describe('the status of an indicator value', () => {
  const sickLeave = { direction: 'LOWER_IS_BETTER' as const, yellowTolerance: 0.05 };

  it('judges the outcome against the period target first', () => {
    expect(valueStatus(sickLeave, { outcome: 5.9, periodTarget: 5, annualTarget: 6 })).toBe('RED');
  });
  it('falls back to the annual target when the period has none', () => {
    expect(valueStatus(sickLeave, { outcome: 5.9, annualTarget: 6 })).toBe('GREEN');
  });
  it('judges the full-year forecast against the annual target when there is no outcome yet', () => {
    expect(valueStatus(sickLeave, { fullYearForecast: 5.5, annualTarget: 5 })).toBe('RED');
  });
  it('keeps a reasoned override', () => {
    expect(valueStatus(sickLeave, { outcome: 5.9, periodTarget: 5, statusOverride: 'YELLOW' })).toBe('YELLOW');
  });
});
