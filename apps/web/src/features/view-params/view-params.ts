import { currentYearMonth, formatYearMonth, parseYearMonth } from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';

/**
 * What the user is looking at (org unit and report period) lives in the URL, so a link
 * shows the same view: `?enhet=intraservice&period=2023-05`.
 */
export interface ViewParams {
  orgUnitCode: string;
  period: YearMonth;
}

/** What a URL without parameters shows: a unit, and for each unit its latest report month. */
export interface ViewDefaults {
  orgUnitCode: string;
  periodOf: (orgUnitCode: string) => YearMonth;
}

export const UNIT_PARAM = 'enhet';
export const PERIOD_PARAM = 'period';

export function readViewParams(search: URLSearchParams, defaults: ViewDefaults): ViewParams {
  const orgUnitCode = search.get(UNIT_PARAM) || defaults.orgUnitCode;
  return {
    orgUnitCode,
    period: parseYearMonth(search.get(PERIOD_PARAM) ?? '') ?? defaults.periodOf(orgUnitCode),
  };
}

export function writeViewParams(search: URLSearchParams, params: Partial<ViewParams>): URLSearchParams {
  const next = new URLSearchParams(search);
  if (params.orgUnitCode !== undefined) next.set(UNIT_PARAM, params.orgUnitCode);
  if (params.period !== undefined) next.set(PERIOD_PARAM, formatYearMonth(params.period));
  return next;
}

export interface UnitWithReportMonth {
  code: string;
  parent?: { code: string } | null;
  latestReportMonth?: YearMonth | null;
}

/**
 * A unit's default period: its own latest report month, else its nearest ancestor's, else
 * the latest of any unit, else the current month.
 */
export function defaultPeriodOf(
  orgUnitCode: string,
  units: readonly UnitWithReportMonth[],
  latestOfAnyUnit: YearMonth | null | undefined,
  today = new Date(),
): YearMonth {
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  for (let unit = byCode.get(orgUnitCode); unit; unit = unit.parent ? byCode.get(unit.parent.code) : undefined) {
    if (unit.latestReportMonth) return { year: unit.latestReportMonth.year, month: unit.latestReportMonth.month };
  }
  if (latestOfAnyUnit) return { year: latestOfAnyUnit.year, month: latestOfAnyUnit.month };
  return currentYearMonth(today);
}
