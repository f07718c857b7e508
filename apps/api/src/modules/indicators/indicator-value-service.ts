import type { IndicatorModel, IndicatorValueModel } from '@lagesbild/db';
import { checkValueAgainstIndicator } from '@lagesbild/types';
import type { ParsedIndicatorValueInput } from '@lagesbild/types';
import { GraphQLError } from 'graphql';
import type { Transaction } from '../audit/audited-writes';
import { conflict, isRecordNotFound } from '../../writes/conflict';

/**
 * Saves one indicator's figures for one period: creates the value, or updates it if the
 * form saw the current version. Checks what the indicator demands (its periodicity, the
 * range of its unit) first and answers with field errors.
 */
export async function saveIndicatorValue(
  tx: Transaction,
  indicator: IndicatorModel,
  input: ParsedIndicatorValueInput,
  userId: number,
): Promise<IndicatorValueModel> {
  const fieldErrors = checkValueAgainstIndicator(input, indicator).map((error) => ({
    ...error,
    field: `input.${error.field}`,
  }));
  if (fieldErrors.length > 0) {
    throw new GraphQLError('Invalid input', { extensions: { code: 'BAD_USER_INPUT', fieldErrors } });
  }
  const { period, expectedVersion, ...figures } = input;
  const key = { indicatorId: indicator.id, ...period };
  const data = {
    outcome: figures.outcome,
    periodTarget: figures.periodTarget,
    fullYearForecast: figures.fullYearForecast,
    annualTarget: figures.annualTarget,
    comment: figures.comment,
    // A figure a person enters is real, whatever was generated there before.
    isSynthetic: false,
    source: 'Inmatat i Lägesbild',
    updatedById: userId,
  };
  const current = await tx.indicatorValue.findUnique({
    where: { indicatorId_granularity_year_periodNumber: key },
  });
  if (!current) {
    if (expectedVersion) throw conflict(null);
    return tx.indicatorValue.create({ data: { ...key, ...data } });
  }
  if (current.version !== expectedVersion) throw conflict(current);
  try {
    return await tx.indicatorValue.update({
      where: { id: current.id, version: current.version },
      data: { ...data, version: { increment: 1 } },
    });
  } catch (error) {
    if (isRecordNotFound(error)) throw conflict(await tx.indicatorValue.findUnique({ where: { id: current.id } }));
    throw error;
  }
}
