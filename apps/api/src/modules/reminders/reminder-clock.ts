import { MUNICIPALITY_TIME_ZONE } from '@lagesbild/types';

/** The reminders' calendar is Swedish: a day and an hour are Stockholm's, whatever the server's zone. */
const STOCKHOLM = new Intl.DateTimeFormat('sv-SE', {
  timeZone: MUNICIPALITY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
});

export interface StockholmClock {
  /** ISO date of the day in Stockholm. */
  date: string;
  hour: number;
}

export function stockholmClock(now: Date): StockholmClock {
  const parts = Object.fromEntries(STOCKHOLM.formatToParts(now).map((part) => [part.type, part.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
}

/** The ISO date `days` after (or before, when negative) an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The ISO week of an ISO date, e.g. "2023-W19" (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(isoDate: string): string {
  const thursday = new Date(`${isoDate}T00:00:00Z`);
  thursday.setUTCDate(thursday.getUTCDate() - ((thursday.getUTCDay() + 6) % 7) + 3);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}
