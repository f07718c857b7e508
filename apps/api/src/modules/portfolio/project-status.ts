import type { ProjectModel, ProjectStatusUpdateModel } from '@lagesbild/db';
import {
  hasNoRecentStatusUpdate,
  isoToday,
  judgedOnDay,
  statusUpdatesSinceColourChange,
  toIsoDate,
} from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';
import type { Loaders } from '../../context';

export interface ProjectStatusRow {
  latestStatusUpdate: ProjectStatusUpdateModel | null;
  statusUpdatesSinceColourChange: number | null;
  noRecentStatusUpdate: boolean;
}

/**
 * A project's status as of the end of a month (or today, for the month under way): its
 * status updates up to then and the date it was last started come from batched loaders, so a
 * board of any size costs the same few queries.
 */
export async function projectStatusAsOf(
  project: ProjectModel,
  month: YearMonth,
  loaders: Loaders,
  today = isoToday(),
): Promise<ProjectStatusRow> {
  const asOf = judgedOnDay(month, today);
  const [statusUpdates, stateChanges, asOfMonth] = await Promise.all([
    loaders.statusUpdatesOfProjectUpTo.load({ id: project.id, ...month }),
    loaders.stateChangesOfProject.load(project.id),
    loaders.projectAsOf.load({ id: project.id, ...month }),
  ]);
  // The state and portfolio (whose interval applies) the project had at the end of the month.
  const portfolio = await loaders.portfolioById.load(asOfMonth?.portfolioId ?? project.portfolioId);
  const starts = stateChanges.filter((change) => change.toState === 'STARTED').map((change) => change.changedOn);
  const startedOn = [...starts, ...(project.actualStart ? [project.actualStart] : [])]
    .map(toIsoDate)
    .filter((date) => date <= asOf)
    .sort()
    .at(-1);
  const latestStatusUpdate = statusUpdates[0] ?? null;
  return {
    latestStatusUpdate,
    statusUpdatesSinceColourChange: statusUpdatesSinceColourChange(statusUpdates),
    noRecentStatusUpdate: hasNoRecentStatusUpdate({
      state: asOfMonth?.state ?? project.state,
      statusUpdateIntervalWeeks: portfolio!.statusUpdateIntervalWeeks,
      latestStatusDate: latestStatusUpdate ? toIsoDate(latestStatusUpdate.statusDate) : null,
      startedOn: startedOn ?? null,
      asOf,
    }),
  };
}
