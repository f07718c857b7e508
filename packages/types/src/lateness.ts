import type { AssignmentStatus, AuditActionStatus, YearMonth } from './generated/schema-types';
import { endOfMonthIso } from './iso-date';
import type { ValueStatus } from './status-types';

/**
 * Lateness of assignments (uppdrag) and audit actions, decided here and nowhere else: the goal
 * page, Uppdrag, Registrera, the report sections and their exports all ask these functions.
 *
 * Something is late when its deadline (an ISO date) lies before the last day of the viewed month
 * and it is not finished by then. Due on the month's last day is not yet late; without a deadline
 * nothing is ever late.
 */
function isPastDue(deadline: string | null | undefined, viewed: YearMonth): boolean {
  return !!deadline && deadline < endOfMonthIso(viewed);
}

/**
 * Whether an assignment is overdue in the viewed month. Only a decision ends an assignment:
 * DECLARED_COMPLETE is never late, however late the decision came. PROPOSED_COMPLETE is the
 * unit's proposal, not the decision, so past its deadline it is still overdue until the giver
 * declares it complete.
 */
export function isAssignmentOverdue(
  status: AssignmentStatus | null | undefined,
  deadline: string | null | undefined,
  viewed: YearMonth,
): boolean {
  return status !== 'DECLARED_COMPLETE' && isPastDue(deadline, viewed);
}

/** An assignment's status colour in the viewed month: red when overdue, grey before it begins, green otherwise. */
export function assignmentStatusColour(
  status: AssignmentStatus | null | undefined,
  deadline: string | null | undefined,
  viewed: YearMonth,
): ValueStatus {
  if (isAssignmentOverdue(status, deadline, viewed)) return 'RED';
  return !status || status === 'NOT_STARTED' ? 'NOT_ASSESSED' : 'GREEN';
}

/** Whether an audit recommendation's action is overdue in the viewed month: past its due date and not done. */
export function isAuditActionOverdue(
  status: AuditActionStatus | null | undefined,
  dueDate: string | null | undefined,
  viewed: YearMonth,
): boolean {
  return status !== 'DONE' && isPastDue(dueDate, viewed);
}

/** An audit action's status colour in the viewed month, by the same rule as an assignment's. */
export function auditActionStatusColour(
  status: AuditActionStatus | null | undefined,
  dueDate: string | null | undefined,
  viewed: YearMonth,
): ValueStatus {
  if (isAuditActionOverdue(status, dueDate, viewed)) return 'RED';
  return !status || status === 'NOT_STARTED' ? 'NOT_ASSESSED' : 'GREEN';
}
