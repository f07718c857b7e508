/**
 * The reporting periods of a year and their default deadlines, one definition for the API (which
 * generates a calendar from it) and the web app (which names the periods).
 */
import { endOfMonthIso } from './iso-date';
import type { ReportingPeriodKind } from './generated/schema-types';
import { addWorkingDays } from './working-days';

export interface ReportingPeriodDefinition {
  kind: ReportingPeriodKind;
  /** The month (1–12), the tertial (1–3), the interim report (1: March, 2: August), or 1 for the year. */
  number: number;
  startDate: string;
  endDate: string;
}

/** The default rule's number of working days after a period's end, until a calendar sets its own. */
export const DEFAULT_WORKING_DAYS_AFTER_PERIOD_END = 8;
/** The rule's bounds: at least the day after, at most about three months. */
export const MIN_WORKING_DAYS_AFTER_PERIOD_END = 1;
export const MAX_WORKING_DAYS_AFTER_PERIOD_END = 60;
/** A deadline lies after its period's end, and at most this many days after it. */
export const MAX_DAYS_FROM_PERIOD_END_TO_DEADLINE = 366;

/** The months an interim report (delårsrapport) covers from January: up to March, up to August. */
export const INTERIM_REPORT_LAST_MONTHS = [3, 8] as const;

const startOf = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-01`;

/** Every reporting period of a year: twelve months, three tertials, two interim reports, the year. */
export function reportingPeriodsOfYear(year: number): ReportingPeriodDefinition[] {
  const months = Array.from({ length: 12 }, (_, index) => ({
    kind: 'MONTH' as const,
    number: index + 1,
    startDate: startOf(year, index + 1),
    endDate: endOfMonthIso({ year, month: index + 1 }),
  }));
  const tertials = [1, 2, 3].map((number) => ({
    kind: 'TERTIAL' as const,
    number,
    startDate: startOf(year, number * 4 - 3),
    endDate: endOfMonthIso({ year, month: number * 4 }),
  }));
  const interims = INTERIM_REPORT_LAST_MONTHS.map((lastMonth, index) => ({
    kind: 'INTERIM' as const,
    number: index + 1,
    startDate: startOf(year, 1),
    endDate: endOfMonthIso({ year, month: lastMonth }),
  }));
  return [
    ...months,
    ...tertials,
    ...interims,
    { kind: 'ANNUAL', number: 1, startDate: startOf(year, 1), endDate: endOfMonthIso({ year, month: 12 }) },
  ];
}

/** The default rule: a period's deadline is the Nth working day after its last day. */
export function defaultDeadline(endDate: string, workingDaysAfterPeriodEnd: number): string {
  return addWorkingDays(endDate, workingDaysAfterPeriodEnd);
}

/** Days from a period's end to a deadline (1 for the day after). */
export function daysAfterPeriodEnd(endDate: string, deadline: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${endDate}T00:00:00Z`)) / 86_400_000);
}

/** The message key of a deadline the rules refuse, or null: it lies after the period's end, within a year. */
export function deadlineProblem(
  endDate: string,
  deadline: string,
): 'deadlineNotAfterPeriodEnd' | 'deadlineTooLate' | null {
  const days = daysAfterPeriodEnd(endDate, deadline);
  if (days < 1) return 'deadlineNotAfterPeriodEnd';
  if (days > MAX_DAYS_FROM_PERIOD_END_TO_DEADLINE) return 'deadlineTooLate';
  return null;
}
