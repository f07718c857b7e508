import { overallColour } from '@lagesbild/types';
import type { ProjectState, ProjectStatusColours, ValueStatus } from '@lagesbild/types';
import { graphql } from '../../generated';

/** A project as the board filters and sorts it. */
/** What the board's filter, order and counts read of a project. */
export const BoardFilter_project = graphql(`
  fragment BoardFilter_project on Project {
    id
    name
    # The state at the end of the month viewed, not today's: a project closed later shows as it was.
    state: stateAsOf(month: $upTo)
    status(upTo: $upTo) {
      latestStatusUpdate {
        id
        statusDate
        time
        cost
        result
      }
    }
  }
`);

export interface BoardProject {
  name: string;
  state: ProjectState;
  status: { latestStatusUpdate: (ProjectStatusColours & { statusDate: string }) | null };
}

export const SORT_ORDERS = ['name', 'status', 'statusDate'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** What the board shows, kept in the URL; null means all. */
export interface BoardFilter {
  portfolioId: string | null;
  state: ProjectState | null;
  /** The overall colour of the latest status update; NOT_ASSESSED for projects without one. */
  colour: ValueStatus | null;
  sort: SortOrder;
}

/** A project's overall colour on the board: its latest status update's worst dimension, or not assessed. */
export function boardColour(project: BoardProject): ValueStatus {
  return project.status.latestStatusUpdate ? overallColour(project.status.latestStatusUpdate) : 'NOT_ASSESSED';
}

const SEVERITY: Record<ValueStatus, number> = { RED: 0, YELLOW: 1, GREEN: 2, NOT_ASSESSED: 3 };

/** The projects of one portfolio that pass the filter, in the chosen order (ties by name). */
export function filterProjects<Project extends BoardProject>(
  projects: readonly Project[],
  filter: BoardFilter,
): Project[] {
  const byName = (a: Project, b: Project) => a.name.localeCompare(b.name, 'sv');
  const compare: Record<SortOrder, (a: Project, b: Project) => number> = {
    name: byName,
    status: (a, b) => SEVERITY[boardColour(a)] - SEVERITY[boardColour(b)] || byName(a, b),
    // Projects that never reported are the most out of date.
    statusDate: (a, b) =>
      (a.status.latestStatusUpdate?.statusDate ?? '').localeCompare(b.status.latestStatusUpdate?.statusDate ?? '') ||
      byName(a, b),
  };
  return projects
    .filter((project) => !filter.state || project.state === filter.state)
    .filter((project) => !filter.colour || boardColour(project) === filter.colour)
    .sort(compare[filter.sort]);
}

/** How many projects have each overall colour. */
export function countByColour(projects: readonly BoardProject[]): Record<ValueStatus, number> {
  const counts: Record<ValueStatus, number> = { RED: 0, YELLOW: 0, GREEN: 0, NOT_ASSESSED: 0 };
  for (const project of projects) counts[boardColour(project)] += 1;
  return counts;
}
