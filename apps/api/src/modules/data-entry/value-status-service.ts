import type { IndicatorModel, IndicatorValueModel } from '@lagesbild/db';
import { endOfMonthIso, lastMonthOf } from '@lagesbild/types';
import type { ParsedSetIndicatorValueStatusInput } from '@lagesbild/types';
import type { Transaction } from '../audit';
import { findIndicatorValue } from '../indicators';
import { guardClosedPeriod } from '../reporting-calendar';
import { conflict, fieldError, isRecordNotFound, notFound } from '../../errors';

/**
 * Sets a saved value's status by hand in place of the status rule's, with the reason every view
 * of it shows, or gives the status back to the rule. Only a value that exists, at the version the
 * form saw; a closed period's value only as a correction with its own reason, as for its figures.
 */
export async function setIndicatorValueStatus(
  tx: Transaction,
  indicator: IndicatorModel,
  input: ParsedSetIndicatorValueStatusInput,
  userId: number,
): Promise<IndicatorValueModel> {
  if (indicator.retiredAt) throw fieldError('input.indicatorId', 'indicatorRetired');
  const current = await findIndicatorValue(tx, indicator.id, input.period);
  if (!current) throw notFound();
  if (current.version !== input.expectedVersion) throw conflict(current);
  const reason = input.status === null ? null : input.reason;
  if (current.statusOverride === input.status && current.statusOverrideReason === reason) return current;

  await guardClosedPeriod(tx, {
    orgUnitId: indicator.orgUnitId,
    date: endOfMonthIso({ year: input.period.year, month: lastMonthOf(input.period) }),
    entityType: 'IndicatorValue',
    correctionReason: input.correctionReason,
  });
  try {
    return await tx.indicatorValue.update({
      where: { id: current.id, version: current.version },
      data: {
        statusOverride: input.status,
        statusOverrideReason: reason,
        updatedById: userId,
        version: { increment: 1 },
      },
    });
  } catch (error) {
    if (isRecordNotFound(error)) throw conflict(await tx.indicatorValue.findUnique({ where: { id: current.id } }));
    throw error;
  }
}
