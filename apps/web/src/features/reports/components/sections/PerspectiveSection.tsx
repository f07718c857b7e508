import type { IndicatorUnit } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../../components/StatusChip';
import { formatFigure } from '../../../../i18n/format';
import { ReportTable } from '../ReportTable';
import { GoalsTable } from './GoalsTable';
import type { ReportSectionProps } from './section-props';
import { SectionHeading } from './SectionHeading';

/** A perspective: its goals, then its indicators in one table per periodicity. */
export function PerspectiveSection({ section }: ReportSectionProps) {
  const { t, i18n } = useTranslation();
  const figure = (value: number | null | undefined, unit: IndicatorUnit) =>
    formatFigure(value, unit, t(`unit.${unit}`), i18n.language);
  return (
    <>
      <GoalsTable sectionTitle={section.title} goals={section.goals} withPerspective={false} />
      {section.indicatorTables.map((table) => (
        <div key={table.periodicity}>
          <SectionHeading>
            {t('reports.indicatorTable', { periodicity: t(`periodicity.${table.periodicity}`) })}
          </SectionHeading>
          <ReportTable
            caption={`${section.title}: ${t('reports.indicatorTable', { periodicity: t(`periodicity.${table.periodicity}`) })}`}
            rows={table.rows}
            rowKey={(row) => row.indicatorId}
            columns={[
              { heading: t('reports.indicator'), cell: (row) => row.name },
              {
                heading: t('reports.outcome', { period: table.previousPeriodLabel }),
                numeric: true,
                cell: (row) => figure(row.previousYearOutcome, row.unit),
              },
              {
                heading: t('reports.outcome', { period: table.periodLabel }),
                numeric: true,
                cell: (row) => figure(row.outcome, row.unit),
              },
              {
                heading: t('reports.target', { period: table.periodLabel }),
                numeric: true,
                cell: (row) => figure(row.periodTarget, row.unit),
              },
              { heading: t('reports.forecast'), numeric: true, cell: (row) => figure(row.fullYearForecast, row.unit) },
              { heading: t('reports.annualTarget'), numeric: true, cell: (row) => figure(row.annualTarget, row.unit) },
              ...(table.hasRolling12
                ? [
                    {
                      heading: t('reports.rolling12', { period: table.periodLabel }),
                      numeric: true,
                      cell: (row: (typeof table.rows)[number]) => figure(row.rolling12, row.unit),
                    },
                  ]
                : []),
              {
                heading: t('reports.status'),
                cell: (row) => <StatusChip status={row.status} label={t(`status.${row.status}`)} />,
              },
            ]}
          />
        </div>
      ))}
    </>
  );
}
