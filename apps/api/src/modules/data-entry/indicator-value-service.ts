import type { IndicatorModel, IndicatorValueModel } from '@lagesbild/db';
import { checkValueAgainstIndicator, endOfMonthIso, formatPeriodKey, lastMonthOf } from '@lagesbild/types';
import type { ParsedIndicatorValueChange, ParsedIndicatorValueInput } from '@lagesbild/types';
import { GraphQLError } from 'graphql';
import type { Transaction } from '../audit';
import { planRoundForecasts } from '../forecasts';
import { readIndicatorsForValues } from '../indicators';
import { findPlanLocks, PLAN_LOCK_MESSAGES, planLockOf } from '../planning';
import { guardClosedPeriods } from '../reporting-calendar';
import { conflict, isRecordNotFound, isUniqueViolation } from '../../errors';
import type { FieldError } from '../../errors';

/** One value of a batch that someone else saved (or created) since the grid was loaded. */
export interface ValueConflict {
  /** The value's place in the input list. */
  index: number;
  indicatorId: string;
  period: string;
  /** The value as it now is, or null when it no longer exists. */
  current: IndicatorValueModel | null;
}

/** How a save names a value's fields in its errors and answers a conflict. */
interface SaveShape {
  field: (index: number, field: string) => string;
  conflict: (conflicts: ValueConflict[]) => GraphQLError;
}

/**
 * Saves one indicator's figures for one period: creates the value, or updates it if the
 * form saw the current version; a figure left out keeps what is saved. Checks what the
 * indicator demands (its periodicity, the range of its unit) first and answers with field errors.
 */
export async function saveIndicatorValue(
  tx: Transaction,
  indicator: IndicatorModel,
  input: ParsedIndicatorValueChange,
  userId: number,
): Promise<IndicatorValueModel> {
  const [saved] = await saveValues(tx, new Map([[indicator.id, indicator]]), [input], userId, {
    field: (_index, field) => `input.${field}`,
    conflict: (conflicts) => conflict(conflicts[0]?.current ?? null),
  });
  return saved!;
}

/**
 * Saves several values together, all or nothing, on the same checks and writes as one value:
 * field errors name each value by its place (`input.values.3.outcome`), and a conflict lists
 * every value someone else saved meanwhile.
 */
export function saveIndicatorValues(
  tx: Transaction,
  indicators: ReadonlyMap<number, IndicatorModel>,
  inputs: readonly ParsedIndicatorValueChange[],
  userId: number,
): Promise<IndicatorValueModel[]> {
  return saveValues(tx, indicators, inputs, userId, {
    field: (index, field) => `input.values.${index}.${field}`,
    conflict: (conflicts) => conflict(conflicts),
  });
}

/**
 * The one path every value is saved on. Every value is checked against its indicator first,
 * then every version, then the forecast rounds (a forecast of a year whose rounds are all
 * closed is refused); only then is anything written, row by row, each write audited, and a
 * changed forecast kept as the open round's. Reads are set-based: the statements do not grow
 * with the number of values beyond the writes (and their audits).
 */
async function saveValues(
  tx: Transaction,
  loadedIndicators: ReadonlyMap<number, IndicatorModel>,
  changes: readonly ParsedIndicatorValueChange[],
  userId: number,
  shape: SaveShape,
): Promise<IndicatorValueModel[]> {
  const indicators = await readIndicatorsForValues(tx, loadedIndicators.keys());
  const existing = await tx.indicatorValue.findMany({
    where: { OR: changes.map((change) => ({ indicatorId: change.indicatorId, ...change.period })) },
  });
  const currentOf = (change: Pick<ParsedIndicatorValueChange, 'indicatorId' | 'period'>) =>
    existing.find(
      (value) =>
        value.indicatorId === change.indicatorId &&
        value.granularity === change.period.granularity &&
        value.year === change.period.year &&
        value.periodNumber === change.period.periodNumber,
    ) ?? null;
  const inputs = changes.map((change) => withSavedFigures(change, currentOf(change)));

  const fieldErrors: FieldError[] = [];
  const seen = new Set<string>();
  inputs.forEach((input, index) => {
    const indicator = indicators.get(input.indicatorId)!;
    for (const error of checkValueAgainstIndicator(input, indicator)) {
      fieldErrors.push({ field: shape.field(index, error.field), message: error.message });
    }
    const key = `${input.indicatorId}@${formatPeriodKey(input.period)}`;
    if (seen.has(key)) fieldErrors.push({ field: shape.field(index, 'period'), message: 'duplicateValue' });
    seen.add(key);
  });
  throwFieldErrors(fieldErrors);

  const conflictOf = (index: number, current: IndicatorValueModel | null): ValueConflict => ({
    index,
    indicatorId: String(inputs[index]!.indicatorId),
    period: formatPeriodKey(inputs[index]!.period),
    current,
  });
  const conflicts = inputs.flatMap((input, index) => {
    const current = currentOf(input);
    return (current?.version ?? null) === (input.expectedVersion ?? null) ? [] : [conflictOf(index, current)];
  });
  if (conflicts.length > 0) throw shape.conflict(conflicts);

  // A value of a closed reporting period is a correction: refused without a reason.
  await guardClosedPeriods(
    tx,
    inputs.map((input, index) => ({
      orgUnitId: indicators.get(input.indicatorId)!.orgUnitId,
      date: endOfMonthIso({ year: input.period.year, month: lastMonthOf(input.period) }),
      entityType: 'IndicatorValue',
      field: shape.field(index, 'correctionReason'),
      correctionReason: input.correctionReason,
    })),
  );

  // Targets are the plan's: an adopted plan's, or a closed year's, are refused beside the
  // cell; outcomes, forecasts and comments are follow-up and stay open.
  const targetChanges = inputs.flatMap((input, index) => {
    const current = currentOf(input);
    const fields = TARGET_FIELDS.filter((field) => (current?.[field] ?? null) !== input[field]);
    const unitYear = { orgUnitId: indicators.get(input.indicatorId)!.orgUnitId, year: input.period.year };
    return fields.length > 0 ? [{ index, fields, unitYear }] : [];
  });
  const locks = await findPlanLocks(
    tx,
    targetChanges.map((change) => change.unitYear),
  );
  throwFieldErrors(
    targetChanges.flatMap(({ index, fields, unitYear }) => {
      const lock = planLockOf(locks, unitYear);
      return lock
        ? fields.map((field) => ({ field: shape.field(index, field), message: PLAN_LOCK_MESSAGES[lock] }))
        : [];
    }),
  );
  const targetsChanged = new Set(targetChanges.map((change) => change.index));

  const rounds = await planRoundForecasts(
    tx,
    inputs.flatMap((input, index) =>
      (currentOf(input)?.fullYearForecast ?? null) === input.fullYearForecast
        ? []
        : [
            {
              index,
              indicatorId: input.indicatorId,
              year: input.period.year,
              fullYearForecast: input.fullYearForecast,
              comment: input.comment,
            },
          ],
    ),
    userId,
  );
  throwFieldErrors(
    rounds.refused.map((index) => ({ field: shape.field(index, 'fullYearForecast'), message: 'forecastRoundClosed' })),
  );

  const saved: IndicatorValueModel[] = [];
  for (const [index, input] of inputs.entries()) {
    const indicator = indicators.get(input.indicatorId)!;
    saved.push(
      await writeIndicatorValue(tx, indicator, input, currentOf(input), userId, targetsChanged.has(index), (now) =>
        shape.conflict([conflictOf(index, now)]),
      ),
    );
  }
  await rounds.keep();
  return saved;
}

const TARGET_FIELDS = ['periodTarget', 'annualTarget'] as const;

/**
 * The whole value a change leaves: the figures and comment it gives (null clearing one), and what
 * is saved for those it leaves out. Checks and writes then see the value as it will be.
 */
function withSavedFigures(
  change: ParsedIndicatorValueChange,
  saved: IndicatorValueModel | null,
): ParsedIndicatorValueInput {
  const kept = <
    Field extends 'outcome' | 'periodTarget' | 'fullYearForecast' | 'annualTarget' | 'rolling12' | 'comment',
  >(
    field: Field,
  ) => (change[field] === undefined ? (saved?.[field] ?? null) : change[field]);
  return {
    ...change,
    outcome: kept('outcome'),
    periodTarget: kept('periodTarget'),
    fullYearForecast: kept('fullYearForecast'),
    annualTarget: kept('annualTarget'),
    rolling12: kept('rolling12'),
    comment: kept('comment'),
  };
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
  targetsChanged: boolean,
  conflictWith: (now: IndicatorValueModel | null) => GraphQLError,
): Promise<IndicatorValueModel> {
  const data = {
    outcome: input.outcome,
    periodTarget: input.periodTarget,
    fullYearForecast: input.fullYearForecast,
    annualTarget: input.annualTarget,
    rolling12: input.rolling12,
    comment: input.comment,
    // A figure a person enters is real, whatever was generated there before.
    isSynthetic: false,
    source: 'Inmatat i Lägesbild',
    updatedById: userId,
    // When the outcome was first reported, for the reporting calendar's to-do list: kept while
    // an outcome stays, cleared with it (the period is then due again).
    outcomeReportedAt: input.outcome === null ? null : (current?.outcomeReportedAt ?? new Date()),
    // Targets a roll-over proposed stay a proposal until someone sets them.
    ...(targetsChanged ? { isTargetProposal: false } : {}),
  };
  if (!current) {
    try {
      return await tx.indicatorValue.create({ data: { indicatorId: indicator.id, ...input.period, ...data } });
    } catch (error) {
      // Someone created the same period meanwhile: the unique key refused the second. The
      // transaction is aborted by then, so the conflict cannot read what they saved.
      if (isUniqueViolation(error)) throw conflictWith(null);
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
