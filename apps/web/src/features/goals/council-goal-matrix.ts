import type { GoalFulfilment } from '../../generated/graphql';

/** What the matrix reads of a goal: a council goal with the committee goals serving it. */
export interface MatrixGoal {
  id: string;
  level: string;
  title: string;
  orgUnit: { id: string };
  perspective: { id: string; name: string };
  children: readonly {
    id: string;
    title: string;
    orgUnit: { id: string; name: string };
    assessment?: { fulfilment: GoalFulfilment } | null;
  }[];
}

/** One committee's goals serving one council goal, each with its assessment in the period. */
export type MatrixCell = { goalId: string; title: string; fulfilment: GoalFulfilment }[];

export interface CouncilGoalMatrix {
  /** The committees (units) whose goals serve any council goal, in the order the goals come. */
  committees: { id: string; name: string }[];
  rows: {
    councilGoal: { id: string; title: string };
    perspective: { id: string; name: string };
    /** By committee id; a committee without a goal serving the council goal has no cell. */
    cells: Map<string, MatrixCell>;
  }[];
}

/**
 * The unit's council goals (KF-mål) × the committees below it: in each cell how the
 * committee assessed its goals serving the council goal, as Gothenburg's annual report
 * shows it. Only the goals the user may read come from the API, so a committee the user
 * may not read has no column.
 */
export function arrangeCouncilGoalMatrix(goals: readonly MatrixGoal[], orgUnitId: string): CouncilGoalMatrix {
  const committees = new Map<string, { id: string; name: string }>();
  const rows = goals
    .filter((goal) => goal.level === 'COUNCIL' && goal.orgUnit.id === orgUnitId)
    .map((goal) => {
      const cells = new Map<string, MatrixCell>();
      for (const child of goal.children) {
        committees.set(child.orgUnit.id, child.orgUnit);
        const cell = cells.get(child.orgUnit.id) ?? [];
        cell.push({
          goalId: child.id,
          title: child.title,
          fulfilment: child.assessment?.fulfilment ?? 'NOT_ASSESSED',
        });
        cells.set(child.orgUnit.id, cell);
      }
      return { councilGoal: { id: goal.id, title: goal.title }, perspective: goal.perspective, cells };
    });
  return { committees: [...committees.values()], rows };
}
