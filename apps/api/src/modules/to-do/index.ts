/**
 * Reporting obligations (what is due from whom, by when, and whether it was done) and each
 * user's to-do list built on them; the reminders and the discipline view read the same obligations.
 */
export { findReportingObligations } from './reporting-obligations';
export type {
  ObligationKind,
  ObligationPeriodKind,
  ReportingObligation,
  ReportingObligationFilter,
} from './reporting-obligations';
