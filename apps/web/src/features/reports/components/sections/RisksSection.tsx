import { useTranslation } from 'react-i18next';
import { MarkNotes, MarkedFigure } from '../FigureMarks';
import { ReportTable } from '../ReportTable';
import type { ReportSectionProps } from './section-props';

/** The risks by score with their mitigations. */
export function RisksSection({ section }: ReportSectionProps) {
  const { t } = useTranslation();
  if (section.risks.length === 0) return null;
  return (
    <ReportTable
      caption={section.title}
      rows={section.risks}
      rowKey={(risk, index) => `${risk.title}-${index}`}
      notes={<MarkNotes marks={section.risks.map((risk) => risk.isDemoValue && 'DEMO_VALUE')} />}
      columns={[
        { heading: t('reports.risk'), cell: (risk) => risk.title },
        { heading: t('reports.category'), cell: (risk) => risk.categoryName },
        {
          heading: t('reports.probability'),
          numeric: true,
          cell: (risk) => <MarkedFigure mark={risk.isDemoValue && 'DEMO_VALUE'}>{risk.probability}</MarkedFigure>,
        },
        {
          heading: t('reports.consequence'),
          numeric: true,
          cell: (risk) => <MarkedFigure mark={risk.isDemoValue && 'DEMO_VALUE'}>{risk.consequence}</MarkedFigure>,
        },
        {
          heading: t('reports.score'),
          numeric: true,
          cell: (risk) => <MarkedFigure mark={risk.isDemoValue && 'DEMO_VALUE'}>{risk.score}</MarkedFigure>,
        },
        { heading: t('reports.mitigations'), cell: (risk) => risk.mitigations.join('; ') },
      ]}
    />
  );
}
