import type { ProjectStatusReportModel } from '@lagesbild/db';
import { fromIsoDate, toIsoDate } from '@lagesbild/types';
import type { ParsedProjectStatusReportInput } from '@lagesbild/types';
import type { Transaction } from '../audit';
import { conflict, notFound } from '../../errors';

/**
 * Appends a status report with the cause and action of each yellow or red dimension.
 * Reports are never overwritten, but a report filed since the form was opened may change
 * what this one should say: then the save is refused with that report, and the user can
 * file theirs on top of it.
 */
export async function addProjectStatusReport(
  tx: Transaction,
  input: ParsedProjectStatusReportInput,
  userId: number,
): Promise<ProjectStatusReportModel> {
  // Locks the project until the transaction ends, so two reports filed at once are
  // checked one after the other and the second sees the first.
  const locked = await tx.$queryRaw<{ id: number }[]>`
    SELECT "id" FROM "Project" WHERE "id" = ${input.projectId} FOR UPDATE`;
  if (locked.length === 0) throw notFound();
  const latestFiled = await tx.projectStatusReport.findFirst({
    where: { projectId: input.projectId },
    orderBy: { id: 'desc' },
    include: { deviations: { orderBy: { dimension: 'asc' } } },
  });
  if ((latestFiled?.id ?? null) !== input.basedOnReportId) {
    throw conflict(
      latestFiled && {
        id: String(latestFiled.id),
        reportDate: toIsoDate(latestFiled.reportDate),
        time: latestFiled.time,
        cost: latestFiled.cost,
        result: latestFiled.result,
        comment: latestFiled.comment,
        deviations: latestFiled.deviations.map(({ dimension, cause, action }) => ({ dimension, cause, action })),
      },
    );
  }
  const report = await tx.projectStatusReport.create({
    data: {
      projectId: input.projectId,
      reportDate: fromIsoDate(input.reportDate),
      time: input.time,
      cost: input.cost,
      result: input.result,
      comment: input.comment,
      createdById: userId,
    },
  });
  // One by one, so each deviation gets its own audit event.
  for (const deviation of input.deviations) {
    await tx.statusDeviation.create({ data: { reportId: report.id, ...deviation } });
  }
  return report;
}
