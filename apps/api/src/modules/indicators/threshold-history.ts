import type { IndicatorModel, IndicatorThresholdSetModel } from '@lagesbild/db';
import { effectiveThresholds, formatYearMonth } from '@lagesbild/types';
import type { IndicatorDefinition, YearMonth } from '@lagesbild/types';
import type { Transaction } from '../audit';
import { closedPeriodEndsOnOrAfter } from '../reporting-calendar';
import { fieldError } from '../../errors';

/** Read with every indicator whose values are judged, so a past period keeps its thresholds. */
export const WITH_THRESHOLD_HISTORY = { thresholdHistory: true } as const;

/** An indicator as the status rule needs it (see valueStatus in @lagesbild/types). */
export type IndicatorWithHistory = IndicatorModel & { thresholdHistory: IndicatorThresholdSetModel[] };

/** Whether the form's thresholds judge differently from those the indicator has. */
export function thresholdsChange(current: IndicatorModel, definition: IndicatorDefinition): boolean {
  const before = effectiveThresholds(current);
  return (
    before.thresholdKind !== definition.thresholdKind ||
    before.yellowThreshold !== definition.yellowThreshold ||
    before.redThreshold !== definition.redThreshold
  );
}

const monthIndex = (year: number, month: number) => year * 12 + month;

/**
 * Keeps the thresholds an indicator with values judged by until now, and starts the new ones at
 * `from`: the first change also records the set in force from the first value. Refused beside
 * `input.thresholdsFrom` without a month, before the last change's month (the history would
 * then not read in order), or when a closed period ends on or after the month's first day (its
 * statuses would change; reopen it first). A second change from the same month replaces it.
 */
export async function recordThresholdChange(
  tx: Transaction,
  current: IndicatorModel,
  definition: IndicatorDefinition,
  from: YearMonth | null,
  changedById: number | null,
): Promise<void> {
  if (!from) throw fieldError('input.thresholdsFrom', 'required');
  const history = await tx.indicatorThresholdSet.findMany({ where: { indicatorId: current.id } });
  const latest = history
    .filter((set) => set.fromYear !== null && set.fromMonth !== null)
    .sort((a, b) => monthIndex(b.fromYear!, b.fromMonth!) - monthIndex(a.fromYear!, a.fromMonth!))
    .at(0);
  if (latest && monthIndex(from.year, from.month) < monthIndex(latest.fromYear!, latest.fromMonth!)) {
    throw fieldError('input.thresholdsFrom', 'beforeLastThresholdChange');
  }
  const firstDay = `${formatYearMonth(from)}-01`;
  if (await closedPeriodEndsOnOrAfter(tx, current.orgUnitId, firstDay)) {
    throw fieldError('input.thresholdsFrom', 'periodClosed');
  }
  if (history.length === 0) {
    await tx.indicatorThresholdSet.create({
      data: {
        indicatorId: current.id,
        thresholdKind: current.thresholdKind,
        yellowThreshold: current.yellowThreshold,
        redThreshold: current.redThreshold,
        yellowTolerance: current.yellowTolerance,
      },
    });
  }
  const thresholds = {
    thresholdKind: definition.thresholdKind,
    yellowThreshold: definition.yellowThreshold,
    redThreshold: definition.redThreshold,
    yellowTolerance: current.yellowTolerance,
    changedAt: new Date(),
    changedById,
  };
  const sameMonth = latest && latest.fromYear === from.year && latest.fromMonth === from.month ? latest : null;
  if (sameMonth) {
    await tx.indicatorThresholdSet.update({ where: { id: sameMonth.id }, data: thresholds });
  } else {
    await tx.indicatorThresholdSet.create({
      data: { indicatorId: current.id, fromYear: from.year, fromMonth: from.month, ...thresholds },
    });
  }
}

/** The history oldest first, as the indicator page lists it. */
export function inOrderOfMonth(history: readonly IndicatorThresholdSetModel[]): IndicatorThresholdSetModel[] {
  const index = (set: IndicatorThresholdSetModel) =>
    set.fromYear === null || set.fromMonth === null ? -Infinity : monthIndex(set.fromYear, set.fromMonth);
  return [...history].sort((a, b) => index(a) - index(b));
}
