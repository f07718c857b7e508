import type { Periodicity, YearMonth } from './generated/schema-types';

export type { YearMonth };

/** A period of an indicator value: month 1–12, tertial 1–3, or 1 for a year. */
export interface Period {
  granularity: Periodicity;
  year: number;
  periodNumber: number;
}

const PERIODS_PER_YEAR: Record<Periodicity, number> = { YEAR: 1, TERTIAL: 3, MONTH: 12 };
const MONTHS_PER_PERIOD: Record<Periodicity, number> = { YEAR: 12, TERTIAL: 4, MONTH: 1 };

export function periodsPerYear(granularity: Periodicity): number {
  return PERIODS_PER_YEAR[granularity];
}

/**
 * The years the app takes in, for periods, dates and filters alike: a year outside them is
 * a slip of the keyboard or a probe (9999-12-31), never a municipality's plan.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

export function isPlausibleYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

export function isValidPeriod({ granularity, year, periodNumber }: Period): boolean {
  return (
    isPlausibleYear(year) &&
    Number.isInteger(periodNumber) &&
    periodNumber >= 1 &&
    periodNumber <= PERIODS_PER_YEAR[granularity]
  );
}

/** The period as a key: `2023`, `2023-T2` or `2023-05`. */
export function formatPeriodKey({ granularity, year, periodNumber }: Period): string {
  switch (granularity) {
    case 'YEAR':
      return String(year);
    case 'TERTIAL':
      return `${year}-T${periodNumber}`;
    case 'MONTH':
      return `${year}-${String(periodNumber).padStart(2, '0')}`;
  }
}

/** Reads a key written by formatPeriodKey; undefined when it is not one. */
export function parsePeriodKey(key: string): Period | undefined {
  const match = /^(\d{4})(?:-(T)?(\d{1,2}))?$/.exec(key.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const period: Period =
    match[3] === undefined
      ? { granularity: 'YEAR', year, periodNumber: 1 }
      : { granularity: match[2] ? 'TERTIAL' : 'MONTH', year, periodNumber: Number(match[3]) };
  return isValidPeriod(period) ? period : undefined;
}

/** The last month a period covers: May for 2023-05, August for 2023-T2, December for 2023. */
export function lastMonthOf({ granularity, periodNumber }: Period): number {
  return periodNumber * MONTHS_PER_PERIOD[granularity];
}

/** The first month a period covers: May for 2023-05, May for 2023-T2, January for 2023. */
export function firstMonthOf(period: Period): number {
  return lastMonthOf(period) - MONTHS_PER_PERIOD[period.granularity] + 1;
}

/** The tertial a month falls in: January–April is T1. */
export function tertialOfMonth(month: number): number {
  return Math.ceil(month / 4);
}

/**
 * True when the period has begun by the given month. A period in progress counts: the May
 * report shows the outcome of tertial 2 (May–August) so far, as source 000 does.
 */
export function startsBy(period: Period, upTo: YearMonth): boolean {
  return period.year < upTo.year || (period.year === upTo.year && firstMonthOf(period) <= upTo.month);
}

/** Orders periods by when they end, coarser periods after finer ones ending the same month. */
export function comparePeriods(a: Period, b: Period): number {
  return (
    a.year - b.year ||
    lastMonthOf(a) - lastMonthOf(b) ||
    MONTHS_PER_PERIOD[a.granularity] - MONTHS_PER_PERIOD[b.granularity]
  );
}

/** `2023-05` as a report period; undefined when the text is not a valid month. */
export function parseYearMonth(text: string): YearMonth | undefined {
  const period = parsePeriodKey(text);
  return period?.granularity === 'MONTH' ? { year: period.year, month: period.periodNumber } : undefined;
}

export function formatYearMonth({ year, month }: YearMonth): string {
  return formatPeriodKey({ granularity: 'MONTH', year, periodNumber: month });
}

/** At most this many other units are compared on an indicator's chart: more lines cannot be read. */
export const MAX_COMPARED_UNITS = 8;
