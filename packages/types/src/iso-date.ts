/**
 * Dates without a time (a status update's date, a planned end) travel as ISO text, 2024-08-31; the
 * database holds them as dates at midnight UTC.
 */

/**
 * The municipality's time zone. A day (today, a deadline passed, what is overdue, the default
 * date of a status update) is Sweden's, wherever the browser or the server runs: a server on UTC
 * would otherwise still be on yesterday for the first hour or two of a Swedish day, and judge
 * differently from the browser and from the reminders.
 */
export const MUNICIPALITY_TIME_ZONE = 'Europe/Stockholm';

const MUNICIPALITY_DATE = new Intl.DateTimeFormat('sv-SE', {
  timeZone: MUNICIPALITY_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The ISO date of an instant in the municipality's time zone. */
export function municipalityDateOf(instant: Date): string {
  const parts = Object.fromEntries(MUNICIPALITY_DATE.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Today as an ISO date in the municipality's time zone. */
export function isoToday(now = new Date()): string {
  return municipalityDateOf(now);
}

/** This month in the municipality's time zone. */
export function currentYearMonth(now = new Date()): { year: number; month: number } {
  const [year, month] = isoToday(now).split('-').map(Number);
  return { year: year!, month: month! };
}

/** A stored date as ISO text. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** An optional stored date as ISO text, or null. */
export function toOptionalIsoDate(date: Date | null): string | null {
  return date ? toIsoDate(date) : null;
}

/** ISO text as the date the database stores. */
export function fromIsoDate(text: string): Date {
  return new Date(`${text}T00:00:00Z`);
}

/** The last day of a month, as ISO text. */
export function endOfMonthIso({ year, month }: { year: number; month: number }): string {
  return toIsoDate(new Date(Date.UTC(year, month, 0)));
}

/**
 * The day a viewed month is judged on: its last day, or today while it is still running, so
 * a past month shows how things stood then and the current month how they stand now.
 */
export function judgedOnDay(viewed: { year: number; month: number }, today: string = isoToday()): string {
  const endOfMonth = endOfMonthIso(viewed);
  return today < endOfMonth ? today : endOfMonth;
}
