import type { IndicatorUnit } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../../components/StatusChip';
import { formatFigure } from '../../../../i18n/format';
import { MarkNotes, MarkedFigure } from '../FigureMarks';
import { ReportTable } from '../ReportTable';
import { GoalsTable } from './GoalsTable';
import type { ReportSectionProps } from './section-props';
import { SectionHeading } from './SectionHeading';

/** A perspective: its goals, then its indicators in one table per periodicity. */
export function PerspectiveSection({ section }: ReportSectionProps) {
  const { t, i18n } = useTranslation();
  const figure = (value: number | null | undefined, unit: IndicatorUnit) =>
    formatFigure(value, unit, t(`unit.${unit}`), i18n.language);
  // Every figure of a generated value is the demo data's, as the PDF and Word file mark it.
  const generated = (value: number | null | undefined, unit: IndicatorUnit, isGenerated: boolean) => (
    <MarkedFigure mark={isGenerated && 'GENERATED'}>{figure(value, unit)}</MarkedFigure>
  );
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
            notes={
              <MarkNotes
                marks={table.rows.flatMap((row) => [
                  row.isGenerated && 'GENERATED',
                  row.previousYearIsGenerated && row.previousYearOutcome != null && 'GENERATED',
                ])}
              />
            }
            columns={[
              { heading: t('reports.indicator'), cell: (row) => row.name },
              {
                heading: t('reports.outcome', { period: table.previousPeriodLabel }),
                numeric: true,
                cell: (row) => generated(row.previousYearOutcome, row.unit, row.previousYearIsGenerated),
              },
              {
                heading: t('reports.outcome', { period: table.periodLabel }),
                numeric: true,
                cell: (row) => generated(row.outcome, row.unit, row.isGenerated),
              },
              {
                heading: t('reports.target', { period: table.periodLabel }),
                numeric: true,
                cell: (row) => generated(row.periodTarget, row.unit, row.isGenerated),
              },
              {
                heading: t('reports.forecast'),
                numeric: true,
                cell: (row) => generated(row.fullYearForecast, row.unit, row.isGenerated),
              },
              {
                heading: t('reports.annualTarget'),
                numeric: true,
                cell: (row) => generated(row.annualTarget, row.unit, row.isGenerated),
              },
              ...(table.hasRolling12
                ? [
                    {
                      heading: t('reports.rolling12', { period: table.periodLabel }),
                      numeric: true,
                      cell: (row: (typeof table.rows)[number]) => generated(row.rolling12, row.unit, row.isGenerated),
                    },
                  ]
                : []),
              {
                heading: t('reports.status'),
                cell: (row) => (
                  <StatusChip status={row.status} label={t(`status.${row.status}`)} setByHand={row.statusSetByHand} />
                ),
              },
            ]}
          />
        </div>
      ))}
    </>
  );
}
