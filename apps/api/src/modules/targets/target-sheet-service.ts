import type { IndicatorModel, IndicatorValueModel, OrgUnitModel, PrismaClient } from '@lagesbild/db';
import { formatPeriodKey, inTreeOrder, targetPeriodsOf } from '@lagesbild/types';
import { PLAN_YEARS_BEFORE } from '../indicators';
import { findUnitByCode } from '../organisation';

/** One indicator's row: the values of the plan's year and of the three years before it. */
export interface TargetRowRow {
  indicator: IndicatorModel;
  year: number;
  /** The indicator's values of `year - 3` to `year`. */
  values: IndicatorValueModel[];
}

export interface TargetSheetRow {
  orgUnit: OrgUnitModel;
  year: number;
  includeSubunits: boolean;
  rows: TargetRowRow[];
}

/**
 * The targets of a unit's indicators in use (and, when asked, of the units below it) for a
 * year, in two statements whatever the number of rows: the indicators, and their values of the
 * year and the three before. The units are those the request read with its org tree (context.ts).
 */
export async function loadTargetSheet(
  prisma: PrismaClient,
  unitsInDisplayOrder: readonly OrgUnitModel[],
  orgUnitCode: string,
  year: number,
  includeSubunits: boolean,
): Promise<TargetSheetRow | null> {
  const orgUnit = findUnitByCode(unitsInDisplayOrder, orgUnitCode);
  if (!orgUnit) return null;
  const units = includeSubunits ? inTreeOrder(unitsInDisplayOrder, orgUnit.id) : [orgUnit];
  const unitOrder = new Map(units.map((unit, index) => [unit.id, index]));
  const indicators = (
    await prisma.indicator.findMany({
      // A retired indicator is measured no more: it takes no targets, so the grid does not offer it.
      where: { orgUnitId: { in: [...unitOrder.keys()] }, retiredAt: null },
      orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    })
  ).sort((a, b) => unitOrder.get(a.orgUnitId)! - unitOrder.get(b.orgUnitId)!);
  return { orgUnit, year, includeSubunits, rows: await withValues(prisma, indicators, year) };
}

/** The rows of these indicators for a year, their values read in one statement. */
export async function withValues(
  prisma: Pick<PrismaClient, 'indicatorValue'>,
  indicators: readonly IndicatorModel[],
  year: number,
): Promise<TargetRowRow[]> {
  const values =
    indicators.length === 0
      ? []
      : await prisma.indicatorValue.findMany({
          where: {
            indicatorId: { in: indicators.map((indicator) => indicator.id) },
            year: { gte: year - PLAN_YEARS_BEFORE, lte: year },
          },
        });
  const byIndicator = new Map<number, IndicatorValueModel[]>();
  for (const value of values)
    byIndicator.set(value.indicatorId, [...(byIndicator.get(value.indicatorId) ?? []), value]);
  return indicators.map((indicator) => ({ indicator, year, values: byIndicator.get(indicator.id) ?? [] }));
}

/** The values of the row's year that hold its targets: the period values and the year's own. */
export function targetValuesOf(row: TargetRowRow): IndicatorValueModel[] {
  return row.values.filter(
    (value) =>
      value.year === row.year && (value.granularity === row.indicator.periodicity || value.granularity === 'YEAR'),
  );
}

export function periodTargetsOf(row: TargetRowRow): (number | null)[] {
  const byKey = new Map(targetValuesOf(row).map((value) => [formatPeriodKey(value), value]));
  return targetPeriodsOf(row.indicator.periodicity, row.year).map((key) => byKey.get(key)?.periodTarget ?? null);
}
