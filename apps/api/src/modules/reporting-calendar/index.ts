/**
 * The reporting calendar: periods and deadlines per city and year, and the lock of a closed
 * period that every write of reported figures goes through.
 */
export { reportingCalendarResolvers, reportingCalendarRules } from './reporting-calendar-resolvers';
export { findDeadline, findDeadlines } from './reporting-calendar-service';
export type { DeadlineQuery } from './reporting-calendar-service';
export { closedPeriodEndsOnOrAfter, guardClosedPeriod, guardClosedPeriods, PERIOD_CLOSED } from './period-lock';
export type { LockedEntityType, PeriodWrite } from './period-lock';
