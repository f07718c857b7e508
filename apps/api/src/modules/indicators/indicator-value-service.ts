import type { IndicatorModel, IndicatorValueModel } from '@lagesbild/db';
import { checkValueAgainstIndicator, formatPeriodKey } from '@lagesbild/types';
import type { ParsedIndicatorValueInput } from '@lagesbild/types';
import { GraphQLError } from 'graphql';
import type { Transaction } from '../audit/audited-writes';
import { conflict, isRecordNotFound } from '../../writes/conflict';
import type { FieldError } from '../../validation/input-error';

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
  throwFieldErrors(checkValueAgainstIndicator(input, indicator).map((error) => prefixed(error, 'input')));
  const current = await tx.indicatorValue.findUnique({
    where: { indicatorId_granularity_year_periodNumber: keyOf(indicator, input) },
  });
  if ((current?.version ?? null) !== (input.expectedVersion ?? null)) throw conflict(current);
  return writeIndicatorValue(tx, indicator, input, current, userId, (now) => conflict(now));
}

/** One value of a batch that someone else saved (or created) since the grid was loaded. */
export interface ValueConflict {
  /** The value's place in the input list. */
  index: number;
  indicatorId: string;
  period: string;
  /** The value as it now is, or null when it no longer exists. */
  current: IndicatorValueModel | null;
}

/**
 * Saves several values together, all or nothing, on the same checks and writes as one value:
 * every value is checked against its indicator first (field errors name the value by its
 * place: `input.values.3.outcome`), then every version, and only then is anything written,
 * row by row, each write audited. Reads are set-based: the statements do not grow with the
 * number of values beyond one write (and its audit) per value.
 */
export async function saveIndicatorValues(
  tx: Transaction,
  indicators: ReadonlyMap<number, IndicatorModel>,
  inputs: readonly ParsedIndicatorValueInput[],
  userId: number,
): Promise<IndicatorValueModel[]> {
  const fieldErrors: FieldError[] = [];
  const seen = new Set<string>();
  inputs.forEach((input, index) => {
    const indicator = indicators.get(input.indicatorId)!;
    const prefix = `input.values.${index}`;
    fieldErrors.push(...checkValueAgainstIndicator(input, indicator).map((error) => prefixed(error, prefix)));
    const key = `${input.indicatorId}@${formatPeriodKey(input.period)}`;
    if (seen.has(key)) fieldErrors.push({ field: `${prefix}.period`, message: 'duplicateValue' });
    seen.add(key);
  });
  throwFieldErrors(fieldErrors);

  const existing = await tx.indicatorValue.findMany({
    where: { OR: inputs.map((input) => ({ indicatorId: input.indicatorId, ...input.period })) },
  });
  const currentOf = (input: ParsedIndicatorValueInput) =>
    existing.find(
      (value) =>
        value.indicatorId === input.indicatorId &&
        value.granularity === input.period.granularity &&
        value.year === input.period.year &&
        value.periodNumber === input.period.periodNumber,
    ) ?? null;
  const conflicts: ValueConflict[] = [];
  inputs.forEach((input, index) => {
    const current = currentOf(input);
    if ((current?.version ?? null) !== (input.expectedVersion ?? null)) {
      conflicts.push({ index, indicatorId: String(input.indicatorId), period: formatPeriodKey(input.period), current });
    }
  });
  if (conflicts.length > 0) throw conflict(conflicts);

  const saved: IndicatorValueModel[] = [];
  for (const [index, input] of inputs.entries()) {
    const indicator = indicators.get(input.indicatorId)!;
    saved.push(
      await writeIndicatorValue(tx, indicator, input, currentOf(input), userId, (now) =>
        conflict([
          { index, indicatorId: String(input.indicatorId), period: formatPeriodKey(input.period), current: now },
        ]),
      ),
    );
  }
  return saved;
}

function keyOf(indicator: IndicatorModel, input: ParsedIndicatorValueInput) {
  return { indicatorId: indicator.id, ...input.period };
}

function prefixed(error: FieldError, prefix: string): FieldError {
  return { ...error, field: `${prefix}.${error.field}` };
}

function throwFieldErrors(fieldErrors: FieldError[]): void {
  if (fieldErrors.length > 0) {
    throw new GraphQLError('Invalid input', { extensions: { code: 'BAD_USER_INPUT', fieldErrors } });
  }
}

/**
 * Writes a value whose version was checked: creates it, or updates it with the version in
 * the WHERE clause, so of two concurrent saves from the same version exactly one succeeds.
 */
async function writeIndicatorValue(
  tx: Transaction,
  indicator: IndicatorModel,
  input: ParsedIndicatorValueInput,
  current: IndicatorValueModel | null,
  userId: number,
  conflictWith: (now: IndicatorValueModel | null) => GraphQLError,
): Promise<IndicatorValueModel> {
  const data = {
    outcome: input.outcome,
    periodTarget: input.periodTarget,
    fullYearForecast: input.fullYearForecast,
    annualTarget: input.annualTarget,
    comment: input.comment,
    // A figure a person enters is real, whatever was generated there before.
    isSynthetic: false,
    source: 'Inmatat i Lägesbild',
    updatedById: userId,
  };
  if (!current) {
    try {
      return await tx.indicatorValue.create({ data: { ...keyOf(indicator, input), ...data } });
    } catch (error) {
      // Someone created the same period meanwhile: the unique key refused the second. The
      // transaction is aborted by then, so the conflict cannot read what they saved.
      if ((error as { code?: string }).code === 'P2002') throw conflictWith(null);
      throw error;
    }
  }
  try {
    return await tx.indicatorValue.update({
      where: { id: current.id, version: current.version },
      data: { ...data, version: { increment: 1 } },
    });
  } catch (error) {
    if (isRecordNotFound(error)) throw conflictWith(await tx.indicatorValue.findUnique({ where: { id: current.id } }));
    throw error;
  }
}
