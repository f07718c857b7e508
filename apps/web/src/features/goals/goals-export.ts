import type { TFunction } from 'i18next';
import { graphql } from '../../generated';
import type { GoalsExport_GoalFragment } from '../../generated/graphql';
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
