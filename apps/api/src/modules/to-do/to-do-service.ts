import type { OrgUnitModel, PrismaClient } from '@lagesbild/db';
import { fromIsoDate, isoToday } from '@lagesbild/types';
import type { Transaction } from '../audit';
import { findReportingObligations } from './reporting-obligations';
import type { ReportingObligation } from './reporting-obligations';

/** An item of a user's to-do list: an open obligation with its unit's name, overdue or not. */
export type ToDoItemRow = ReportingObligation & { orgUnitName: string; overdue: boolean };

const DAY = 86_400_000;
/** How far back the list reaches: older arrears belong to the discipline view, not to today's work. */
export const TO_DO_DAYS_BACK = 92;
/** How far ahead: the next deadline of every kind of period falls within a month. */
export const TO_DO_DAYS_AHEAD = 31;

/** The user's open obligations around today, earliest deadline first. */
export async function findToDo(
  db: PrismaClient | Transaction,
  /** Every unit, as the request read them with its org tree (context.ts). */
  units: readonly OrgUnitModel[],
  userId: number,
  now = new Date(),
): Promise<ToDoItemRow[]> {
  const today = fromIsoDate(isoToday(now));
  const obligations = await findReportingObligations(
    db,
    {
      userIds: [userId],
      deadlineFrom: new Date(today.getTime() - TO_DO_DAYS_BACK * DAY),
      deadlineTo: new Date(today.getTime() + TO_DO_DAYS_AHEAD * DAY),
    },
    units,
  );
  const open = obligations.filter((obligation) => obligation.fulfilledAt === null);
  const nameOf = new Map(units.map((unit) => [unit.id, unit.name]));
  return open.map((obligation) => ({
    ...obligation,
    orgUnitName: nameOf.get(obligation.orgUnitId) ?? '',
    overdue: obligation.deadline < today,
  }));
}
