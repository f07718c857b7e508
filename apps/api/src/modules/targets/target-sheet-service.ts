import type { IndicatorModel, IndicatorValueModel, OrgUnitModel, PrismaClient } from '@lagesbild/db';
import { formatPeriodKey, inTreeOrder, lastMonthOf, targetPeriodsOf } from '@lagesbild/types';
import { yearEndOutcome } from '../indicators';

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

/** How many years before the plan's year a row reads: two outcomes and a forecast (001 §7.1). */
const YEARS_BEFORE = 3;

/**
 * The targets of a unit's indicators in use (and, when asked, of the units below it) for a
 * year, in four statements whatever the number of rows: the unit, the org tree, the
 * indicators, and their values of the year and the three before.
 */
export async function loadTargetSheet(
  prisma: PrismaClient,
  orgUnitCode: string,
  year: number,
  includeSubunits: boolean,
): Promise<TargetSheetRow | null> {
  const orgUnit = await prisma.orgUnit.findUnique({ where: { code: orgUnitCode } });
  if (!orgUnit) return null;
  const units = includeSubunits
    ? inTreeOrder(await prisma.orgUnit.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }] }), orgUnit.id)
    : [orgUnit];
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
            year: { gte: year - YEARS_BEFORE, lte: year },
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

/**
 * The year's annual target: the year's own value holds the plan's; where there is none (a
 * target typed beside an outcome on Registrera), the latest period's that has one.
 */
export function annualTargetOf(row: TargetRowRow): number | null {
  const ofYear = targetValuesOf(row);
  const own = ofYear.find((value) => value.granularity === 'YEAR');
  if (own?.annualTarget != null) return own.annualTarget;
  const latest = ofYear
    .filter((value) => value.granularity !== 'YEAR' && value.annualTarget != null)
    .sort((a, b) => b.periodNumber - a.periodNumber)[0];
  return latest?.annualTarget ?? null;
}

export function previousOutcomesOf(row: TargetRowRow): { year: number; value: number | null }[] {
  return [row.year - 3, row.year - 2].map((year) => ({
    year,
    value: yearEndOutcome(row.indicator, row.values, year)?.outcome ?? null,
  }));
}

/**
 * The latest full-year forecast of the year before: the one given in the latest period; the
 * year's own value (a plan's "Prognos 2022") when no period gives one.
 */
export function previousYearForecastOf(row: TargetRowRow): { year: number; value: number | null } {
  const year = row.year - 1;
  const withForecast = row.values.filter((value) => value.year === year && value.fullYearForecast != null);
  const latest = withForecast
    .filter((value) => value.granularity !== 'YEAR')
    .sort((a, b) => lastMonthOf(b) - lastMonthOf(a))[0];
  const forecast = latest ?? withForecast.find((value) => value.granularity === 'YEAR');
  return { year, value: forecast?.fullYearForecast ?? null };
}
