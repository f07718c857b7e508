import type { GoalAssessmentModel } from '@lagesbild/db';
import { endOfMonthIso } from '@lagesbild/types';
import type { goalAssessmentInputSchema } from '@lagesbild/types';
import type { z } from 'zod';
import type { Transaction } from '../audit';
import { guardClosedPeriod } from '../reporting-calendar';
import { conflict, insertUnlessTaken, isRecordNotFound, notFound } from '../../errors';

/**
 * Sets a goal's assessment for a report period: creates it, or updates it if the form saw
 * the current version. A second person saving from an older version gets a conflict.
 */
export async function setGoalAssessment(
  tx: Transaction,
  input: z.output<typeof goalAssessmentInputSchema>,
  userId: number,
): Promise<GoalAssessmentModel> {
  const { goalId, year, month, fulfilment, comment, expectedVersion, correctionReason } = input;
  const current = await tx.goalAssessment.findUnique({ where: { goalId_year_month: { goalId, year, month } } });
  if (!current && expectedVersion) throw conflict(null);
  if (current && current.version !== expectedVersion) throw conflict(current);
  const goal = await tx.goal.findUnique({ where: { id: goalId }, select: { orgUnitId: true } });
  if (!goal) throw notFound();
  await guardClosedPeriod(tx, {
    orgUnitId: goal.orgUnitId,
    date: endOfMonthIso({ year, month }),
    entityType: 'GoalAssessment',
    correctionReason,
  });
  if (!current) {
    return insertUnlessTaken(() =>
      tx.goalAssessment.create({ data: { goalId, year, month, fulfilment, comment, updatedById: userId } }),
    );
  }
  try {
    return await tx.goalAssessment.update({
      where: { id: current.id, version: current.version },
      data: { fulfilment, comment, updatedById: userId, version: { increment: 1 } },
    });
  } catch (error) {
    if (isRecordNotFound(error)) throw conflict(await tx.goalAssessment.findUnique({ where: { id: current.id } }));
    throw error;
  }
}
