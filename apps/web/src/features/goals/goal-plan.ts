/** The queries a planning change refreshes: the goal tree it was made from. */
export const GOALS_PAGE_QUERIES = ['GoalsPage_Query'];

/** A goal as the planning dialogs edit it. */
export interface PlannedGoal {
  id: string;
  version: number;
  title: string;
  description: string | null;
  level: 'COUNCIL' | 'COMMITTEE';
  year: number;
  orgUnitId: string;
  orgUnitCode: string;
  perspectiveId: string;
  parentIds: string[];
  indicatorIds: string[];
}

/** An activity as its dialog edits it. */
export interface PlannedActivity {
  id: string;
  version: number;
  goalId: string;
  title: string;
  description: string | null;
  ownerId: string | null;
  owner: string | null;
  startDate: string | null;
  endDate: string | null;
}

/** What the planning dialogs need of a goal, from the fields the goal tree reads. */
export function plannedGoal(goal: {
  id: string;
  version: number;
  title: string;
  description?: string | null;
  level: 'COUNCIL' | 'COMMITTEE';
  year: number;
  orgUnit: { id: string; code: string };
  perspective: { id: string };
  parents: readonly { id: string }[];
  indicators: readonly { id: string }[];
}): PlannedGoal {
  return {
    id: goal.id,
    version: goal.version,
    title: goal.title,
    description: goal.description ?? null,
    level: goal.level,
    year: goal.year,
    orgUnitId: goal.orgUnit.id,
    orgUnitCode: goal.orgUnit.code,
    perspectiveId: goal.perspective.id,
    parentIds: goal.parents.map((parent) => parent.id),
    indicatorIds: goal.indicators.map((indicator) => indicator.id),
  };
}
