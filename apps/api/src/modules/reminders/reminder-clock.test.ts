import { addDays, isoWeek, stockholmClock } from './reminder-clock';

describe("the reminders' Swedish calendar", () => {
  it.each([
    ['2023-05-10T05:59:00Z', { date: '2023-05-10', hour: 7 }, 'summer time, UTC+2'],
    ['2023-01-10T06:00:00Z', { date: '2023-01-10', hour: 7 }, 'winter time, UTC+1'],
    [
      '2023-05-10T22:30:00Z',
      { date: '2023-05-11', hour: 0 },
      'after midnight in Stockholm, still the day before in UTC',
    ],
  ])('reads %s as %o (%s)', (instant, clock) => {
    expect(stockholmClock(new Date(instant))).toEqual(clock);
  });

  it.each([
    ['2023-05-08', '2023-W19'],
    ['2023-05-14', '2023-W19'],
    ['2021-01-03', '2020-W53'],
    ['2021-01-04', '2021-W01'],
    ['2024-12-30', '2025-W01'],
    ['2027-01-01', '2026-W53'],
  ])('puts %s in the ISO week %s', (date, week) => {
    expect(isoWeek(date)).toBe(week);
  });

  it('counts days across months and years', () => {
    expect(addDays('2023-05-31', 1)).toBe('2023-06-01');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});
