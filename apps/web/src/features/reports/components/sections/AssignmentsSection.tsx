import { assignmentStatusColour } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../../components/StatusChip';
import { ReportTable } from '../ReportTable';
import type { ReportSectionProps } from './section-props';

/** The assignments with their status in the month; an overdue one says so. */
export function AssignmentsSection({ section, period }: ReportSectionProps) {
  const { t } = useTranslation();
  if (section.assignments.length === 0) return null;
  return (
    <ReportTable
      caption={section.title}
      rows={section.assignments}
      rowKey={(assignment, index) => `${assignment.title}-${index}`}
      columns={[
        {
          heading: t('reports.status'),
          cell: (assignment) => (
            <StatusChip
              status={assignmentStatusColour(assignment.status, assignment.dueDate, period)}
              label={
                assignment.isOverdue
                  ? `${t(`assignmentStatus.${assignment.status}`)}, ${t('reports.overdue').toLowerCase()}`
                  : t(`assignmentStatus.${assignment.status}`)
              }
            />
          ),
        },
        { heading: t('reports.assignment'), cell: (assignment) => assignment.title },
        { heading: t('reports.source'), cell: (assignment) => t(`assignmentSource.${assignment.source}`) },
        { heading: t('reports.caseNumber'), cell: (assignment) => assignment.caseNumber ?? '' },
        { heading: t('reports.dueDate'), cell: (assignment) => assignment.dueDate ?? '' },
        { heading: t('reports.comment'), cell: (assignment) => assignment.comment ?? '' },
      ]}
    />
  );
}
