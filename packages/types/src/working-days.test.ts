import { addWorkingDays, easterSunday, isWorkingDay, swedishDaysOff } from './working-days';

describe('Swedish working days', () => {
  it.each([
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
  ])('finds Easter Sunday of %i', (year, easter) => {
    expect(easterSunday(year)).toBe(easter);
  });

  it("lists the law's public holidays of 2024 and the three eves given off", () => {
    expect([...swedishDaysOff(2024)].sort()).toEqual([
      ['2024-01-01', 'Nyårsdagen'],
      ['2024-01-06', 'Trettondedag jul'],
      ['2024-03-29', 'Långfredagen'],
      ['2024-03-31', 'Påskdagen'],
      ['2024-04-01', 'Annandag påsk'],
      ['2024-05-01', 'Första maj'],
      ['2024-05-09', 'Kristi himmelsfärdsdag'],
      ['2024-05-19', 'Pingstdagen'],
      ['2024-06-06', 'Sveriges nationaldag'],
      ['2024-06-21', 'Midsommarafton'],
      ['2024-06-22', 'Midsommardagen'],
      ['2024-11-02', 'Alla helgons dag'],
      ['2024-12-24', 'Julafton'],
      ['2024-12-25', 'Juldagen'],
      ['2024-12-26', 'Annandag jul'],
      ['2024-12-31', 'Nyårsafton'],
    ]);
  });

  it('puts Midsummer and All Saints on the Saturday of their weeks', () => {
    expect(swedishDaysOff(2023).get('2023-06-24')).toBe('Midsommardagen');
    expect(swedishDaysOff(2023).get('2023-06-23')).toBe('Midsommarafton');
    expect(swedishDaysOff(2023).get('2023-11-04')).toBe('Alla helgons dag');
    expect(swedishDaysOff(2026).get('2026-10-31')).toBe('Alla helgons dag');
  });

  it('counts neither weekends nor holidays as working days', () => {
    expect(isWorkingDay('2024-06-03')).toBe(true); // a Monday
    expect(isWorkingDay('2024-06-08')).toBe(false); // a Saturday
    expect(isWorkingDay('2024-06-06')).toBe(false); // National Day, a Thursday
    expect(isWorkingDay('2024-12-24')).toBe(false); // Christmas Eve, a Tuesday
  });

  it('counts working days after a date, skipping weekends and holidays', () => {
    // 2023-05-31 is a Wednesday; June 1, 2, 5 are working days, June 6 is National Day.
    expect(addWorkingDays('2023-05-31', 1)).toBe('2023-06-01');
    expect(addWorkingDays('2023-05-31', 3)).toBe('2023-06-05');
    expect(addWorkingDays('2023-05-31', 4)).toBe('2023-06-07');
    // Easter 2024: Good Friday 29 March and Easter Monday 1 April are off.
    expect(addWorkingDays('2024-03-28', 1)).toBe('2024-04-02');
    // The year's end: 31 December, 1 and 6 January (a Saturday in 2024) are off.
    expect(addWorkingDays('2023-12-29', 1)).toBe('2024-01-02');
  });
});
