import type { IndicatorModel, IndicatorThresholdSetModel, PrismaClient } from '@lagesbild/db';
import { effectiveThresholds, firstMonthIndexOf, formatYearMonth } from '@lagesbild/types';
import type { IndicatorDefinition, YearMonth } from '@lagesbild/types';
import type { Transaction } from '../audit';
import { closedPeriodEndsOnOrAfter } from '../reporting-calendar';
import { fieldError } from '../../errors';

/** An indicator with what the status rule needs besides its own thresholds (see valueStatus in @lagesbild/types). */
export type WithThresholdHistory<Indicator> = Indicator & { thresholdHistory: readonly IndicatorThresholdSetModel[] };

export type IndicatorWithHistory = WithThresholdHistory<IndicatorModel>;

const NO_HISTORY: readonly IndicatorThresholdSetModel[] = Object.freeze([]);

/**
 * The indicators given their thresholds' history, which every reader of statuses needs so that a
 * past period keeps its thresholds: one statement however many indicators. The rows are given it
 * in place rather than copied, and the ids go as one array: a city's overview judges 5,000
 * indicators, and Prisma's `include` of the relation cost it tens of milliseconds.
 */
export async function withThresholdHistory<Indicator extends { id: number }>(
  prisma: PrismaClient | Transaction,
  indicators: Indicator[],
): Promise<WithThresholdHistory<Indicator>[]> {
  const sets =
    indicators.length === 0
      ? []
      : await prisma.$queryRaw<IndicatorThresholdSetModel[]>`
          SELECT * FROM "IndicatorThresholdSet"
          WHERE "indicatorId" = ANY(${indicators.map((indicator) => indicator.id)}::int[])`;
  const byIndicator = new Map<number, IndicatorThresholdSetModel[]>();
  for (const set of sets) byIndicator.set(set.indicatorId, [...(byIndicator.get(set.indicatorId) ?? []), set]);
  return indicators.map((indicator) =>
    Object.assign(indicator, { thresholdHistory: byIndicator.get(indicator.id) ?? NO_HISTORY }),
  );
}

/** Whether the form's thresholds judge differently from those the indicator has. */
export function thresholdsChange(current: IndicatorModel, definition: IndicatorDefinition): boolean {
  const before = effectiveThresholds(current);
  return (
    before.thresholdKind !== definition.thresholdKind ||
    before.yellowThreshold !== definition.yellowThreshold ||
    before.redThreshold !== definition.redThreshold
  );
}

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
  // Two changes saved at once read the history one after the other; the second then fails the
  // indicator's version check and nothing of it is kept.
  await tx.$queryRaw`SELECT "id" FROM "Indicator" WHERE "id" = ${current.id} FOR UPDATE`;
  const history = await tx.indicatorThresholdSet.findMany({ where: { indicatorId: current.id } });
  const latest = inOrderOfMonth(history)
    .filter((set) => set.fromYear !== null)
    .at(-1);
  const fromIndex = firstMonthIndexOf({ fromYear: from.year, fromMonth: from.month });
  if (latest && fromIndex < firstMonthIndexOf(latest)) {
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
  return [...history].sort((a, b) => firstMonthIndexOf(a) - firstMonthIndexOf(b));
}
