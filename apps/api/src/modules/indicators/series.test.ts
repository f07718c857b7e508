import type { IndicatorValueModel } from '@lagesbild/db';
import { buildSeries, outcomesByMonth, yearEndOutcome } from './series';

let nextId = 1;
const value = (
  granularity: 'MONTH' | 'TERTIAL' | 'YEAR',
  year: number,
  periodNumber: number,
  outcome: number | null,
  figures: Partial<IndicatorValueModel> = {},
): IndicatorValueModel => ({
  id: nextId++,
  indicatorId: 1,
  granularity,
  year,
  periodNumber,
  outcome,
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

const CUMULATIVE = { cumulative: true, levelAggregation: 'LATEST' } as const;
const LATEST_LEVEL = { cumulative: false, levelAggregation: 'LATEST' } as const;
const AVERAGED_LEVEL = { cumulative: false, levelAggregation: 'AVERAGE' } as const;

describe('an indicator series at a granularity', () => {
  // Payslips, year to date: 60 000 a month in 2023, so April is 240 000.
  const monthly = [1, 2, 3, 4, 5].map((month) => value('MONTH', 2023, month, 60_000 * month));

  it('gives every month of the years asked for, empty where there is no value', () => {
    const series = buildSeries(CUMULATIVE, monthly, 'MONTH', 2023, 2023);
    expect(series).toHaveLength(12);
    expect(series.map((point) => point.figures?.outcome ?? null).slice(3, 7)).toEqual([240_000, 300_000, null, null]);
  });

  it('takes a tertial from the month it ends with, or the latest month of it so far', () => {
    const series = buildSeries(CUMULATIVE, monthly, 'TERTIAL', 2023, 2023);
    expect(series.map((point) => [point.period, point.figures?.outcome ?? null])).toEqual([
      ['2023-T1', 240_000],
      ['2023-T2', 300_000],
      ['2023-T3', null],
    ]);
  });

  it("prefers a period's own stored value to one derived from months", () => {
    const series = buildSeries(CUMULATIVE, [...monthly, value('TERTIAL', 2023, 1, 250_000)], 'TERTIAL', 2023, 2023);
    expect(series[0]!.figures?.outcome).toBe(250_000);
  });

  it('pairs each period with the same period a year earlier', () => {
    const series = buildSeries(
      LATEST_LEVEL,
      [value('YEAR', 2021, 1, 5.6), value('YEAR', 2022, 1, 5.5)],
      'YEAR',
      2021,
      2022,
    );
    expect(series.map((point) => [point.period, point.figures?.outcome, point.previousYear?.outcome ?? null])).toEqual([
      ['2021', 5.6, null],
      ['2022', 5.5, 5.6],
    ]);
  });

  describe('a level (not cumulative) over a tertial or year', () => {
    // Consultant share per month; the target varies, the full-year forecast is revised in April.
    const months = [
      value('MONTH', 2023, 1, 10, { periodTarget: 8, annualTarget: 8, fullYearForecast: 9 }),
      value('MONTH', 2023, 2, 12, { periodTarget: 8, annualTarget: 8, fullYearForecast: 9 }),
      value('MONTH', 2023, 3, 11, { periodTarget: 10, annualTarget: 8, fullYearForecast: 9 }),
      value('MONTH', 2023, 4, 13, { periodTarget: 10, annualTarget: 8, fullYearForecast: 11, isSynthetic: true }),
      value('MONTH', 2023, 5, null, { periodTarget: 10 }),
    ];

    it('averages the months that have an outcome, targets included, when the indicator says so', () => {
      const [first, second] = buildSeries(AVERAGED_LEVEL, months, 'TERTIAL', 2023, 2023);
      expect(first!.figures).toEqual({
        outcome: 11.5,
        periodTarget: 9,
        annualTarget: 8,
        fullYearForecast: 11,
        rolling12: null,
        isSynthetic: true,
      });
      // May has a target but no outcome yet: the tertial has no figures so far.
      expect(second!.figures).toBeNull();
    });

    it('takes the latest level otherwise', () => {
      const [year] = buildSeries(LATEST_LEVEL, months, 'YEAR', 2023, 2023);
      expect(year!.figures).toMatchObject({ outcome: 13, periodTarget: 10, fullYearForecast: 11, isSynthetic: true });
    });

    it('marks an average generated only when a month in it was', () => {
      const real = months.slice(0, 3);
      const [first] = buildSeries(AVERAGED_LEVEL, real, 'TERTIAL', 2023, 2023);
      expect(first!.figures).toMatchObject({ outcome: 11, isSynthetic: false });
    });
  });
});

describe('rolling twelve months of a month', () => {
  const rolling12 = (rule: Parameters<typeof buildSeries>[0], values: IndicatorValueModel[], year: number) =>
    buildSeries(rule, values, 'MONTH', year, year).map((point) => point.figures?.rolling12 ?? null);

  it("is this year's year-to-date plus what last year added after the same month, for a cumulative indicator", () => {
    // Payslips, year to date: 50 000 a month in 2022, 60 000 a month in 2023.
    const values = [
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => value('MONTH', 2022, month, 50_000 * month)),
      ...[1, 2, 3, 4, 5].map((month) => value('MONTH', 2023, month, 60_000 * month)),
    ];
    // May 2023: January–May 2023 (300 000) and June–December 2022 (600 000 − 250 000).
    expect(rolling12(CUMULATIVE, values, 2023).slice(0, 6)).toEqual([
      610_000,
      620_000,
      630_000,
      640_000,
      650_000,
      null,
    ]);
    // December is the whole year; earlier months need 2021, which is not there.
    expect(rolling12(CUMULATIVE, values, 2022)).toEqual([...Array<null>(11).fill(null), 600_000]);
  });

  it('is the average of the twelve months for an averaged level, and unknown while one is missing', () => {
    const values = [
      ...[6, 7, 8, 9, 10, 11, 12].map((month) => value('MONTH', 2022, month, 5)),
      ...[1, 2, 3, 4, 5].map((month) => value('MONTH', 2023, month, 6.2)),
    ];
    // May 2023: seven months at 5 % and five at 6.2 %.
    expect(rolling12(AVERAGED_LEVEL, values, 2023)[4]).toBeCloseTo((7 * 5 + 5 * 6.2) / 12);
    expect(rolling12(AVERAGED_LEVEL, values.slice(1), 2023)[4]).toBeNull();
  });

  it('is not made for a level taken at its latest: a year-to-date rate cannot be unwound into months', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].flatMap((month) => [
      value('MONTH', 2022, month, 5),
      value('MONTH', 2023, month, 6),
    ]);
    expect(rolling12(LATEST_LEVEL, values, 2023).every((figure) => figure === null)).toBe(true);
  });

  it("keeps a month's own rolling-12 figure, as the source reported it", () => {
    const values = [
      value('MONTH', 2022, 12, 600_000),
      value('MONTH', 2022, 5, 250_000),
      value('MONTH', 2023, 5, 300_000, { rolling12: 725_907 }),
    ];
    expect(rolling12(CUMULATIVE, values, 2023)[4]).toBe(725_907);
  });

  it('is not made from generated months for a reported month, but is for a generated one', () => {
    const generatedLastYear = [5, 12].map((month) =>
      value('MONTH', 2022, month, 50_000 * month, { isSynthetic: true }),
    );
    expect(rolling12(CUMULATIVE, [...generatedLastYear, value('MONTH', 2023, 5, 300_000)], 2023)[4]).toBeNull();
    const generatedMay = value('MONTH', 2023, 5, 300_000, { isSynthetic: true });
    expect(rolling12(CUMULATIVE, [...generatedLastYear, generatedMay], 2023)[4]).toBe(650_000);
  });
});

describe('the outcome a year ended at', () => {
  const months = (year: number, count: number, outcome: (month: number) => number, synthetic = false) =>
    Array.from({ length: count }, (_, index) =>
      value('MONTH', year, index + 1, outcome(index + 1), { isSynthetic: synthetic }),
    );

  it("is the year's own value, else December's year-to-date for a cumulative indicator", () => {
    expect(yearEndOutcome(CUMULATIVE, [value('YEAR', 2022, 1, 755), ...months(2022, 12, (m) => m)], 2022)).toEqual({
      outcome: 755,
      isSynthetic: false,
    });
    expect(
      yearEndOutcome(
        CUMULATIVE,
        months(2022, 12, (m) => 100 * m, true),
        2022,
      ),
    ).toEqual({
      outcome: 1200,
      isSynthetic: true,
    });
  });

  it('is unknown while the values stop before the end of the year, and a year value without outcome does not count', () => {
    expect(yearEndOutcome(CUMULATIVE, [value('YEAR', 2022, 1, null), ...months(2022, 5, (m) => m)], 2022)).toBeNull();
    expect(yearEndOutcome(LATEST_LEVEL, [value('TERTIAL', 2022, 3, 5.5)], 2022)).toEqual({
      outcome: 5.5,
      isSynthetic: false,
    });
  });

  it('is the average of all twelve months for an averaged level, and unknown when one is missing', () => {
    expect(
      yearEndOutcome(
        AVERAGED_LEVEL,
        months(2022, 12, (m) => (m <= 6 ? 4 : 6)),
        2022,
      )?.outcome,
    ).toBe(5);
    expect(
      yearEndOutcome(
        AVERAGED_LEVEL,
        months(2022, 11, () => 4),
        2022,
      ),
    ).toBeNull();
  });
});

describe("a year's outcomes by month", () => {
  it("takes months as they are and a tertial at its last month, a month's own value first", () => {
    expect(
      outcomesByMonth(
        [
          value('TERTIAL', 2023, 1, 400),
          value('MONTH', 2023, 4, 410),
          value('TERTIAL', 2023, 2, 900),
          value('MONTH', 2023, 5, null),
          value('MONTH', 2022, 6, 1),
          value('YEAR', 2023, 1, 2000),
        ],
        2023,
      ),
    ).toEqual([
      { month: 4, outcome: 410, isSynthetic: false },
      { month: 8, outcome: 900, isSynthetic: false },
    ]);
  });
});
