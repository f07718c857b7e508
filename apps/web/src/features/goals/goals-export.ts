import { isAssignmentOverdue } from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';
import type { TFunction } from 'i18next';
import { graphql } from '../../generated';
import type { AssignmentsExport_AssignmentFragment, GoalsExport_GoalFragment } from '../../generated/graphql';
import type { ExportTable } from '../export/table-export';
import { arrangeGoalTree } from './components/GoalsByPerspective';

/** What a goal's row of the file holds; the page spreads it unmasked and hands the goals over. */
export const GoalsExport_goal = graphql(`
  fragment GoalsExport_goal on Goal {
    id
    level
    title
    perspective {
      id
      name
    }
    parents {
      id
      title
    }
    orgUnit {
      id
      name
    }
    assessment(upTo: $upTo) {
      id
      fulfilment
      comment
    }
  }
`);

/** What an assignment's row of the file holds. */
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

/**
 * The goals shown as a file, one row per committee goal in the page's order (perspective →
 * council goal → goal), with the unit and the assessed fulfilment of the period.
 */
export function goalsExportTable(title: string, goals: readonly GoalsExport_GoalFragment[], t: TFunction): ExportTable {
  const rows = arrangeGoalTree(goals).flatMap((section) =>
    section.councilGoals.flatMap(({ councilGoal, goals: committeeGoals }) =>
      committeeGoals.map((goal) => [
        section.name,
        councilGoal?.title ?? '',
        goal.title,
        goal.orgUnit.name,
        t(`fulfilment.${goal.assessment?.fulfilment ?? 'NOT_ASSESSED'}`),
        goal.assessment?.comment ?? '',
      ]),
    ),
  );
  return {
    title,
    columns: [
      { header: t('goals.export.perspective'), kind: 'text', width: 18 },
      { header: t('goals.councilGoal'), kind: 'text', width: 48 },
      { header: t('goals.committeeGoal'), kind: 'text', width: 48 },
      { header: t('goals.export.unit'), kind: 'text', width: 28 },
      { header: t('goals.assessment'), kind: 'text', width: 20 },
      { header: t('goals.comment'), kind: 'text', width: 60 },
    ],
    rows,
  };
}

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
      { header: t('goals.assignments.assignment'), kind: 'text', width: 60 },
      { header: t('goals.assignments.caseNumber'), kind: 'text', width: 18 },
      { header: t('goals.export.unit'), kind: 'text', width: 28 },
      { header: t('goals.assignments.source'), kind: 'text', width: 28 },
      { header: t('goals.assignments.deadline'), kind: 'text', width: 12 },
      { header: t('goals.column.status'), kind: 'text', width: 24 },
      { header: t('goals.comment'), kind: 'text', width: 60 },
    ],
    rows: assignments.map((assignment) => {
      const status = assignment.update?.status;
      const statusText = status ? t(`assignmentStatus.${status}`) : t('goals.assignments.notReported');
      return [
        assignment.title,
        assignment.caseNumber ?? '',
        assignment.orgUnit.name,
        t(`assignmentSource.${assignment.source}`),
        assignment.deadline ?? '',
        isAssignmentOverdue(status, assignment.deadline, period)
          ? t('goals.assignments.overdue', { status: statusText })
          : statusText,
        assignment.update?.comment ?? '',
      ];
    }),
  };
}
