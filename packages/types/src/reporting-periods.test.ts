import { deadlineProblem, defaultDeadline, reportingPeriodsOfYear } from './reporting-periods';

describe('reporting periods', () => {
  it('holds twelve months, three tertials, the interim reports of March and August and the year', () => {
    const periods = reportingPeriodsOfYear(2024);
    expect(periods).toHaveLength(18);
    expect(periods.find((period) => period.kind === 'MONTH' && period.number === 2)).toEqual({
      kind: 'MONTH',
      number: 2,
      startDate: '2024-02-01',
      endDate: '2024-02-29',
    });
    expect(periods.filter((period) => period.kind === 'TERTIAL').map((period) => period.endDate)).toEqual([
      '2024-04-30',
      '2024-08-31',
      '2024-12-31',
    ]);
    expect(periods.filter((period) => period.kind === 'INTERIM')).toEqual([
      { kind: 'INTERIM', number: 1, startDate: '2024-01-01', endDate: '2024-03-31' },
      { kind: 'INTERIM', number: 2, startDate: '2024-01-01', endDate: '2024-08-31' },
    ]);
  });

  it("sets the default deadline the rule's number of working days after the period's end", () => {
    // May 2025 ends on a Saturday; 2, 3, 4, 5 June are working days, 6 June is National Day.
    expect(defaultDeadline('2025-05-31', 4)).toBe('2025-06-05');
    expect(defaultDeadline('2025-05-31', 5)).toBe('2025-06-09');
  });

  it('refuses a deadline on or before the period end, or more than a year after it', () => {
    expect(deadlineProblem('2025-05-31', '2025-05-31')).toBe('deadlineNotAfterPeriodEnd');
    expect(deadlineProblem('2025-05-31', '2025-04-30')).toBe('deadlineNotAfterPeriodEnd');
    expect(deadlineProblem('2025-05-31', '2025-06-01')).toBeNull();
    expect(deadlineProblem('2025-05-31', '2026-06-01')).toBeNull();
    expect(deadlineProblem('2025-05-31', '2026-06-02')).toBe('deadlineTooLate');
  });
});
