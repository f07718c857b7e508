import type { PortfolioPeriodStatusModel } from '@lagesbild/db';
import { endOfMonthIso } from '@lagesbild/types';
import type { ParsedPortfolioPeriodStatusInput } from '@lagesbild/types';
import type { Transaction } from '../audit';
import { guardClosedPeriod } from '../reporting-calendar';
import { conflict, insertUnlessTaken, isRecordNotFound, notFound } from '../../errors';

/**
 * Sets a portfolio's narrative and changes for a month: creates them, or updates them if
 * the form saw the current version. A second person saving from an older version gets a conflict.
 */
export async function savePortfolioPeriodStatus(
  tx: Transaction,
  input: ParsedPortfolioPeriodStatusInput,
  userId: number,
): Promise<PortfolioPeriodStatusModel> {
  const { portfolioId, year, month, narrative, changes, expectedVersion, correctionReason } = input;
  const current = await tx.portfolioPeriodStatus.findUnique({
    where: { portfolioId_year_month: { portfolioId, year, month } },
  });
  const portfolio = await tx.portfolio.findUnique({ where: { id: portfolioId }, select: { orgUnitId: true } });
  if (!portfolio) throw notFound();
  await guardClosedPeriod(tx, {
    orgUnitId: portfolio.orgUnitId,
    date: endOfMonthIso({ year, month }),
    entityType: 'PortfolioPeriodStatus',
    correctionReason,
  });
  if (!current) {
    if (expectedVersion) throw conflict(null);
    return insertUnlessTaken(() =>
      tx.portfolioPeriodStatus.create({ data: { portfolioId, year, month, narrative, changes, updatedById: userId } }),
    );
  }
  if (current.version !== expectedVersion) throw conflict(current);
  try {
    return await tx.portfolioPeriodStatus.update({
      where: { id: current.id, version: current.version },
      data: { narrative, changes, updatedById: userId, version: { increment: 1 } },
    });
  } catch (error) {
    if (isRecordNotFound(error)) {
      throw conflict(await tx.portfolioPeriodStatus.findUnique({ where: { id: current.id } }));
    }
    throw error;
  }
}
