import { FULFILMENT_STATUS } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../../components/StatusChip';
import { ReportTable } from '../ReportTable';
import type { ReportSectionData } from './section-props';
import { SectionHeading } from './SectionHeading';

export interface GoalsTableProps {
  sectionTitle: string;
  goals: ReportSectionData['goals'];
  /** The summary names each goal's perspective; a perspective's own section does not. */
  withPerspective: boolean;
}

/** Goals with the council goal they serve and their assessed fulfilment. */
export function GoalsTable({ sectionTitle, goals, withPerspective }: GoalsTableProps) {
  const { t } = useTranslation();
  if (goals.length === 0) return null;
  return (
    <>
      <SectionHeading>{t('reports.goals')}</SectionHeading>
      <ReportTable
        caption={`${t('reports.goals')}: ${sectionTitle}`}
        rows={goals}
        rowKey={(goal, index) => `${goal.title}-${index}`}
        columns={[
          ...(withPerspective
            ? [{ heading: t('reports.perspective'), cell: (goal: (typeof goals)[number]) => goal.perspectiveName }]
            : []),
          { heading: t('reports.councilGoal'), cell: (goal) => goal.councilGoalTitle ?? goal.title },
          { heading: t('reports.goal'), cell: (goal) => (goal.councilGoalTitle ? goal.title : '') },
          {
            heading: t('reports.fulfilment'),
            cell: (goal) => (
              <StatusChip status={FULFILMENT_STATUS[goal.fulfilment]} label={t(`fulfilment.${goal.fulfilment}`)} />
            ),
          },
        ]}
      />
    </>
  );
}
