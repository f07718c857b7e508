import { currentYearMonth, isoToday, municipalityDateOf } from './iso-date';

describe("today is Sweden's date wherever the code runs", () => {
  const zoneOfProcess = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zoneOfProcess;
  });

  it('turns at midnight in Stockholm, in winter (UTC+1) and in summer (UTC+2)', () => {
    expect(isoToday(new Date('2026-12-06T22:59:00Z'))).toBe('2026-12-06');
    expect(isoToday(new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-07');
    expect(isoToday(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(isoToday(new Date('2026-07-01T22:30:00Z'))).toBe('2026-07-02');
  });

  it('gives the same date on a machine set to UTC or to New York', () => {
    const halfPastMidnightInStockholm = new Date('2026-12-06T23:30:00Z');
    for (const zone of ['UTC', 'America/New_York']) {
      process.env.TZ = zone;
      expect(isoToday(halfPastMidnightInStockholm)).toBe('2026-12-07');
      expect(municipalityDateOf(halfPastMidnightInStockholm)).toBe('2026-12-07');
    }
  });

  it("takes this month and year from Sweden's date: New Year comes an hour before it does in UTC", () => {
    expect(currentYearMonth(new Date('2026-12-31T23:30:00Z'))).toEqual({ year: 2027, month: 1 });
    expect(currentYearMonth(new Date('2026-12-31T22:30:00Z'))).toEqual({ year: 2026, month: 12 });
  });
});
