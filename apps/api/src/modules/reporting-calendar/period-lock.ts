import { Prisma } from '@lagesbild/db';
import { rootFinder, toIsoDate } from '@lagesbild/types';
import { GraphQLError } from 'graphql';
import type { Transaction } from '../audit';
import type { FieldError } from '../../errors';

/** The record kinds a closed period locks, as the audit log names them. */
export type LockedEntityType =
  | 'IndicatorValue'
  | 'GoalAssessment'
  | 'ActivityUpdate'
  | 'AssignmentUpdate'
  | 'AuditActionUpdate'
  | 'ProjectStatusUpdate'
  | 'PortfolioPeriodStatus'
  | 'ControlResult'
  | 'RiskValuation';

/** One record a write is about to save, as the reporting calendar sees it. */
export interface PeriodWrite {
  /** The unit whose record it is (its city's calendar governs it). */
  orgUnitId: number;
  /** ISO date the record speaks for: a value's period end, a month's last day, a status report's date. */
  date: string;
  entityType: LockedEntityType;
  /** Where a refusal is shown: the field of the record's correction reason (`input.values.3.correctionReason`). */
  field: string;
  /** The correction reason the write carries; null when it carries none. */
  correctionReason: string | null;
}

/** The message key of a write refused because its period is closed and it gave no correction reason. */
export const PERIOD_CLOSED = 'periodClosed';

interface LockedPeriod {
  id: number;
  cityId: number;
  startDate: string;
  endDate: string;
  status: 'OPEN' | 'CLOSED';
}

/**
 * The one check every write of reported figures calls inside its transaction, before it writes:
 * values (data entry, import, targets), goal assessments, the statuses of activities, assignments
 * and audit actions, project status reports, portfolios' narratives, internal controls' results
 * and risks' valuations. A record whose date lies in a closed period of its city's calendar is
 * refused beside `field` unless it carries a correction reason; with one it is let through and
 * a correction (PeriodCorrection, "Rättelse" in the audit log) is recorded with the reason, in
 * the same transaction, for the narrowest closed period it falls in.
 *
 * The periods of the writes' years are read FOR SHARE: a period cannot be closed between this
 * check and the commit of the write, and a write that reaches this while a close is in progress
 * waits for it and then sees the period closed. Three statements, whatever the number of writes
 * (plus one insert per correction).
 */
export async function guardClosedPeriods(tx: Transaction, writes: readonly PeriodWrite[]): Promise<void> {
  if (writes.length === 0) return;
  const years = [...new Set(writes.map((write) => Number(write.date.slice(0, 4))))];
  const tree = await tx.orgUnit.findMany({ select: { id: true, parentId: true } });
  const cityOf = rootFinder(tree);
  const rows = await tx.$queryRaw<{ id: number; cityId: number; startDate: Date; endDate: Date; status: string }[]>`
    SELECT p."id", c."orgUnitId" AS "cityId", p."startDate", p."endDate", p."status"::text AS "status"
    FROM "ReportingPeriod" p JOIN "ReportingCalendar" c ON c."id" = p."calendarId"
    WHERE c."year" IN (${Prisma.join(years)})
    ORDER BY p."id"
    FOR SHARE OF p`;
  const closed: LockedPeriod[] = rows
    .filter((row) => row.status === 'CLOSED')
    .map((row) => ({
      id: row.id,
      cityId: row.cityId,
      startDate: toIsoDate(row.startDate),
      endDate: toIsoDate(row.endDate),
      status: 'CLOSED',
    }));
  if (closed.length === 0) return;

  const refusals: FieldError[] = [];
  const corrections = new Map<string, { periodId: number; orgUnitId: number; entityType: string; reason: string }>();
  for (const write of writes) {
    const cityId = cityOf(write.orgUnitId);
    const narrowest = closed
      .filter((period) => period.cityId === cityId && period.startDate <= write.date && write.date <= period.endDate)
      .sort((a, b) => a.endDate.localeCompare(b.endDate) || b.startDate.localeCompare(a.startDate))
      .at(0);
    if (!narrowest) continue;
    if (!write.correctionReason) {
      refusals.push({ field: write.field, message: PERIOD_CLOSED });
      continue;
    }
    const correction = {
      periodId: narrowest.id,
      orgUnitId: write.orgUnitId,
      entityType: write.entityType,
      reason: write.correctionReason,
    };
    corrections.set(JSON.stringify(correction), correction);
  }
  if (refusals.length > 0) {
    throw new GraphQLError('The period is closed: a change needs a correction reason.', {
      extensions: { code: 'BAD_USER_INPUT', fieldErrors: refusals },
    });
  }
  for (const correction of corrections.values()) {
    await tx.periodCorrection.create({ data: correction });
  }
}

/**
 * guardClosedPeriods for the one record a form saves, its reason the input's own
 * `correctionReason` (a status dialog's save, a goal assessment, a value's status).
 */
export function guardClosedPeriod(
  tx: Transaction,
  record: Omit<PeriodWrite, 'field' | 'correctionReason'> & { correctionReason: string | null | undefined },
): Promise<void> {
  return guardClosedPeriods(tx, [
    { ...record, correctionReason: record.correctionReason ?? null, field: 'input.correctionReason' },
  ]);
}

/**
 * Whether a closed period of the unit's city ends on or after the ISO date: a change that judges
 * every period from that date on (an indicator's new thresholds) would change its figures. The
 * city's periods from the date on are read FOR SHARE, as in guardClosedPeriods, so none can be
 * closed between this check and the commit of the change.
 */
export async function closedPeriodEndsOnOrAfter(tx: Transaction, orgUnitId: number, date: string): Promise<boolean> {
  const tree = await tx.orgUnit.findMany({ select: { id: true, parentId: true } });
  const cityId = rootFinder(tree)(orgUnitId);
  const rows = await tx.$queryRaw<{ status: string }[]>`
    SELECT p."status"::text AS "status"
    FROM "ReportingPeriod" p JOIN "ReportingCalendar" c ON c."id" = p."calendarId"
    WHERE c."orgUnitId" = ${cityId} AND p."endDate" >= ${date}::date
    ORDER BY p."id"
    FOR SHARE OF p`;
  return rows.some((row) => row.status === 'CLOSED');
}
