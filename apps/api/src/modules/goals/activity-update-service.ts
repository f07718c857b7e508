import type { ActivityUpdateModel } from '@lagesbild/db';
import { endOfMonthIso } from '@lagesbild/types';
import type { activityUpdateInputSchema } from '@lagesbild/types';
import type { z } from 'zod';
import type { Transaction } from '../audit';
import { guardClosedPeriod } from '../reporting-calendar';
import { conflict, insertUnlessTaken, isRecordNotFound, notFound } from '../../errors';

/**
 * Sets an activity's status and comment for a report period: creates the update, or changes
 * it if the form saw the current version. A second person saving from an older version gets
 * a conflict carrying what is saved now.
 */
export async function saveActivityUpdate(
  tx: Transaction,
  input: z.output<typeof activityUpdateInputSchema>,
  userId: number,
): Promise<ActivityUpdateModel> {
  const { activityId, year, month, status, comment, expectedVersion, correctionReason } = input;
  const current = await tx.activityUpdate.findUnique({
    where: { activityId_year_month: { activityId, year, month } },
  });
  if ((current?.version ?? null) !== (expectedVersion ?? null)) throw conflict(current);
  const activity = await tx.activity.findUnique({ where: { id: activityId }, select: { orgUnitId: true } });
  if (!activity) throw notFound();
  await guardClosedPeriod(tx, {
    orgUnitId: activity.orgUnitId,
    date: endOfMonthIso({ year, month }),
    entityType: 'ActivityUpdate',
    correctionReason,
  });
  if (!current) {
    return insertUnlessTaken(() =>
      tx.activityUpdate.create({ data: { activityId, year, month, status, comment, updatedById: userId } }),
    );
  }
  try {
    return await tx.activityUpdate.update({
      where: { id: current.id, version: current.version },
      data: { status, comment, updatedById: userId, version: { increment: 1 } },
    });
  } catch (error) {
    if (isRecordNotFound(error)) throw conflict(await tx.activityUpdate.findUnique({ where: { id: current.id } }));
    throw error;
  }
}
