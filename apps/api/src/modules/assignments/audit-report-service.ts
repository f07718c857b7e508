import type { AuditActionUpdateModel, AuditRecommendationModel, AuditReportModel, PrismaClient } from '@lagesbild/db';
import { endOfMonthIso, fromIsoDate, toIsoDate, toOptionalIsoDate } from '@lagesbild/types';
import type {
  ParsedAuditActionUpdateInput,
  ParsedCreateAuditRecommendationInput,
  ParsedCreateAuditReportInput,
  ParsedUpdateAuditRecommendationInput,
  ParsedUpdateAuditReportInput,
} from '@lagesbild/types';
import type { Transaction } from '../audit';
import { conflict, fieldError, insertUnlessTaken, isRecordNotFound, notFound } from '../../errors';
import { findSubtreeIds, findUnitByCode } from '../organisation';
import type { OrgTreeUnit } from '../organisation';
import { guardClosedPeriod } from '../reporting-calendar';

/** The audit reports of an org unit and the units under it for a plan year, newest first. */
export async function listAuditReportsOfSubtree(
  prisma: PrismaClient,
  orgTree: readonly OrgTreeUnit[],
  orgUnitCode: string,
  year: number,
): Promise<AuditReportModel[]> {
  const unitIds = findSubtreeIds(orgTree, orgUnitCode);
  if (unitIds.length === 0) return [];
  return prisma.auditReport.findMany({
    where: { orgUnitId: { in: unitIds }, year },
    orderBy: [{ reportDate: 'desc' }, { id: 'asc' }],
  });
}

/**
 * Who may own an audit action of a unit: active users holding any role for the unit or a unit
 * above it, by name. One query whatever the number of users.
 */
export async function listOwnerCandidates(prisma: PrismaClient, orgTree: readonly OrgTreeUnit[], orgUnitCode: string) {
  const unit = findUnitByCode(orgTree, orgUnitCode);
  if (!unit) return [];
  const parentOf = new Map(orgTree.map((node) => [node.id, node.parentId]));
  const unitAndAbove: number[] = [];
  for (let id: number | null | undefined = unit.id; id != null; id = parentOf.get(id)) unitAndAbove.push(id);
  return prisma.user.findMany({
    where: { isActive: true, roles: { some: { orgUnitId: { in: unitAndAbove } } } },
    select: { id: true, name: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
}

/** Updates a versioned row if the form saw the current version; otherwise a conflict with what is saved. */
async function updateAtVersion<Row extends { id: number; version: number }>(
  current: Row | null,
  expectedVersion: number,
  shown: (row: Row) => unknown,
  reread: () => Promise<Row | null>,
  update: (row: Row) => Promise<Row>,
): Promise<Row> {
  if (!current) throw notFound();
  if (current.version !== expectedVersion) throw conflict(shown(current));
  try {
    return await update(current);
  } catch (error) {
    if (isRecordNotFound(error)) {
      const now = await reread();
      throw conflict(now && shown(now));
    }
    throw error;
  }
}

const reportShown = ({ id, title, auditor, reportDate, caseNumber, year, version }: AuditReportModel) => ({
  id,
  title,
  auditor,
  reportDate: toIsoDate(reportDate),
  caseNumber,
  year,
  version,
});

const recommendationShown = (row: AuditRecommendationModel) => ({
  id: row.id,
  recommendation: row.recommendation,
  action: row.action,
  ownerUserId: row.ownerUserId,
  ownerName: row.ownerName,
  dueDate: toOptionalIsoDate(row.dueDate),
  version: row.version,
});

export async function createAuditReport(
  tx: Transaction,
  input: ParsedCreateAuditReportInput,
): Promise<AuditReportModel> {
  if (!(await tx.orgUnit.findUnique({ where: { id: input.orgUnitId } }))) throw notFound();
  const { reportDate, ...fields } = input;
  return tx.auditReport.create({ data: { ...fields, reportDate: fromIsoDate(reportDate) } });
}

export async function updateAuditReport(
  tx: Transaction,
  input: ParsedUpdateAuditReportInput,
): Promise<AuditReportModel> {
  const { id, expectedVersion, reportDate, ...fields } = input;
  return updateAtVersion(
    await tx.auditReport.findUnique({ where: { id } }),
    expectedVersion,
    reportShown,
    () => tx.auditReport.findUnique({ where: { id } }),
    (current) =>
      tx.auditReport.update({
        where: { id, version: current.version },
        data: { ...fields, reportDate: fromIsoDate(reportDate), version: { increment: 1 } },
      }),
  );
}

/** An owner given as a user must be an active user; the form offers only those. */
async function requireOwner(tx: Transaction, ownerUserId: number | null): Promise<void> {
  if (ownerUserId === null) return;
  const user = await tx.user.findUnique({ where: { id: ownerUserId } });
  if (!user?.isActive) throw fieldError('input.ownerUserId', 'unknownUser');
}

const recommendationData = (input: ParsedCreateAuditRecommendationInput | ParsedUpdateAuditRecommendationInput) => ({
  recommendation: input.recommendation,
  action: input.action,
  ownerUserId: input.ownerUserId,
  ownerName: input.ownerName,
  dueDate: input.dueDate ? fromIsoDate(input.dueDate) : null,
});

/** Adds a recommendation after the report's last one. */
export async function createAuditRecommendation(
  tx: Transaction,
  input: ParsedCreateAuditRecommendationInput,
): Promise<AuditRecommendationModel> {
  if (!(await tx.auditReport.findUnique({ where: { id: input.auditReportId } }))) throw notFound();
  await requireOwner(tx, input.ownerUserId);
  const last = await tx.auditRecommendation.findFirst({
    where: { auditReportId: input.auditReportId },
    orderBy: { sortOrder: 'desc' },
  });
  return tx.auditRecommendation.create({
    data: { auditReportId: input.auditReportId, sortOrder: (last?.sortOrder ?? -1) + 1, ...recommendationData(input) },
  });
}

export async function updateAuditRecommendation(
  tx: Transaction,
  input: ParsedUpdateAuditRecommendationInput,
): Promise<AuditRecommendationModel> {
  const current = await tx.auditRecommendation.findUnique({ where: { id: input.id } });
  if (current && current.version === input.expectedVersion) await requireOwner(tx, input.ownerUserId);
  return updateAtVersion(
    current,
    input.expectedVersion,
    recommendationShown,
    () => tx.auditRecommendation.findUnique({ where: { id: input.id } }),
    (row) =>
      tx.auditRecommendation.update({
        where: { id: row.id, version: row.version },
        data: { ...recommendationData(input), version: { increment: 1 } },
      }),
  );
}

/** Sets an audit action's status and comment for a report period, version-checked like an assignment's. */
export async function saveAuditActionUpdate(
  tx: Transaction,
  input: ParsedAuditActionUpdateInput,
  userId: number,
): Promise<AuditActionUpdateModel> {
  const { recommendationId, year, month, status, comment, expectedVersion, correctionReason } = input;
  const current = await tx.auditActionUpdate.findUnique({
    where: { recommendationId_year_month: { recommendationId, year, month } },
  });
  if ((current?.version ?? null) !== (expectedVersion ?? null)) throw conflict(current);
  const recommendation = await tx.auditRecommendation.findUnique({
    where: { id: recommendationId },
    select: { auditReport: { select: { orgUnitId: true } } },
  });
  if (!recommendation) throw notFound();
  await guardClosedPeriod(tx, {
    orgUnitId: recommendation.auditReport.orgUnitId,
    date: endOfMonthIso({ year, month }),
    entityType: 'AuditActionUpdate',
    correctionReason,
  });
  if (!current) {
    return insertUnlessTaken(() =>
      tx.auditActionUpdate.create({
        data: { recommendationId, year, month, status, comment, updatedById: userId },
      }),
    );
  }
  try {
    return await tx.auditActionUpdate.update({
      where: { id: current.id, version: current.version },
      data: { status, comment, updatedById: userId, version: { increment: 1 } },
    });
  } catch (error) {
    if (isRecordNotFound(error)) throw conflict(await tx.auditActionUpdate.findUnique({ where: { id: current.id } }));
    throw error;
  }
}
