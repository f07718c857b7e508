import type { GoalModel } from '@lagesbild/db';
import { FULFILMENT_STATUS } from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';
import type { ReportGoalRow } from '../../../generated/resolver-types';
import type { LayoutTable } from '../../../documents';
import { COLUMN_HEADINGS, FULFILMENT_WORDS } from '../report-labels';
import type { CompileSources, GoalRowOfPerspective } from './section-kind';

/** The goals of the subtree with their assessed fulfilment in the period and the council goal they serve. */
export async function compileGoalRows(
  { loaders }: CompileSources,
  goals: readonly GoalModel[],
  period: YearMonth,
): Promise<GoalRowOfPerspective[]> {
  const perspectives = await loaders.perspectiveInYear.loadMany(
    goals.map((goal) => ({ id: goal.perspectiveId, year: goal.year })),
  );
  return Promise.all(
    goals.map(async (goal, index) => {
      const [assessment, parents] = await Promise.all([
        loaders.goalAssessmentUpTo.load({ id: goal.id, ...period }),
        goal.level === 'COUNCIL' ? Promise.resolve([] as GoalModel[]) : loaders.goalParents.load(goal.id),
      ]);
      const perspective = perspectives[index];
      return {
        perspectiveId: goal.perspectiveId,
        row: {
          perspectiveName: perspective && !(perspective instanceof Error) ? perspective.name : '',
          councilGoalTitle: parents[0]?.title ?? null,
          title: goal.title,
          fulfilment: assessment?.fulfilment ?? 'NOT_ASSESSED',
          comment: assessment?.comment ?? null,
        },
      };
    }),
  );
}

/** Goals with their council goal and assessed fulfilment; a repeated council goal or area is written once. */
export function goalTable(rows: ReportGoalRow[], withArea: boolean, caption: string): LayoutTable {
  const hasComments = rows.some((row) => row.comment);
  let previousArea: string | null = null;
  let previousCouncilGoal: string | null = null;
  return {
    caption,
    showCaption: false,
    columns: [
      ...(withArea ? [{ heading: COLUMN_HEADINGS.area, align: 'left' as const, width: 1.4 }] : []),
      { heading: COLUMN_HEADINGS.councilGoal, align: 'left', width: 3 },
      { heading: COLUMN_HEADINGS.committeeGoal, align: 'left', width: 3 },
      { heading: COLUMN_HEADINGS.fulfilment, align: 'left', width: 1.6 },
      ...(hasComments ? [{ heading: COLUMN_HEADINGS.comment, align: 'left' as const, width: 2.4 }] : []),
    ],
    rows: rows.map((row) => {
      const area = row.perspectiveName === previousArea ? '' : row.perspectiveName;
      if (area) previousCouncilGoal = null;
      previousArea = row.perspectiveName;
      const councilGoal = row.councilGoalTitle ?? row.title;
      const councilCell = councilGoal === previousCouncilGoal ? '' : councilGoal;
      previousCouncilGoal = councilGoal;
      return {
        cells: [
          ...(withArea ? [{ text: area }] : []),
          { text: councilCell },
          { text: row.councilGoalTitle ? row.title : '' },
          { text: FULFILMENT_WORDS[row.fulfilment], status: FULFILMENT_STATUS[row.fulfilment] },
          ...(hasComments ? [{ text: row.comment ?? '' }] : []),
        ],
      };
    }),
  };
}
