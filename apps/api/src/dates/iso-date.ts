/** A database date (a UTC midnight) as the API gives dates: `2023-12-31`. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** An optional database date as an ISO date, or null. */
export function toOptionalIsoDate(date: Date | null): string | null {
  return date ? toIsoDate(date) : null;
}
