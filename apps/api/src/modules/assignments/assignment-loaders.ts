import DataLoader from 'dataloader';
import type {
  AssignmentModel,
  AssignmentUpdateModel,
  AuditActionUpdateModel,
  AuditRecommendationModel,
  AuditReportModel,
  PrismaClient,
} from '@lagesbild/db';
import { groupRowsByKey, rowByKey } from '../../loaders/group-by-key';
import { createMonthLoader, NEWEST_MONTH_FIRST, upToMonth } from '../../loaders/month-loader';

/** Batched reads of assignments, audit reports and their status updates. */
export function createAssignmentLoaders(prisma: PrismaClient) {
  return {
    assignmentById: new DataLoader<number, AssignmentModel | null>(async (ids) =>
      rowByKey(ids, await prisma.assignment.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
    ),
    assignmentUpdateUpTo: createMonthLoader<AssignmentUpdateModel>(
      (assignmentIds, month) =>
        prisma.assignmentUpdate.findMany({
          where: { assignmentId: { in: assignmentIds }, ...upToMonth(month) },
          orderBy: NEWEST_MONTH_FIRST,
        }),
      (update) => update.assignmentId,
    ),
    assignmentUpdates: new DataLoader<number, AssignmentUpdateModel[]>(async (assignmentIds) =>
      groupRowsByKey(
        assignmentIds,
        await prisma.assignmentUpdate.findMany({
          where: { assignmentId: { in: [...assignmentIds] } },
          orderBy: NEWEST_MONTH_FIRST,
        }),
        (update) => update.assignmentId,
      ),
    ),
    auditReportById: new DataLoader<number, AuditReportModel | null>(async (ids) =>
      rowByKey(ids, await prisma.auditReport.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
    ),
    auditRecommendationById: new DataLoader<number, AuditRecommendationModel | null>(async (ids) =>
      rowByKey(ids, await prisma.auditRecommendation.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
    ),
    auditReportRecommendations: new DataLoader<number, AuditRecommendationModel[]>(async (reportIds) =>
      groupRowsByKey(
        reportIds,
        await prisma.auditRecommendation.findMany({
          where: { auditReportId: { in: [...reportIds] } },
          orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
        }),
        (recommendation) => recommendation.auditReportId,
      ),
    ),
    auditActionUpdateUpTo: createMonthLoader<AuditActionUpdateModel>(
      (recommendationIds, month) =>
        prisma.auditActionUpdate.findMany({
          where: { recommendationId: { in: recommendationIds }, ...upToMonth(month) },
          orderBy: NEWEST_MONTH_FIRST,
        }),
      (update) => update.recommendationId,
    ),
    auditActionUpdates: new DataLoader<number, AuditActionUpdateModel[]>(async (recommendationIds) =>
      groupRowsByKey(
        recommendationIds,
        await prisma.auditActionUpdate.findMany({
          where: { recommendationId: { in: [...recommendationIds] } },
          orderBy: NEWEST_MONTH_FIRST,
        }),
        (update) => update.recommendationId,
      ),
    ),
  };
}
