import { overallColour, PROJECT_PHASES } from '@lagesbild/types';
import type { ProjectPhase, RagStatus } from '@lagesbild/types';

/** How the board lays out a portfolio's projects: the table, or columns by phase or by overall status. */
export type BoardView = 'list' | 'phase' | 'status';

export const BOARD_VIEWS: readonly BoardView[] = ['list', 'phase', 'status'];

/** A column of the board: a phase, a colour, or none (no phase set, no status update yet). */
export type LaneKey = ProjectPhase | RagStatus | 'NONE';

const STATUS_LANES: readonly LaneKey[] = ['RED', 'YELLOW', 'GREEN', 'NONE'];

interface LaneProject {
  phase?: ProjectPhase | null;
  status: { latestStatusUpdate?: { time: RagStatus; cost: RagStatus; result: RagStatus } | null };
}

/** The lane a project stands in: its phase, or the worst colour of its latest status update. */
export function laneOf(project: LaneProject, view: Exclude<BoardView, 'list'>): LaneKey {
  if (view === 'phase') return project.phase ?? 'NONE';
  const latest = project.status.latestStatusUpdate;
  return latest ? overallColour(latest) : 'NONE';
}

/** The lanes of a view in order, each with its projects (in the order given); "none" only when it has any. */
export function lanesOf<Project extends LaneProject>(
  projects: readonly Project[],
  view: Exclude<BoardView, 'list'>,
): { key: LaneKey; projects: Project[] }[] {
  const keys: readonly LaneKey[] = view === 'phase' ? [...PROJECT_PHASES, 'NONE'] : STATUS_LANES;
  return keys
    .map((key) => ({ key, projects: projects.filter((project) => laneOf(project, view) === key) }))
    .filter((lane) => lane.key !== 'NONE' || lane.projects.length > 0);
}
