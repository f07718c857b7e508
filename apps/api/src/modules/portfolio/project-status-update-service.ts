import type { ProjectStatusUpdateModel } from '@lagesbild/db';
import { fromIsoDate, toIsoDate } from '@lagesbild/types';
import type { ParsedProjectStatusUpdateInput } from '@lagesbild/types';
import type { Transaction } from '../audit';
import type { OrgTreeNode } from '../../authorization/access-scope';
import { guardClosedPeriod } from '../reporting-calendar';
import { conflict, notFound } from '../../errors';
import { resolvePeople } from './project-people-service';

/**
 * Appends a status update with the cause and action of each yellow or red dimension.
 * Status updates are never overwritten, but one filed since the form was opened may change
 * what this one should say: then the save is refused with that status update, and the user
 * can file theirs on top of it.
 */
export async function addProjectStatusUpdate(
  tx: Transaction,
  input: ParsedProjectStatusUpdateInput,
  userId: number,
  orgTree: readonly OrgTreeNode[],
): Promise<ProjectStatusUpdateModel> {
  // Locks the project until the transaction ends, so two status updates filed at once are
  // checked one after the other and the second sees the first.
  const locked = await tx.$queryRaw<{ id: number }[]>`
    SELECT "id" FROM "Project" WHERE "id" = ${input.projectId} FOR UPDATE`;
  if (locked.length === 0) throw notFound();
  const latestFiled = await tx.projectStatusUpdate.findFirst({
    where: { projectId: input.projectId },
    orderBy: { id: 'desc' },
    include: { deviations: { orderBy: { dimension: 'asc' } } },
  });
  if ((latestFiled?.id ?? null) !== input.basedOnStatusUpdateId) {
    throw conflict(
      latestFiled && {
        id: String(latestFiled.id),
        statusDate: toIsoDate(latestFiled.statusDate),
        time: latestFiled.time,
        cost: latestFiled.cost,
        result: latestFiled.result,
        comment: latestFiled.comment,
        deviations: latestFiled.deviations.map(({ dimension, cause, action }) => ({ dimension, cause, action })),
      },
    );
  }
  const project = await tx.project.findUniqueOrThrow({ where: { id: input.projectId }, include: { portfolio: true } });
  const actionOwners = await resolvePeople(
    tx,
    orgTree,
    project.portfolio.orgUnitId,
    input.deviations.map((deviation) => ({
      field: `input.${deviation.dimension.toLowerCase()}.actionOwnerUserId`,
      userId: deviation.actionOwnerUserId,
      name: deviation.actionOwner,
    })),
  );
  await guardClosedPeriod(tx, {
    orgUnitId: project.portfolio.orgUnitId,
    date: input.statusDate,
    entityType: 'ProjectStatusUpdate',
    correctionReason: input.correctionReason,
  });
  const statusUpdate = await tx.projectStatusUpdate.create({
    data: {
      projectId: input.projectId,
      statusDate: fromIsoDate(input.statusDate),
      time: input.time,
      cost: input.cost,
      result: input.result,
      comment: input.comment,
      createdById: userId,
    },
  });
  // One by one, so each deviation gets its own audit event.
  for (const [index, deviation] of input.deviations.entries()) {
    await tx.statusDeviation.create({
      data: {
        statusUpdateId: statusUpdate.id,
        ...deviation,
        actionOwner: actionOwners[index]!.name,
        actionOwnerUserId: actionOwners[index]!.userId,
        actionDueDate: deviation.actionDueDate ? fromIsoDate(deviation.actionDueDate) : null,
      },
    });
  }
  return statusUpdate;
}
