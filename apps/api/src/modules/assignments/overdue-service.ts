import type { PrismaClient } from '@lagesbild/db';
import { isAssignmentOverdue, isAuditActionOverdue, toIsoDate } from '@lagesbild/types';
import type { AssignmentStatus, AuditActionStatus, YearMonth } from '@lagesbild/types';
import { NEWEST_MONTH_FIRST, upToMonth } from '../../loaders/month-loader';
import { ofPlanYear } from './assignment-service';

/** An assignment past its deadline in a month and not declared complete by then. */
export interface OverdueAssignmentRow {
  id: number;
  title: string;
  caseNumber: string | null;
  orgUnitId: number;
  /** ISO date. */
  deadline: string;
  /** The latest status reported up to the month; null when none was. */
  status: AssignmentStatus | null;
}

/** An audit recommendation's action past its due date in a month and not done by then. */
export interface OverdueAuditActionRow {
  id: number;
  recommendation: string;
  action: string | null;
  auditReportTitle: string;
  orgUnitId: number;
  /** ISO date. */
  dueDate: string;
  status: AuditActionStatus | null;
}

function latestPerKey<Row>(rows: Row[], keyOf: (row: Row) => number): Map<number, Row> {
  // Rows come newest first: the first of each key is its latest.
  const latest = new Map<number, Row>();
  for (const row of rows) if (!latest.has(keyOf(row))) latest.set(keyOf(row), row);
  return latest;
}

/**
 * The assignments of the units that are overdue in the month, as Uppdrag shows the month's plan
 * year (given that year, or earlier and not declared complete before it), the earliest deadline
 * first. Two reads whatever their number: the assignments and their updates up to the month.
 */
export async function findOverdueAssignments(
  prisma: PrismaClient,
  unitIds: number[],
  month: YearMonth,
): Promise<OverdueAssignmentRow[]> {
  const { year } = month;
  const assignments = await prisma.assignment.findMany({
    where: {
      orgUnitId: { in: unitIds },
      deadline: { not: null },
      ...ofPlanYear(year),
    },
    orderBy: [{ deadline: 'asc' }, { id: 'asc' }],
  });
  if (assignments.length === 0) return [];
  const updates = await prisma.assignmentUpdate.findMany({
    where: { assignmentId: { in: assignments.map((assignment) => assignment.id) }, ...upToMonth(month) },
    orderBy: NEWEST_MONTH_FIRST,
    select: { assignmentId: true, status: true },
  });
  const latest = latestPerKey(updates, (update) => update.assignmentId);
  return assignments
    .map((assignment) => ({
      id: assignment.id,
      title: assignment.title,
      caseNumber: assignment.caseNumber,
      orgUnitId: assignment.orgUnitId,
      deadline: toIsoDate(assignment.deadline!),
      status: latest.get(assignment.id)?.status ?? null,
    }))
    .filter((row) => isAssignmentOverdue(row.status, row.deadline, month));
}

/**
 * The actions of the units' audit reports of the month's year (as Uppdrag lists them) that are
 * overdue in the month, the earliest due date first. One read when there are none, three
 * whatever their number.
 */
export async function findOverdueAuditActions(
  prisma: PrismaClient,
  unitIds: number[],
  month: YearMonth,
): Promise<OverdueAuditActionRow[]> {
  const recommendations = await prisma.auditRecommendation.findMany({
    where: { dueDate: { not: null }, auditReport: { orgUnitId: { in: unitIds }, year: month.year } },
    orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
  });
  if (recommendations.length === 0) return [];
  // The reports read by id only when there are recommendations: Prisma's `include` sends its
  // second statement even for none, and this runs on every overview.
  const [reports, updates] = await Promise.all([
    prisma.auditReport.findMany({
      where: { id: { in: [...new Set(recommendations.map((row) => row.auditReportId))] } },
      select: { id: true, title: true, orgUnitId: true },
    }),
    prisma.auditActionUpdate.findMany({
      where: { recommendationId: { in: recommendations.map((row) => row.id) }, ...upToMonth(month) },
      orderBy: NEWEST_MONTH_FIRST,
      select: { recommendationId: true, status: true },
    }),
  ]);
  const reportById = new Map(reports.map((report) => [report.id, report]));
  const latest = latestPerKey(updates, (update) => update.recommendationId);
  return recommendations
    .map((row) => {
      const report = reportById.get(row.auditReportId)!;
      return {
        id: row.id,
        recommendation: row.recommendation,
        action: row.action,
        auditReportTitle: report.title,
        orgUnitId: report.orgUnitId,
        dueDate: toIsoDate(row.dueDate!),
        status: latest.get(row.id)?.status ?? null,
      };
    })
    .filter((row) => isAuditActionOverdue(row.status, row.dueDate, month));
}
