import type { TFunction } from 'i18next';
import type { ExportColumn, ExportTable } from '../export/table-export';
import { fractionDigitsOf } from '../../i18n/format';
import type { AccuracyIndicatorRow, AccuracyRound } from './accuracy-rows';

/** Percentages in the file: 9.1 for 9.1 %, so a spreadsheet reads them as they are shown. */
const percent = (share: number | null | undefined) => (share == null ? null : Math.round(share * 10000) / 100);

/**
 * The accuracy table as a file: one row per indicator, its outcome, each round's forecast,
 * error and relative error (in per cent), and its means; each row's figures in its unit's
 * decimals, the percentages with one.
 */
export function accuracyExportTable(
  accuracy: {
    orgUnit: { name: string };
    year: number;
    rounds: readonly AccuracyRound[];
    indicators: readonly AccuracyIndicatorRow[];
  },
  t: TFunction,
): ExportTable {
  const percentColumn = (header: string): ExportColumn => ({
    header,
    kind: 'number',
    fractionDigits: 1,
    ownFractionDigits: true,
  });
  return {
    title: t('accuracy.tableCaption', { unit: accuracy.orgUnit.name, year: accuracy.year }),
    columns: [
      { header: t('accuracy.indicator'), kind: 'text', width: 40 },
      { header: t('pickers.orgUnit'), kind: 'text', width: 28 },
      { header: t('accuracy.unit'), kind: 'text', width: 8 },
      { header: t('accuracy.outcome'), kind: 'number' },
      { header: t('accuracy.generated'), kind: 'text', width: 10 },
      ...accuracy.rounds.flatMap((round): ExportColumn[] => [
        { header: `${t('forecasts.forecast')}, ${round.name}`, kind: 'number' },
        { header: `${t('accuracy.error')}, ${round.name}`, kind: 'number' },
        percentColumn(`${t('accuracy.relativeErrorPercent')}, ${round.name}`),
      ]),
      { header: t('accuracy.meanAbsoluteError'), kind: 'number' },
      percentColumn(t('accuracy.meanAbsolutePercentageErrorPercent')),
    ],
    rows: accuracy.indicators.map((row) => [
      row.indicator.name,
      row.indicator.orgUnit.name,
      t(`unit.${row.indicator.unit}`),
      row.outcome,
      row.outcomeIsSynthetic ? t('accuracy.yes') : '',
      ...accuracy.rounds.flatMap((round) => {
        const forecast = row.forecasts.find((candidate) => candidate.round.id === round.id);
        return [forecast?.forecast, forecast?.error, percent(forecast?.relativeError)];
      }),
      row.meanAbsoluteError,
      percent(row.meanAbsolutePercentageError),
    ]),
    rowFractionDigits: accuracy.indicators.map((row) => fractionDigitsOf(row.indicator.unit)),
  };
}
