import type { IndicatorUnit } from '@lagesbild/types';
import type { TFunction } from 'i18next';
import type { ExportTable } from '../export/table-export';
import { fractionDigitsOf, formatPeriodLabel } from '../../i18n/format';
import { describeSeriesContent } from './series-rows';
import type { ComparedSeries, SeriesRow } from './series-rows';

/** A figure column of the series table: its heading and the figure it takes from a row. */
export interface SeriesFigureColumn {
  key: string;
  header: string;
  figure: (row: SeriesRow) => number | null | undefined;
}

/**
 * The figure columns of an indicator's series, in the chart's order: the one list both the
 * table on the page and its CSV/Excel export are drawn from. Lines with no figure in any
 * period are left out, and each compared unit adds its outcome.
 */
export function seriesFigureColumns(
  rows: readonly SeriesRow[],
  compared: readonly Pick<ComparedSeries, 'orgUnit'>[],
  t: TFunction,
): SeriesFigureColumn[] {
  const content = describeSeriesContent(rows);
  return [
    { key: 'outcome', header: t('indicator.outcome'), figure: (row) => row.outcome },
    { key: 'target', header: t('indicator.target'), figure: (row) => row.target },
    ...(content.hasForecast
      ? [{ key: 'forecast', header: t('indicator.forecast'), figure: (row: SeriesRow) => row.fullYearForecast }]
      : []),
    ...(content.hasRolling12
      ? [{ key: 'rolling12', header: t('indicator.rolling12'), figure: (row: SeriesRow) => row.rolling12 }]
      : []),
    ...(content.hasPreviousYear
      ? [
          {
            key: 'previousYear',
            header: t('indicator.previousYear'),
            figure: (row: SeriesRow) => row.previousYearOutcome,
          },
        ]
      : []),
    ...compared.map((other) => ({
      key: `compared-${other.orgUnit.code}`,
      header: `${t('indicator.outcome')}, ${other.orgUnit.name}`,
      figure: (row: SeriesRow) => row.compared[other.orgUnit.code],
    })),
  ];
}

/** A period's status in words, and when it was set by hand, that it was and why. */
function statusInWords(row: SeriesRow, t: TFunction): string {
  const status = t(`status.${row.status}`);
  return row.statusOverrideReason != null
    ? t('indicator.valueStatus.exported', { status, reason: row.statusOverrideReason })
    : status;
}

/** The series table as a file: period, the same figure columns, and the status in words. */
export function seriesExportTable(
  title: string,
  rows: readonly SeriesRow[],
  compared: readonly Pick<ComparedSeries, 'orgUnit'>[],
  unit: IndicatorUnit,
  t: TFunction,
  language: string,
): ExportTable {
  const columns = seriesFigureColumns(rows, compared, t);
  return {
    title,
    columns: [
      { header: t('goals.column.period'), kind: 'text', width: 14 },
      ...columns.map((column) => ({ header: column.header, kind: 'number' as const })),
      { header: t('goals.column.status'), kind: 'text', width: 14 },
    ],
    rowFractionDigits: rows.map(() => fractionDigitsOf(unit)),
    rows: rows.map((row) => [
      formatPeriodLabel(row.period, language),
      ...columns.map((column) => column.figure(row) ?? null),
      row.outcome != null ? statusInWords(row, t) : '',
    ]),
  };
}
