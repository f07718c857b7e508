import type { TFunction } from 'i18next';
import type { BusinessAreaResultTable_RowFragment, FinancialTable_LineFragment } from '../../generated/graphql';
import { fractionDigitsOf } from '../../i18n/format';
import type { ExportTable } from '../export/table-export';

/** The figures of the financial table, in source 000's column order (headings: economy.<figure>). */
export const FINANCIAL_LINE_FIGURES = [
  'previousYearToDate',
  'outcomeToDate',
  'budgetToDate',
  'deviationToDate',
  'fullYearForecast',
  'fullYearBudget',
] as const;

/** The figures of the result per business area, in tkr (headings: economy.<figure>). */
export const BUSINESS_AREA_FIGURES = [
  'operationsToDate',
  'operationsForecast',
  'developmentToDate',
  'developmentForecast',
] as const;

/**
 * The same with the budgets planned on Målvärden och budget beside each outcome and forecast,
 * as source 000 compares them ("budgetavvikelse för förvaltning … för utveckling"); for the
 * economy page, where the table scrolls sideways on a narrow screen.
 */
export const BUSINESS_AREA_FIGURES_WITH_BUDGET = [
  'operationsToDate',
  'operationsBudgetToDate',
  'operationsForecast',
  'operationsBudget',
  'developmentToDate',
  'developmentBudgetToDate',
  'developmentForecast',
  'developmentBudget',
] as const;

export type BusinessAreaFigure = (typeof BUSINESS_AREA_FIGURES_WITH_BUDGET)[number];

/** The financial table as a file: the same columns as on the page, with the status in words. */
export function financialLinesExportTable(
  title: string,
  lines: readonly FinancialTable_LineFragment[],
  t: TFunction,
): ExportTable {
  return {
    title,
    columns: [
      { header: t('economy.line'), kind: 'text' },
      { header: t('dataEntry.export.unit'), kind: 'text', width: 8 },
      ...FINANCIAL_LINE_FIGURES.map((figure) => ({ header: t(`economy.${figure}`), kind: 'number' as const })),
      { header: t('goals.column.status'), kind: 'text', width: 16 },
    ],
    rowFractionDigits: lines.map((line) => fractionDigitsOf(line.indicator.unit)),
    rows: lines.map((line) => [
      withRolledUpNote(line.indicator.name, line.rolledUpFrom, t),
      t(`unit.${line.indicator.unit}`),
      ...FINANCIAL_LINE_FIGURES.map((figure) => line[figure] ?? null),
      t(`status.${line.status}`),
    ]),
  };
}

/** The result per business area as a file, the unit's total first as on the page. */
export function businessAreaResultsExportTable(
  title: string,
  rows: readonly BusinessAreaResultTable_RowFragment[],
  t: TFunction,
  figures: readonly BusinessAreaFigure[] = BUSINESS_AREA_FIGURES,
): ExportTable {
  return {
    title,
    columns: [
      { header: t('economy.businessArea'), kind: 'text' },
      ...figures.map((figure) => ({ header: t(`economy.${figure}`), kind: 'number' as const })),
    ],
    rows: rows.map((row) => [
      withRolledUpNote(
        row.isTotal ? t('economy.total', { unit: row.orgUnit.name }) : row.orgUnit.name,
        row.rolledUpFrom,
        t,
      ),
      ...figures.map((figure) => row[figure] ?? null),
    ]),
  };
}

/** A row's name as the file gives it: a sum of the units below says so, as on screen (RolledUpNote). */
function withRolledUpNote(name: string, units: readonly { name: string }[], t: TFunction): string {
  if (units.length === 0) return name;
  return `${name} (${t('economy.rolledUpFrom', { count: units.length, units: units.map((unit) => unit.name).join(', ') })})`;
}
