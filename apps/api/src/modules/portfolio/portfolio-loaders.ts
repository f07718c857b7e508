import DataLoader from 'dataloader';
import type {
  PortfolioModel,
  PrismaClient,
  ProjectModel,
  ProjectStateChangeModel,
  ProjectStatusUpdateModel,
  StatusDeviationModel,
} from '@lagesbild/db';
import { endOfMonthIso, fromIsoDate } from '@lagesbild/types';
import { groupRowsByKey, rowByKey } from '../../loaders/group-by-key';
import type { InMonth } from '../../loaders/month-loader';
import { createMonthLoader } from '../../loaders/month-loader';
import { createProjectHistoryLoaders } from './project-history-loaders';
import { createProjectLineageLoaders } from './project-lineage-loaders';

/** Newest first; two status updates of one day in the order they were filed. */
const NEWEST_FIRST = [{ statusDate: 'desc' }, { id: 'desc' }] as const;

export function createPortfolioLoaders(prisma: PrismaClient) {
  const projectById = new DataLoader<number, ProjectModel | null>(async (ids) =>
    rowByKey(ids, await prisma.project.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
  );
  return {
    ...createProjectHistoryLoaders(prisma, projectById),
    ...createProjectLineageLoaders(prisma),
    portfolioById: new DataLoader<number, PortfolioModel | null>(async (ids) =>
      rowByKey(ids, await prisma.portfolio.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
    ),
    projectById,
    projectsOfPortfolio: new DataLoader<number, ProjectModel[]>(async (portfolioIds) => {
      const projects = await prisma.project.findMany({
        where: { portfolioId: { in: [...portfolioIds] } },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      });
      // The access checks of the projects' status updates look their projects up by id: from the
      // cache, rather than in batches whose number depends on when each check runs.
      for (const project of projects) projectById.prime(project.id, project);
      return groupRowsByKey(portfolioIds, projects, (project) => project.portfolioId);
    }),
    /** Every status update of each project, newest first. */
    statusUpdatesOfProject: new DataLoader<number, ProjectStatusUpdateModel[]>(async (projectIds) =>
      groupRowsByKey(
        projectIds,
        await prisma.projectStatusUpdate.findMany({
          where: { projectId: { in: [...projectIds] } },
          orderBy: [...NEWEST_FIRST],
        }),
        (statusUpdate) => statusUpdate.projectId,
      ),
    ),
    /** The status updates of each project up to the end of a month, newest first: one query per month asked for. */
    statusUpdatesOfProjectUpTo: new DataLoader<InMonth, ProjectStatusUpdateModel[], string>(
      async (keys) => {
        const found = new Map<string, ProjectStatusUpdateModel[]>();
        const months = new Map(keys.map((key) => [`${key.year}-${key.month}`, key]));
        for (const [monthKey, month] of months) {
          const projectIds = keys.filter((key) => `${key.year}-${key.month}` === monthKey).map((key) => key.id);
          const statusUpdates = await prisma.projectStatusUpdate.findMany({
            where: { projectId: { in: projectIds }, statusDate: { lte: fromIsoDate(endOfMonthIso(month)) } },
            orderBy: [...NEWEST_FIRST],
          });
          for (const statusUpdate of statusUpdates) {
            const key = `${statusUpdate.projectId}@${monthKey}`;
            found.set(key, [...(found.get(key) ?? []), statusUpdate]);
          }
        }
        return keys.map((key) => found.get(`${key.id}@${key.year}-${key.month}`) ?? []);
      },
      { cacheKeyFn: ({ id, year, month }) => `${id}@${year}-${month}` },
    ),
    deviationsOfStatusUpdate: new DataLoader<number, StatusDeviationModel[]>(async (statusUpdateIds) =>
      groupRowsByKey(
        statusUpdateIds,
        await prisma.statusDeviation.findMany({
          where: { statusUpdateId: { in: [...statusUpdateIds] } },
          orderBy: [{ dimension: 'asc' }],
        }),
        (deviation) => deviation.statusUpdateId,
      ),
    ),
    /** Every change of state of each project, oldest first. */
    stateChangesOfProject: new DataLoader<number, ProjectStateChangeModel[]>(async (projectIds) =>
      groupRowsByKey(
        projectIds,
        await prisma.projectStateChange.findMany({
          where: { projectId: { in: [...projectIds] } },
          orderBy: [{ changedOn: 'asc' }, { id: 'asc' }],
        }),
        (change) => change.projectId,
      ),
    ),
    /** The portfolio's status of the month, or the latest before it. */
    portfolioPeriodStatusUpTo: createMonthLoader(
      (portfolioIds, { year, month }) =>
        prisma.portfolioPeriodStatus.findMany({
          where: {
            portfolioId: { in: portfolioIds },
            OR: [{ year: { lt: year } }, { year, month: { lte: month } }],
          },
          orderBy: [{ year: 'desc' }, { month: 'desc' }],
        }),
      (status) => status.portfolioId,
    ),
  };
}
