/**
 * Dates without a time (a status update's date, a planned end) travel as ISO text, 2024-08-31; the
 * database holds them as dates at midnight UTC.
 */

/** Today as an ISO date in the local time zone of the browser or server. */
export function isoToday(now = new Date()): string {
  const pad = (number: number) => String(number).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
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
