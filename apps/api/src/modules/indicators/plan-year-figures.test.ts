import type { IndicatorValueModel } from '@lagesbild/db';
import { planYearFigures } from './plan-year-figures';

let nextId = 1;
const value = (
  granularity: 'MONTH' | 'TERTIAL' | 'YEAR',
  year: number,
  periodNumber: number,
  figures: Partial<IndicatorValueModel>,
): IndicatorValueModel => ({
  id: nextId++,
  indicatorId: 1,
  granularity,
  year,
  periodNumber,
  outcome: null,
  periodTarget: null,
  fullYearForecast: null,
  annualTarget: null,
  rolling12: null,
  isSynthetic: false,
  isTargetProposal: false,
  comment: null,
  statusOverride: null,
  statusOverrideReason: null,
  source: null,
  outcomeReportedAt: null,
  version: 1,
  updatedAt: new Date(),
  updatedById: null,
  ...figures,
});

const MONTHLY_LEVEL = { cumulative: false, levelAggregation: 'AVERAGE', periodicity: 'MONTH' } as const;

describe("an indicator's figures beside a plan's year (001 §7.1: Utfall 2020, Utfall 2021, Prognos 2022, Årsmål)", () => {
  it('reads the outcomes of the two years before the last as the aggregation makes them, the latest forecast and the target', () => {
    const values = [
      value('YEAR', 2020, 1, { outcome: 5 }),
      // 2021 has no value of its own: its twelve months are averaged.
      ...Array.from({ length: 12 }, (_, index) => value('MONTH', 2021, index + 1, { outcome: index < 6 ? 5 : 6 })),
      // The plan's own forecast of 2022, then the monthly forecasts, the latest of which counts.
      value('YEAR', 2022, 1, { fullYearForecast: 5.4 }),
      value('MONTH', 2022, 8, { outcome: 5.2, fullYearForecast: 5.3 }),
      value('MONTH', 2022, 10, { outcome: 5.1, fullYearForecast: 5.1 }),
      value('MONTH', 2023, 1, { periodTarget: 5, annualTarget: 4.9 }),
      value('YEAR', 2023, 1, { annualTarget: 4.8 }),
    ];
    expect(planYearFigures(MONTHLY_LEVEL, values, 2023)).toEqual({
      outcomes: [
        { year: 2020, value: 5 },
        { year: 2021, value: 5.5 },
      ],
      forecast: { year: 2022, value: 5.1 },
      annualTarget: 4.8,
    });
  });

  it("falls back to the year's own forecast and a period's annual target, and leaves what is missing empty", () => {
    const values = [
      value('MONTH', 2021, 5, { outcome: 5.9 }),
      value('YEAR', 2022, 1, { fullYearForecast: 5.4 }),
      value('MONTH', 2023, 3, { annualTarget: 5 }),
      value('MONTH', 2023, 5, { annualTarget: 4.5 }),
    ];
    expect(planYearFigures(MONTHLY_LEVEL, values, 2023)).toEqual({
      // A year that stops in May has no year-end outcome.
      outcomes: [
        { year: 2020, value: null },
        { year: 2021, value: null },
      ],
      forecast: { year: 2022, value: 5.4 },
      annualTarget: 4.5,
    });
  });
});
