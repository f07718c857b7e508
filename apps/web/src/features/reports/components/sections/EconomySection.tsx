import { formatYearMonth } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatPeriodLabel } from '../../../../i18n/format';
import { ReportTable } from '../ReportTable';
import type { ReportSectionProps } from './section-props';
import { SectionHeading } from './SectionHeading';

/** The financial table and the result per business area (source 000 §2.4), in tkr. */
export function EconomySection({ section, period }: ReportSectionProps) {
  const { t, i18n } = useTranslation();
  // The tables' headings say tkr, so the cells hold the bare figure.
  const tkr = (value: number | null | undefined) => (value == null ? '' : formatNumber(value, 'TKR', i18n.language));
  return (
    <>
      {section.financialLines.length > 0 && (
        <>
          <SectionHeading>{t('reports.financialTable')}</SectionHeading>
          <ReportTable
            caption={t('reports.financialTable')}
            rows={section.financialLines}
            rowKey={(line) => line.name}
            columns={[
              { heading: t('reports.line'), cell: (line) => line.name },
              {
                heading: t('reports.previousYearToDate', { year: period.year - 1 }),
                numeric: true,
                cell: (line) => tkr(line.previousYearToDate),
              },
              {
                heading: t('reports.outcomeToDate', { year: period.year }),
                numeric: true,
                cell: (line) => tkr(line.outcomeToDate),
              },
              {
                heading: t('reports.budgetToDate', { year: period.year }),
                numeric: true,
                cell: (line) => tkr(line.budgetToDate),
              },
              {
                heading: t('reports.fullYearForecast', { year: period.year }),
                numeric: true,
                cell: (line) => tkr(line.fullYearForecast),
              },
              {
                heading: t('reports.fullYearBudget', { year: period.year }),
                numeric: true,
                cell: (line) => tkr(line.fullYearBudget),
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
                cell: (row) => tkr(row.resultToDate),
              },
              {
                heading: t('reports.fullYearForecast', { year: period.year }),
                numeric: true,
                cell: (row) => tkr(row.fullYearForecast),
              },
            ]}
          />
        </>
      )}
    </>
  );
}
