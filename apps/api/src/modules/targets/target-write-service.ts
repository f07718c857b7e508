import type { IndicatorModel, IndicatorValueModel, Periodicity } from '@lagesbild/db';
import { checkTargetsAgainstIndicator, formatPeriodKey, periodsPerYear } from '@lagesbild/types';
import type { ParsedConfirmTargetProposalsInput, ParsedTargetRowInput } from '@lagesbild/types';
import type { Transaction } from '../audit';
import { readIndicatorsForValues } from '../indicators';
import { findPlanLocks, planLockedError, planLockOf } from '../planning';
import { conflict, fieldErrors, isRecordNotFound, isUniqueViolation } from '../../errors';
import type { FieldError } from '../../errors';
import { targetValuesOf, withValues } from './target-sheet-service';
import type { TargetRowRow } from './target-sheet-service';

/** One row of a save that someone else changed since the grid was loaded. */
export interface TargetConflict {
  /** The row's place in the input list. */
  index: number;
  indicatorId: string;
}

/** The source of a value created to hold a target: the planner typed it here. */
const TARGET_SOURCE = 'Målvärde inmatat i Lägesbild';

/**
 * Every target the targets grid saves is written here, and only here: an adopted plan's lock
 * refuses a change of its targets (planning's `findPlanLocks`). Checks every row against its
 * indicator, then every row's versions, and only then writes: the year's own value holds the
 * annual target, each period's value its period target and a copy of the annual target (so
 * Registrera, the economy and the reports read the plan beside the outcome). A value is
 * created only to hold a target, never empty, and carries no outcome, so it does not count
 * as reported. Reads are set-based; writes are one per value that changes, each audited.
 */
export async function saveTargets(
  tx: Transaction,
  loadedIndicators: ReadonlyMap<number, IndicatorModel>,
  year: number,
  inputs: readonly ParsedTargetRowInput[],
  userId: number,
): Promise<TargetRowRow[]> {
  const indicators = await readIndicatorsForValues(tx, loadedIndicators.keys());
  const errors: FieldError[] = [];
  const seen = new Set<number>();
  inputs.forEach((input, index) => {
    const indicator = indicators.get(input.indicatorId)!;
    for (const error of checkTargetsAgainstIndicator(input, indicator)) {
      errors.push({ field: `input.rows.${index}.${error.field}`, message: error.message });
    }
    if (seen.has(input.indicatorId))
      errors.push({ field: `input.rows.${index}.indicatorId`, message: 'duplicateValue' });
    seen.add(input.indicatorId);
  });
  if (errors.length > 0) throw fieldErrors(errors);

  const before = await lockedRowsAsLoaded(tx, indicators, year, inputs);
  for (const [index, input] of inputs.entries()) {
    await writeRow(tx, before[index]!, input, userId, () =>
      conflict([{ index, indicatorId: String(input.indicatorId) }]),
    );
  }
  return withValues(
    tx,
    inputs.map((input) => indicators.get(input.indicatorId)!),
    year,
  );
}

/**
 * The rows' values of the year, once the plan's lock allows a change of their targets (an
 * adopted plan's targets change only through a new revision) and each row's versions are
 * still those the grid was loaded with: one read for every row, then one for the values.
 */
async function lockedRowsAsLoaded(
  tx: Transaction,
  indicators: ReadonlyMap<number, IndicatorModel>,
  year: number,
  inputs: readonly Pick<ParsedTargetRowInput, 'indicatorId' | 'expectedVersions'>[],
): Promise<TargetRowRow[]> {
  const unitYears = inputs.map((input) => ({ orgUnitId: indicators.get(input.indicatorId)!.orgUnitId, year }));
  const locks = await findPlanLocks(tx, unitYears);
  for (const [index, unitYear] of unitYears.entries()) {
    const lock = planLockOf(locks, unitYear);
    if (lock) throw planLockedError(lock, unitYear, `input.rows.${index}.indicatorId`);
  }
  const before = await withValues(
    tx,
    inputs.map((input) => indicators.get(input.indicatorId)!),
    year,
  );
  const conflicts = inputs.flatMap((input, index) =>
    sameVersions(targetValuesOf(before[index]!), input.expectedVersions)
      ? []
      : [{ index, indicatorId: String(input.indicatorId) }],
  );
  if (conflicts.length > 0) throw conflict(conflicts);
  return before;
}

/**
 * Confirms the proposals (förslag) a roll-over copied into these rows as the year's targets,
 * figures unchanged: each proposed value loses its marker (audited, its version moves on).
 * Locked and version-checked as a save of the same rows is; a row without proposals is left
 * as it is.
 */
export async function confirmTargetProposals(
  tx: Transaction,
  indicators: ReadonlyMap<number, IndicatorModel>,
  input: ParsedConfirmTargetProposalsInput,
  userId: number,
): Promise<TargetRowRow[]> {
  const seen = new Set<number>();
  const duplicates: FieldError[] = [];
  input.rows.forEach((row, index) => {
    if (seen.has(row.indicatorId))
      duplicates.push({ field: `input.rows.${index}.indicatorId`, message: 'duplicateValue' });
    seen.add(row.indicatorId);
  });
  if (duplicates.length > 0) throw fieldErrors(duplicates);
  const before = await lockedRowsAsLoaded(tx, indicators, input.year, input.rows);
  for (const [index, row] of before.entries()) {
    for (const value of targetValuesOf(row).filter((candidate) => candidate.isTargetProposal)) {
      try {
        await tx.indicatorValue.update({
          where: { id: value.id, version: value.version },
          data: { isTargetProposal: false, updatedById: userId, version: { increment: 1 } },
        });
      } catch (error) {
        if (isRecordNotFound(error)) throw conflict([{ index, indicatorId: String(row.indicator.id) }]);
        throw error;
      }
    }
  }
  return withValues(
    tx,
    input.rows.map((row) => indicators.get(row.indicatorId)!),
    input.year,
  );
}

function sameVersions(current: readonly IndicatorValueModel[], expected: ParsedTargetRowInput['expectedVersions']) {
  const seen = new Map(current.map((value) => [formatPeriodKey(value), value.version]));
  return seen.size === expected.length && expected.every((entry) => seen.get(entry.period) === entry.version);
}

/** The targets one value should hold after the save. */
interface Wanted {
  granularity: Periodicity;
  periodNumber: number;
  periodTarget?: number | null;
  annualTarget: number | null;
}

async function writeRow(
  tx: Transaction,
  row: TargetRowRow,
  input: ParsedTargetRowInput,
  userId: number,
  conflictOf: () => Error,
): Promise<void> {
  const { indicator, year } = row;
  const wanted: Wanted[] = [{ granularity: 'YEAR', periodNumber: 1, annualTarget: input.annualTarget }];
  if (indicator.periodicity !== 'YEAR') {
    for (let periodNumber = 1; periodNumber <= periodsPerYear(indicator.periodicity); periodNumber++) {
      wanted.push({
        granularity: indicator.periodicity,
        periodNumber,
        periodTarget: input.periodTargets[periodNumber - 1] ?? null,
        annualTarget: input.annualTarget,
      });
    }
  }
  const current = targetValuesOf(row);
  for (const want of wanted) {
    const value = current.find(
      (candidate) => candidate.granularity === want.granularity && candidate.periodNumber === want.periodNumber,
    );
    // The year's own value of a monthly or tertial indicator holds the annual target only.
    const data = {
      annualTarget: want.annualTarget,
      ...(want.periodTarget === undefined ? {} : { periodTarget: want.periodTarget }),
    };
    if (!value) {
      // A period without a value gets one only to hold a target: an empty value would say nothing.
      const holdsTarget = want.periodTarget != null || (want.granularity === 'YEAR' && want.annualTarget != null);
      if (!holdsTarget) continue;
      try {
        await tx.indicatorValue.create({
          data: {
            indicatorId: indicator.id,
            granularity: want.granularity,
            year,
            periodNumber: want.periodNumber,
            ...data,
            source: TARGET_SOURCE,
            updatedById: userId,
          },
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw conflictOf();
        throw error;
      }
      continue;
    }
    const unchanged =
      value.annualTarget === data.annualTarget &&
      (data.periodTarget === undefined || value.periodTarget === data.periodTarget);
    if (unchanged) continue;
    try {
      await tx.indicatorValue.update({
        where: { id: value.id, version: value.version },
        // A target the planner changed is theirs, no longer the roll-over's proposal.
        data: { ...data, isTargetProposal: false, updatedById: userId, version: { increment: 1 } },
      });
    } catch (error) {
      if (isRecordNotFound(error)) throw conflictOf();
      throw error;
    }
  }
}
