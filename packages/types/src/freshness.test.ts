import { isReportedBy } from './freshness';

const may2023 = { year: 2023, month: 5 };
const month = (year: number, periodNumber: number) => ({ granularity: 'MONTH' as const, year, periodNumber });

describe('whether an indicator is still reported', () => {
  it('expects a monthly indicator to have the viewed month or the one before', () => {
    expect(isReportedBy('MONTH', month(2023, 5), may2023)).toBe(true);
    expect(isReportedBy('MONTH', month(2023, 4), may2023)).toBe(true);
    expect(isReportedBy('MONTH', month(2023, 3), may2023)).toBe(false);
    expect(isReportedBy('MONTH', month(2022, 12), { year: 2023, month: 1 })).toBe(true);
  });

  it('expects a tertial indicator to have the current tertial or the one before', () => {
    const tertial = (year: number, periodNumber: number) => ({ granularity: 'TERTIAL' as const, year, periodNumber });
    expect(isReportedBy('TERTIAL', tertial(2023, 1), may2023)).toBe(true);
    expect(isReportedBy('TERTIAL', tertial(2022, 3), may2023)).toBe(false);
    expect(isReportedBy('TERTIAL', tertial(2022, 3), { year: 2023, month: 2 })).toBe(true);
  });

  it('expects a yearly indicator to have last year or this', () => {
    const year = (value: number) => ({ granularity: 'YEAR' as const, year: value, periodNumber: 1 });
    expect(isReportedBy('YEAR', year(2022), may2023)).toBe(true);
    expect(isReportedBy('YEAR', year(2021), may2023)).toBe(false);
  });

  it('counts an indicator without any value as not reported', () => {
    expect(isReportedBy('MONTH', null, may2023)).toBe(false);
  });
});
