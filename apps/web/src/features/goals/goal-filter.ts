import { isReportedBy, parsePeriodKey } from '@lagesbild/types';
import type { ValueStatus, YearMonth } from '@lagesbild/types';
import { graphql } from '../../generated';
import type { GoalFilter_GoalFragment } from '../../generated/graphql';

/** What the filter reads of a goal: its perspective and its indicators' latest status. */
export const GoalFilter_goal = graphql(`
  fragment GoalFilter_goal on Goal {
    id
    perspective {
      id
    }
    indicators {
      id
      periodicity
      latestValue(upTo: $upTo) {
        id
        period
        status
      }
    }
  }
`);

/** What the goals page narrows to; both live in the URL (`perspektiv`, `status`). */
export interface GoalFilter {
  perspectiveId: string | null;
  /** Indicators shown in a status; NOT_REPORTED for those whose figures stopped coming. */
  status: ValueStatus | 'NOT_REPORTED' | null;
}

type FilteredGoal = GoalFilter_GoalFragment;

/** The status an indicator shows in the month: its colour, or not reported when its figure is too old. */
export function shownStatus(
  indicator: FilteredGoal['indicators'][number],
  month: YearMonth,
): ValueStatus | 'NOT_REPORTED' {
  const value = indicator.latestValue;
  if (!value || !isReportedBy(indicator.periodicity, parsePeriodKey(value.period), month)) return 'NOT_REPORTED';
  return value.status;
}

/**
 * The goals of the chosen perspective; with a status, only the indicators in it and only
 * the goals that have one.
 */
export function filterGoals<Goal extends FilteredGoal>(
  goals: readonly Goal[],
  filter: GoalFilter,
  month: YearMonth,
): Goal[] {
  return goals
    .filter((goal) => !filter.perspectiveId || goal.perspective.id === filter.perspectiveId)
    .map((goal) =>
      filter.status
        ? {
            ...goal,
            indicators: goal.indicators.filter((indicator) => shownStatus(indicator, month) === filter.status),
          }
        : goal,
    )
    .filter((goal) => !filter.status || goal.indicators.length > 0);
}

/** The indicators left per goal id when a status narrows them; null when none does. */
export function shownIndicatorIds(
  goals: readonly FilteredGoal[],
  filter: GoalFilter,
): ReadonlyMap<string, ReadonlySet<string>> | null {
  if (!filter.status) return null;
  return new Map(goals.map((goal) => [goal.id, new Set(goal.indicators.map((indicator) => indicator.id))]));
}
