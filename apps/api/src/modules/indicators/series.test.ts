import type { IndicatorValueModel } from '@lagesbild/db';
import { buildSeries } from './series';

let nextId = 1;
const value = (
  granularity: 'MONTH' | 'TERTIAL' | 'YEAR',
  year: number,
  periodNumber: number,
  outcome: number | null,
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
  comment: null,
  statusOverride: null,
  statusOverrideReason: null,
  source: null,
  version: 1,
  updatedAt: new Date(),
  updatedById: null,
});

describe('an indicator series at a granularity', () => {
  // Payslips, year to date: 60 000 a month in 2023, so April is 240 000.
  const monthly = [1, 2, 3, 4, 5].map((month) => value('MONTH', 2023, month, 60_000 * month));

  it('gives every month of the years asked for, empty where there is no value', () => {
    const series = buildSeries(monthly, 'MONTH', 2023, 2023);
    expect(series).toHaveLength(12);
    expect(series.map((point) => point.value?.outcome ?? null).slice(3, 7)).toEqual([240_000, 300_000, null, null]);
  });

  it('takes a tertial from the month it ends with, or the latest month of it so far', () => {
    const series = buildSeries(monthly, 'TERTIAL', 2023, 2023);
    expect(series.map((point) => [point.period, point.value?.outcome ?? null])).toEqual([
      ['2023-T1', 240_000],
      ['2023-T2', 300_000],
      ['2023-T3', null],
    ]);
  });

  it("prefers a period's own stored value to one derived from months", () => {
    const series = buildSeries([...monthly, value('TERTIAL', 2023, 1, 250_000)], 'TERTIAL', 2023, 2023);
    expect(series[0]!.value?.outcome).toBe(250_000);
  });

  it('pairs each period with the same period a year earlier', () => {
    const series = buildSeries([value('YEAR', 2021, 1, 5.6), value('YEAR', 2022, 1, 5.5)], 'YEAR', 2021, 2022);
    expect(series.map((point) => [point.period, point.value?.outcome, point.previousYear?.outcome ?? null])).toEqual([
      ['2021', 5.6, null],
      ['2022', 5.5, 5.6],
    ]);
  });
});
