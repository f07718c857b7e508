import { isReportedBy, parsePeriodKey } from '@lagesbild/types';
import type { ValueStatus, YearMonth } from '@lagesbild/types';
import type { GoalsByPerspective_GoalFragment } from '../../generated/graphql';

/** What the goals page narrows to; both live in the URL (`perspektiv`, `status`). */
export interface GoalFilter {
  perspectiveId: string | null;
  /** Indicators shown in a status; NOT_REPORTED for those whose figures stopped coming. */
  status: ValueStatus | 'NOT_REPORTED' | null;
}

/** The status an indicator shows in the month: its colour, or not reported when its figure is too old. */
export function shownStatus(
  indicator: GoalsByPerspective_GoalFragment['indicators'][number],
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
export function filterGoals(
  goals: readonly GoalsByPerspective_GoalFragment[],
  filter: GoalFilter,
  month: YearMonth,
): GoalsByPerspective_GoalFragment[] {
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
