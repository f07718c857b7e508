import DataLoader from 'dataloader';
import type {
  PortfolioModel,
  PrismaClient,
  ProjectModel,
  ProjectStateChangeModel,
  ProjectStatusReportModel,
  StatusDeviationModel,
} from '@lagesbild/db';
import { endOfMonthIso, fromIsoDate } from '@lagesbild/types';
import { groupRowsByKey, rowByKey } from '../../loaders/group-by-key';
import type { InMonth } from '../../loaders/month-loader';
import { createMonthLoader } from '../../loaders/month-loader';

/** Newest first; two reports of one day in the order they were filed. */
const NEWEST_REPORT_FIRST = [{ reportDate: 'desc' }, { id: 'desc' }] as const;

export function createPortfolioLoaders(prisma: PrismaClient) {
  const projectById = new DataLoader<number, ProjectModel | null>(async (ids) =>
    rowByKey(ids, await prisma.project.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
  );
  return {
    portfolioById: new DataLoader<number, PortfolioModel | null>(async (ids) =>
      rowByKey(ids, await prisma.portfolio.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
    ),
    projectById,
    projectsOfPortfolio: new DataLoader<number, ProjectModel[]>(async (portfolioIds) => {
      const projects = await prisma.project.findMany({
        where: { portfolioId: { in: [...portfolioIds] } },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      });
      // The access checks of the projects' reports look their projects up by id: from the
      // cache, rather than in batches whose number depends on when each check runs.
      for (const project of projects) projectById.prime(project.id, project);
      return groupRowsByKey(portfolioIds, projects, (project) => project.portfolioId);
    }),
    /** Every report of each project, newest first. */
    reportsOfProject: new DataLoader<number, ProjectStatusReportModel[]>(async (projectIds) =>
      groupRowsByKey(
        projectIds,
        await prisma.projectStatusReport.findMany({
          where: { projectId: { in: [...projectIds] } },
          orderBy: [...NEWEST_REPORT_FIRST],
        }),
        (report) => report.projectId,
      ),
    ),
    /** The reports of each project up to the end of a month, newest first: one query per month asked for. */
    reportsOfProjectUpTo: new DataLoader<InMonth, ProjectStatusReportModel[], string>(
      async (keys) => {
        const found = new Map<string, ProjectStatusReportModel[]>();
        const months = new Map(keys.map((key) => [`${key.year}-${key.month}`, key]));
        for (const [monthKey, month] of months) {
          const projectIds = keys.filter((key) => `${key.year}-${key.month}` === monthKey).map((key) => key.id);
          const reports = await prisma.projectStatusReport.findMany({
            where: { projectId: { in: projectIds }, reportDate: { lte: fromIsoDate(endOfMonthIso(month)) } },
            orderBy: [...NEWEST_REPORT_FIRST],
          });
          for (const report of reports) {
            const key = `${report.projectId}@${monthKey}`;
            found.set(key, [...(found.get(key) ?? []), report]);
          }
        }
        return keys.map((key) => found.get(`${key.id}@${key.year}-${key.month}`) ?? []);
      },
      { cacheKeyFn: ({ id, year, month }) => `${id}@${year}-${month}` },
    ),
    deviationsOfReport: new DataLoader<number, StatusDeviationModel[]>(async (reportIds) =>
      groupRowsByKey(
        reportIds,
        await prisma.statusDeviation.findMany({
          where: { reportId: { in: [...reportIds] } },
          orderBy: [{ dimension: 'asc' }],
        }),
        (deviation) => deviation.reportId,
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
