import { formatYearMonth } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPeriodLabel } from '../../../../i18n/format';
import { MarkNotes, MarkedFigure } from '../FigureMarks';
import { ReportTable } from '../ReportTable';
import type { ReportSectionProps } from './section-props';
import { SectionHeading } from './SectionHeading';

/** The financial table and the result per business area (source 000 §2.4), in tkr. */
export function EconomySection({ section, period }: ReportSectionProps) {
  const { t, i18n } = useTranslation();
  // The tables' headings say tkr, so the cells hold the bare figure.
  const tkr = (value: number | null | undefined) => (value == null ? '' : formatNumber(value, 'TKR', i18n.language));
  // A summed row's every figure is computed from the units below, as the PDF and Word file mark it.
  const summed = (value: number | null | undefined, row: { rolledUpFrom: readonly string[] }) => (
    <MarkedFigure mark={row.rolledUpFrom.length > 0 && 'ROLLED_UP'}>{tkr(value)}</MarkedFigure>
  );
  const notesOf = (rows: readonly { rolledUpFrom: readonly string[] }[]) => (
    <MarkNotes
      marks={rows.map((row) => row.rolledUpFrom.length > 0 && 'ROLLED_UP')}
      rolledUpFrom={rows.flatMap((row) => row.rolledUpFrom)}
    />
  );
  return (
    <>
      {section.financialLines.length > 0 && (
        <>
          <SectionHeading>{t('reports.financialTable')}</SectionHeading>
          <ReportTable
            caption={t('reports.financialTable')}
            rows={section.financialLines}
            rowKey={(line) => line.name}
            notes={notesOf(section.financialLines)}
            columns={[
              { heading: t('reports.line'), cell: (line) => line.name },
              {
                heading: t('reports.previousYearToDate', { year: period.year - 1 }),
                numeric: true,
                cell: (line) => summed(line.previousYearToDate, line),
              },
              {
                heading: t('reports.outcomeToDate', { year: period.year }),
                numeric: true,
                cell: (line) => summed(line.outcomeToDate, line),
              },
              {
                heading: t('reports.budgetToDate', { year: period.year }),
                numeric: true,
                cell: (line) => summed(line.budgetToDate, line),
              },
              {
                heading: t('reports.fullYearForecast', { year: period.year }),
                numeric: true,
                cell: (line) => summed(line.fullYearForecast, line),
              },
              {
                heading: t('reports.fullYearBudget', { year: period.year }),
                numeric: true,
                cell: (line) => summed(line.fullYearBudget, line),
              },
            ]}
          />
        </>
      )}
      {section.businessAreaResults.length > 0 && (
        <>
          <SectionHeading>{t('reports.businessAreas')}</SectionHeading>
          <ReportTable
            caption={t('reports.businessAreas')}
            rows={section.businessAreaResults}
            rowKey={(row, index) => `${row.name}-${index}`}
            isTotal={(row) => row.isTotal}
            notes={notesOf(section.businessAreaResults)}
            columns={[
              {
                heading: t('reports.name'),
                cell: (row) => <span style={{ paddingLeft: `${Math.max(0, row.depth - 1) * 1.5}em` }}>{row.name}</span>,
              },
              {
                heading: t('reports.resultToDate', {
                  period: formatPeriodLabel(formatYearMonth(period), i18n.language),
                }),
                numeric: true,
                cell: (row) => summed(row.resultToDate, row),
              },
              {
                heading: t('reports.fullYearForecast', { year: period.year }),
                numeric: true,
                cell: (row) => summed(row.fullYearForecast, row),
              },
            ]}
          />
        </>
      )}
    </>
  );
}
