import { ACTIVITY_STATUS } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../../components/StatusChip';
import { ReportTable } from '../ReportTable';
import type { ReportSectionProps } from './section-props';

/** The activities with their status in the month. */
export function ActivitiesSection({ section }: ReportSectionProps) {
  const { t } = useTranslation();
  if (section.activities.length === 0) return null;
  return (
    <ReportTable
      caption={section.title}
      rows={section.activities}
      rowKey={(activity, index) => `${activity.title}-${index}`}
      columns={[
        {
          heading: t('reports.status'),
          cell: (activity) => (
            <StatusChip status={ACTIVITY_STATUS[activity.status]} label={t(`activityStatus.${activity.status}`)} />
          ),
        },
        { heading: t('reports.perspective'), cell: (activity) => activity.perspectiveName },
        { heading: t('reports.activity'), cell: (activity) => activity.title },
        { heading: t('reports.endDate'), cell: (activity) => activity.endDate ?? '' },
        { heading: t('reports.comment'), cell: (activity) => activity.comment ?? '' },
      ]}
    />
  );
}
