import type { PortfolioPeriodStatusModel } from '@lagesbild/db';
import type { ParsedPortfolioPeriodStatusInput } from '@lagesbild/types';
import type { Transaction } from '../audit';
import { conflict, isRecordNotFound } from '../../errors';

const isUniqueViolation = (error: unknown) => (error as { code?: string }).code === 'P2002';

/**
 * Sets a portfolio's narrative and changes for a month: creates them, or updates them if
 * the form saw the current version. A second person saving from an older version gets a conflict.
 */
export async function savePortfolioPeriodStatus(
  tx: Transaction,
  input: ParsedPortfolioPeriodStatusInput,
  userId: number,
): Promise<PortfolioPeriodStatusModel> {
  const { portfolioId, year, month, narrative, changes, expectedVersion } = input;
  const current = await tx.portfolioPeriodStatus.findUnique({
    where: { portfolioId_year_month: { portfolioId, year, month } },
  });
  if (!current) {
    if (expectedVersion) throw conflict(null);
    try {
      return await tx.portfolioPeriodStatus.create({
        data: { portfolioId, year, month, narrative, changes, updatedById: userId },
      });
    } catch (error) {
      // Someone else wrote the month's first status at the same moment. The failed insert
      // has ended the transaction's use on PostgreSQL, so their text is not read here;
      // the form's next save answers with it.
      if (isUniqueViolation(error)) throw conflict(null);
      throw error;
    }
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
