import { isAssignmentOverdue } from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';
import type { TFunction } from 'i18next';
import type { AssignmentTable_AssignmentFragment, GoalsByPerspective_GoalFragment } from '../../generated/graphql';
import type { ExportTable } from '../export/table-export';
import { arrangeGoalTree } from './components/GoalsByPerspective';

/**
 * The goals shown as a file, one row per committee goal in the page's order (perspective →
 * council goal → goal), with the unit and the assessed fulfilment of the period.
 */
export function goalsExportTable(
  title: string,
  goals: readonly GoalsByPerspective_GoalFragment[],
  t: TFunction,
): ExportTable {
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
  assignments: readonly AssignmentTable_AssignmentFragment[],
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
