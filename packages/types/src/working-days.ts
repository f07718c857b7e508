/**
 * Working days in Sweden, for the reporting calendar's deadlines. The rule is the law's
 * (lag (1989:253) om allmänna helgdagar): Sundays and the public holidays below are not working
 * days, nor are Saturdays. Midsummer Eve, Christmas Eve and New Year's Eve are not public
 * holidays by law, but the municipalities' collective agreement gives them off, so a deadline
 * never falls on them either. Dates are ISO text (2024-06-21) and worked in UTC.
 */
import { toIsoDate } from './iso-date';

const DAY_MS = 86_400_000;

function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

const plusDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

/** Easter Sunday of a year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toIsoDate(utc(year, month, day));
}

/** The day of the week (0 Sunday … 6 Saturday) falling between `fromDay` and `fromDay + 6` of a month. */
function weekdayBetween(year: number, month: number, fromDay: number, weekday: number): Date {
  const first = utc(year, month, fromDay);
  return plusDays(first, (weekday - first.getUTCDay() + 7) % 7);
}

/** Sweden's public holidays of a year and the three eves given off, ISO date → Swedish name. */
export function swedishDaysOff(year: number): Map<string, string> {
  const easter = new Date(`${easterSunday(year)}T00:00:00Z`);
  const midsummerDay = weekdayBetween(year, 6, 20, 6);
  const days: [Date, string][] = [
    [utc(year, 1, 1), 'Nyårsdagen'],
    [utc(year, 1, 6), 'Trettondedag jul'],
    [plusDays(easter, -2), 'Långfredagen'],
    [easter, 'Påskdagen'],
    [plusDays(easter, 1), 'Annandag påsk'],
    [utc(year, 5, 1), 'Första maj'],
    [plusDays(easter, 39), 'Kristi himmelsfärdsdag'],
    [plusDays(easter, 49), 'Pingstdagen'],
    [utc(year, 6, 6), 'Sveriges nationaldag'],
    [plusDays(midsummerDay, -1), 'Midsommarafton'],
    [midsummerDay, 'Midsommardagen'],
    [weekdayBetween(year, 10, 31, 6), 'Alla helgons dag'],
    [utc(year, 12, 24), 'Julafton'],
    [utc(year, 12, 25), 'Juldagen'],
    [utc(year, 12, 26), 'Annandag jul'],
    [utc(year, 12, 31), 'Nyårsafton'],
  ];
  return new Map(days.map(([date, name]) => [toIsoDate(date), name]));
}

const daysOffByYear = new Map<number, Map<string, string>>();

/** True for Monday to Friday that is neither a public holiday nor an eve given off. */
export function isWorkingDay(isoDate: string): boolean {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const weekday = date.getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  const year = date.getUTCFullYear();
  let daysOff = daysOffByYear.get(year);
  if (!daysOff) daysOffByYear.set(year, (daysOff = swedishDaysOff(year)));
  return !daysOff.has(isoDate);
}

/** The `count`th working day after `isoDate` (1: the first working day after it). */
export function addWorkingDays(isoDate: string, count: number): string {
  let date = new Date(`${isoDate}T00:00:00Z`);
  let left = count;
  while (left > 0) {
    date = plusDays(date, 1);
    if (isWorkingDay(toIsoDate(date))) left -= 1;
  }
  return toIsoDate(date);
}
