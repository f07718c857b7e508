import DataLoader from 'dataloader';
import type { PrismaClient, ReportCommentModel, ReportModel, ReportSectionModel } from '@lagesbild/db';
import { groupRowsByKey, rowByKey } from '../../loaders/group-by-key';

export function createReportLoaders(prisma: PrismaClient) {
  return {
    reportById: new DataLoader<number, ReportModel | null>(async (ids) =>
      rowByKey(ids, await prisma.report.findMany({ where: { id: { in: [...ids] } } }), (report) => report.id),
    ),
    reportSectionById: new DataLoader<number, ReportSectionModel | null>(async (ids) =>
      rowByKey(ids, await prisma.reportSection.findMany({ where: { id: { in: [...ids] } } }), (section) => section.id),
    ),
    /** Each report's comments, oldest first. */
    commentsOfReport: new DataLoader<number, ReportCommentModel[]>(async (reportIds) =>
      groupRowsByKey(
        reportIds,
        await prisma.reportComment.findMany({
          where: { reportId: { in: [...reportIds] } },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        }),
        (comment) => comment.reportId,
      ),
    ),
  };
}
