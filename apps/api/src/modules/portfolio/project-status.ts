import type { ProjectModel, ProjectStatusReportModel } from '@lagesbild/db';
import { hasNoRecentReport, isoToday, judgedOnDay, reportsSinceColourChange, toIsoDate } from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';
import type { Loaders } from '../../context';

export interface ProjectStatusRow {
  latestReport: ProjectStatusReportModel | null;
  reportsSinceColourChange: number | null;
  noRecentReport: boolean;
}

/**
 * A project's status as of the end of a month (or today, for the month under way): its
 * reports up to then and the date it was last started come from batched loaders, so a
 * board of any size costs the same few queries.
 */
export async function projectStatusAsOf(
  project: ProjectModel,
  month: YearMonth,
  loaders: Loaders,
  today = isoToday(),
): Promise<ProjectStatusRow> {
  const asOf = judgedOnDay(month, today);
  const [reports, stateChanges, portfolio] = await Promise.all([
    loaders.reportsOfProjectUpTo.load({ id: project.id, ...month }),
    loaders.stateChangesOfProject.load(project.id),
    loaders.portfolioById.load(project.portfolioId),
  ]);
  const starts = stateChanges.filter((change) => change.toState === 'STARTED').map((change) => change.changedOn);
  const startedOn = [...starts, ...(project.actualStart ? [project.actualStart] : [])]
    .map(toIsoDate)
    .filter((date) => date <= asOf)
    .sort()
    .at(-1);
  const latestReport = reports[0] ?? null;
  return {
    latestReport,
    reportsSinceColourChange: reportsSinceColourChange(reports),
    noRecentReport: hasNoRecentReport({
      state: project.state,
      reportingIntervalWeeks: portfolio!.reportingIntervalWeeks,
      latestReportDate: latestReport ? toIsoDate(latestReport.reportDate) : null,
      startedOn: startedOn ?? null,
      asOf,
    }),
  };
}
