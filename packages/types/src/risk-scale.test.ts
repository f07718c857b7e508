import {
  isMitigationOverdue,
  overdueReferenceDate,
  riskLevel,
  riskScore,
  RISK_LEVEL_APPEARANCE,
  RISK_LEVELS,
  toRiskScaleMax,
} from './risk-scale';
import { checkValuationAgainstScale } from './validation/risk-schemas';

describe('the risk score', () => {
  it('is probability times consequence', () => {
    expect(riskScore(3, 4)).toBe(12);
    expect(riskScore(1, 1)).toBe(1);
    expect(riskScore(5, 5)).toBe(25);
  });
});

describe('the bands of the heat map', () => {
  const levelsOfScale = (scaleMax: 4 | 5) =>
    Array.from({ length: scaleMax }, (_, p) =>
      Array.from({ length: scaleMax }, (_, c) => riskLevel(riskScore(p + 1, c + 1), scaleMax)),
    );

  it('on 1–4: low 1–3, medium 4–6, high 8–9, very high 12–16', () => {
    expect([1, 3, 4, 6, 8, 9, 12, 16].map((score) => riskLevel(score, 4))).toEqual([
      'LOW',
      'LOW',
      'MEDIUM',
      'MEDIUM',
      'HIGH',
      'HIGH',
      'VERY_HIGH',
      'VERY_HIGH',
    ]);
  });

  it('on 1–5: low 1–4, medium 5–9, high 10–16, very high 20–25', () => {
    expect([1, 4, 5, 9, 10, 16, 20, 25].map((score) => riskLevel(score, 5))).toEqual([
      'LOW',
      'LOW',
      'MEDIUM',
      'MEDIUM',
      'HIGH',
      'HIGH',
      'VERY_HIGH',
      'VERY_HIGH',
    ]);
  });

  it('puts the corners of either scale in the same bands and never lowers a level as either axis grows', () => {
    for (const scaleMax of [4, 5] as const) {
      const levels = levelsOfScale(scaleMax);
      expect(levels[0]![0]).toBe('LOW');
      expect(levels[scaleMax - 1]![scaleMax - 1]).toBe('VERY_HIGH');
      const rank = (p: number, c: number) => RISK_LEVELS.indexOf(levels[p]![c]!);
      for (let p = 0; p < scaleMax; p++) {
        for (let c = 0; c < scaleMax; c++) {
          if (p + 1 < scaleMax) expect(rank(p + 1, c)).toBeGreaterThanOrEqual(rank(p, c));
          if (c + 1 < scaleMax) expect(rank(p, c + 1)).toBeGreaterThanOrEqual(rank(p, c));
        }
      }
    }
  });

  it('gives every level an icon of its own, so colour never carries it alone', () => {
    const icons = RISK_LEVELS.map((level) => RISK_LEVEL_APPEARANCE[level].icon);
    expect(new Set(icons).size).toBe(RISK_LEVELS.length);
  });
});

describe('the scale setting', () => {
  it('is 5 only when set so; anything else is the usual 4', () => {
    expect(toRiskScaleMax(5)).toBe(5);
    expect(toRiskScaleMax(4)).toBe(4);
    expect(toRiskScaleMax(null)).toBe(4);
    expect(toRiskScaleMax(undefined)).toBe(4);
  });

  it('refuses values above the scale, naming each field', () => {
    expect(checkValuationAgainstScale({ probability: 4, consequence: 4 }, 4)).toEqual([]);
    expect(checkValuationAgainstScale({ probability: 5, consequence: 4 }, 4)).toEqual([
      { field: 'probability', message: 'outOfScale' },
    ]);
    expect(checkValuationAgainstScale({ probability: 5, consequence: 5 }, 4)).toHaveLength(2);
    expect(checkValuationAgainstScale({ probability: 5, consequence: 5 }, 5)).toEqual([]);
  });
});

describe('overdue mitigations', () => {
  it('is overdue when not done and due before the day', () => {
    expect(isMitigationOverdue({ status: 'ONGOING', dueDate: '2023-05-30' }, '2023-05-31')).toBe(true);
    expect(isMitigationOverdue({ status: 'PLANNED', dueDate: '2022-12-31' }, '2023-05-31')).toBe(true);
  });

  it('is not overdue on its due day, nor without a due date', () => {
    expect(isMitigationOverdue({ status: 'ONGOING', dueDate: '2023-05-31' }, '2023-05-31')).toBe(false);
    expect(isMitigationOverdue({ status: 'ONGOING', dueDate: null }, '2023-05-31')).toBe(false);
    expect(isMitigationOverdue({ status: 'ONGOING', dueDate: undefined }, '2023-05-31')).toBe(false);
  });

  it('is never overdue once done, even when done after its due date', () => {
    expect(isMitigationOverdue({ status: 'DONE', dueDate: '2023-01-31' }, '2023-05-31')).toBe(false);
  });

  it('is judged on the last day of a past month, and on today within the running month', () => {
    const today = new Date('2023-05-14T10:00:00Z');
    expect(overdueReferenceDate({ year: 2023, month: 4 }, today)).toBe('2023-04-30');
    expect(overdueReferenceDate({ year: 2023, month: 2 }, today)).toBe('2023-02-28');
    expect(overdueReferenceDate({ year: 2023, month: 5 }, today)).toBe('2023-05-14');
    expect(overdueReferenceDate({ year: 2024, month: 1 }, today)).toBe('2023-05-14');
  });
});
