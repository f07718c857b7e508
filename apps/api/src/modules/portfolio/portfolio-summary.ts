import type { PortfolioModel, ProjectModel, ProjectStatusUpdateModel, StatusDeviationModel } from '@lagesbild/db';
import { judgedOnDay, toIsoDate } from '@lagesbild/types';
import { ENDED_STATES } from './projects-as-of';
import type { RequestContext } from '../../context';

/**
 * A portfolio's budget and forecast: sums over its projects today. A project split or merged
 * into others has handed its budget and forecast on to them, so only its cost to date (money
 * spent) still counts: its budget beside its parts' shares would count twice.
 */
export function portfolioBudget(projects: readonly ProjectModel[], carriedOn: ReadonlySet<number>) {
  const planned = projects.filter((project) => !carriedOn.has(project.id));
  return {
    budgetTkr: planned.reduce((sum, project) => sum + (project.budgetTkr ?? 0), 0),
    costToDateTkr: projects.reduce((sum, project) => sum + (project.costToDateTkr ?? 0), 0),
    forecastTkr: planned.reduce((sum, project) => sum + (project.forecastTkr ?? 0), 0),
    projectsWithoutBudget: planned.filter((project) => project.budgetTkr === null).length,
    projectsWithoutForecast: planned.filter((project) => project.forecastTkr === null).length,
  };
}

export interface OverdueActionRow {
  project: ProjectModel;
  statusUpdate: ProjectStatusUpdateModel;
  dimension: StatusDeviationModel['dimension'];
  action: string;
  actionOwner: string | null;
  actionDueDate: string;
}

/**
 * The actions of each project's latest status update up to the month whose due date had
 * passed on the day the month is judged on (its last day, or today while it runs): a newer
 * status update replaces the older one's actions. The projects are the portfolio's as they
 * stood at the end of the month (findProjectsAsOf), and one closed or given up by then has no
 * actions left to chase. Read through the request's loaders, so the statements do not grow with
 * the number of portfolios or projects.
 */
export async function overdueActionsOfPortfolio(
  portfolio: PortfolioModel,
  month: { year: number; month: number },
  { loaders }: RequestContext,
): Promise<OverdueActionRow[]> {
  const day = judgedOnDay(month);
  const members = await loaders.projectsOfPortfolioAsOf.load({ id: portfolio.id, ...month });
  const asOf = await Promise.all(members.map((project) => loaders.projectAsOf.load({ id: project.id, ...month })));
  const projects = members.filter((_project, index) => !ENDED_STATES.includes(asOf[index]!.state));
  const latest = await Promise.all(
    projects.map(async (project) => ({
      project,
      statusUpdate: (await loaders.statusUpdatesOfProjectUpTo.load({ id: project.id, ...month }))[0],
    })),
  );
  const withDeviations = await Promise.all(
    latest
      .filter((row): row is { project: ProjectModel; statusUpdate: ProjectStatusUpdateModel } => !!row.statusUpdate)
      .map(async (row) => ({ ...row, deviations: await loaders.deviationsOfStatusUpdate.load(row.statusUpdate.id) })),
  );
  return withDeviations
    .flatMap(({ project, statusUpdate, deviations }) =>
      deviations
        .filter((deviation) => deviation.actionDueDate !== null && toIsoDate(deviation.actionDueDate) < day)
        .map((deviation) => ({
          project,
          statusUpdate,
          dimension: deviation.dimension,
          action: deviation.action,
          actionOwner: deviation.actionOwner,
          actionDueDate: toIsoDate(deviation.actionDueDate!),
        })),
    )
    .sort(
      (a, b) => a.actionDueDate.localeCompare(b.actionDueDate) || a.project.name.localeCompare(b.project.name, 'sv'),
    );
}
