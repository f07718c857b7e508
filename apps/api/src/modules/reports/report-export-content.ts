import type { PrismaClient } from '@lagesbild/db';
import type { ReportContent } from '@lagesbild/types';
import type { Request } from 'express';
import type { RequestContextFactory } from '../../context';
import { findReport } from './report-service';
import { contentOfReport } from './report-resolvers';
import { notSignedIn } from '../../errors';

/**
 * A report's content for the signed-in user of an HTTP request (the PDF and Word exports),
 * resolved as /graphql resolves it (the same context of the request: the session cookie, the
 * user's scope), then the frozen
 * snapshot or the live compilation. Throws notSignedIn() without a session (answered 401);
 * null when the id is malformed or unknown, or the user may not read the report's unit and
 * every unit below it (which is not told apart: answered 404).
 */
export async function readReportContentForRequest(
  prisma: PrismaClient,
  contextOf: RequestContextFactory,
  request: Request,
  reportId: string,
): Promise<ReportContent | null> {
  const context = await contextOf(request);
  if (!context.viewer) throw notSignedIn();
  const id = Number(reportId);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const report = await findReport(prisma, id);
  // The rule of the Report type in /graphql: the reader must be able to read the whole subtree.
  if (!report || !context.access.canReadSubtree(report.orgUnitId)) return null;
  return contentOfReport(context, report);
}

/** `readContent` for createReportExportRouter: `createReportExportRouter(reportContentReader(prisma, contextOf))`. */
export const reportContentReader =
  (prisma: PrismaClient, contextOf: RequestContextFactory) =>
  (request: Request, reportId: string): Promise<ReportContent | null> =>
    readReportContentForRequest(prisma, contextOf, request, reportId);
