import { amountsPerPeriod, yearOfPeriodKey } from './cumulative-series';

describe("a cumulative indicator's amounts per period", () => {
  it('gives each month its own amount, and January its year-to-date, so the new year does not read as a collapse', () => {
    // Lönespecifikationer: 709 000 payslips by December 2022, 63 000 in January 2023.
    const points = [
      { year: 2022, periodNumber: 11, outcome: 650_000 },
      { year: 2022, periodNumber: 12, outcome: 709_000 },
      { year: 2023, periodNumber: 1, outcome: 63_000 },
      { year: 2023, periodNumber: 2, outcome: 121_000 },
    ];
    expect(amountsPerPeriod(points)).toEqual([null, 59_000, 63_000, 58_000]);
  });

  it('tells no amount where the month or the one before it has no outcome', () => {
    const points = [
      { year: 2023, periodNumber: 1, outcome: 10 },
      { year: 2023, periodNumber: 2, outcome: null },
      { year: 2023, periodNumber: 3, outcome: 35 },
      { year: 2023, periodNumber: 5, outcome: 60 },
    ];
    expect(amountsPerPeriod(points)).toEqual([10, null, null, null]);
  });

  it('works on tertials as on months', () => {
    const points = [
      { year: 2023, periodNumber: 1, outcome: 100 },
      { year: 2023, periodNumber: 2, outcome: 230 },
      { year: 2023, periodNumber: 3, outcome: 300 },
    ];
    expect(amountsPerPeriod(points)).toEqual([100, 130, 70]);
  });

  it('reads the year of a period key of any granularity', () => {
    expect(['2023-05', '2024-T2', '2021'].map(yearOfPeriodKey)).toEqual([2023, 2024, 2021]);
  });
});
