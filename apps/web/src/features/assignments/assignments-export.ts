import { isAssignmentOverdue } from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';
import type { TFunction } from 'i18next';
import { graphql } from '../../generated';
import type { AssignmentsExport_AssignmentFragment } from '../../generated/graphql';
import type { ExportTable } from '../export/table-export';

/** What an assignment's row of the file holds; a page spreads it unmasked and hands the assignments over. */
export const AssignmentsExport_assignment = graphql(`
  fragment AssignmentsExport_assignment on Assignment {
    id
    title
    source
    caseNumber
    deadline
    orgUnit {
      id
      name
    }
    update(upTo: $upTo) {
      id
      status
      comment
    }
  }
`);

/** The assignments as a file: the table's columns, with case number, unit and comment in columns of their own. */
export function assignmentsExportTable(
  title: string,
  assignments: readonly AssignmentsExport_AssignmentFragment[],
  period: YearMonth,
  t: TFunction,
): ExportTable {
  return {
    title,
    columns: [
      { header: t('assignments.assignment'), kind: 'text', width: 60 },
      { header: t('assignments.caseNumber'), kind: 'text', width: 18 },
      { header: t('assignments.orgUnit'), kind: 'text', width: 28 },
      { header: t('assignments.source'), kind: 'text', width: 28 },
      { header: t('assignments.deadline'), kind: 'text', width: 12 },
      { header: t('assignments.status'), kind: 'text', width: 24 },
      { header: t('assignments.comment'), kind: 'text', width: 60 },
    ],
    rows: assignments.map((assignment) => {
      const status = assignment.update?.status;
      const statusText = status ? t(`assignmentStatus.${status}`) : t('assignments.notReported');
      return [
        assignment.title,
        assignment.caseNumber ?? '',
        assignment.orgUnit.name,
        t(`assignmentSource.${assignment.source}`),
        assignment.deadline ?? '',
        isAssignmentOverdue(status, assignment.deadline, period)
          ? t('assignments.overdue', { status: statusText })
          : statusText,
        assignment.update?.comment ?? '',
      ];
    }),
  };
}
