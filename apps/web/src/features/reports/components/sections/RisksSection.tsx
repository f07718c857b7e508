import { useTranslation } from 'react-i18next';
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
      columns={[
        { heading: t('reports.risk'), cell: (risk) => risk.title },
        { heading: t('reports.category'), cell: (risk) => risk.categoryName },
        { heading: t('reports.probability'), numeric: true, cell: (risk) => risk.probability },
        { heading: t('reports.consequence'), numeric: true, cell: (risk) => risk.consequence },
        { heading: t('reports.score'), numeric: true, cell: (risk) => risk.score },
        { heading: t('reports.mitigations'), cell: (risk) => risk.mitigations.join('; ') },
      ]}
    />
  );
}
