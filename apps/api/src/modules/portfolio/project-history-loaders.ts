import DataLoader from 'dataloader';
import type { PrismaClient, ProjectModel, ProjectMoveModel } from '@lagesbild/db';
import { groupRowsByKey, rowByKey } from '../../loaders/group-by-key';
import type { InMonth } from '../../loaders/month-loader';
import { endOfMonthDate, findProjectsAsOf } from './projects-as-of';
import type { ProjectAsOfRow } from './projects-as-of';

const monthKey = ({ year, month }: InMonth) => `${year}-${month}`;
const inMonthKey = (key: InMonth) => `${key.id}@${monthKey(key)}`;

/** The keys asked for, grouped by month: each month is one read, whatever the number of ids. */
function byMonth(keys: readonly InMonth[]): Map<string, { month: InMonth; ids: number[] }> {
  const months = new Map<string, { month: InMonth; ids: number[] }>();
  for (const key of keys) {
    const group = months.get(monthKey(key)) ?? { month: key, ids: [] };
    group.ids.push(key.id);
    months.set(monthKey(key), group);
  }
  return months;
}

/**
 * The loaders of a project's dated history (its moves) and of the projects as they stood at the
 * end of a month. `projectById` is primed with what they read, so access checks cost nothing more.
 */
export function createProjectHistoryLoaders(
  prisma: PrismaClient,
  projectById: DataLoader<number, ProjectModel | null>,
) {
  const projectAsOf = new DataLoader<InMonth, ProjectAsOfRow | null, string>(
    async (keys) => {
      const found = new Map<string, ProjectAsOfRow>();
      for (const [key, { month, ids }] of byMonth(keys)) {
        for (const row of await findProjectsAsOf(prisma, endOfMonthDate(month), { projectIds: ids })) {
          found.set(`${row.id}@${key}`, row);
        }
      }
      return keys.map((key) => found.get(inMonthKey(key)) ?? null);
    },
    { cacheKeyFn: inMonthKey },
  );
  return {
    projectAsOf,
    /** The projects of each portfolio at the end of a month, by name: two reads per month asked for. */
    projectsOfPortfolioAsOf: new DataLoader<InMonth, ProjectModel[], string>(
      async (keys) => {
        const found = new Map<string, ProjectModel[]>();
        for (const [key, { month, ids }] of byMonth(keys)) {
          const rows = await findProjectsAsOf(prisma, endOfMonthDate(month), { portfolioIds: ids });
          const projects = rowByKey(
            rows.map((row) => row.id),
            await prisma.project.findMany({ where: { id: { in: rows.map((row) => row.id) } } }),
            (project) => project.id,
          );
          rows.forEach((row, index) => {
            projectAsOf.prime({ year: month.year, month: month.month, id: row.id }, row);
            const project = projects[index]!;
            projectById.prime(project.id, project);
            const portfolioKey = `${row.portfolioId}@${key}`;
            found.set(portfolioKey, [...(found.get(portfolioKey) ?? []), project]);
          });
        }
        return keys.map((key) => found.get(inMonthKey(key)) ?? []);
      },
      { cacheKeyFn: inMonthKey },
    ),
    /** Every move of each project, oldest first. */
    movesOfProject: new DataLoader<number, ProjectMoveModel[]>(async (projectIds) =>
      groupRowsByKey(
        projectIds,
        await prisma.projectMove.findMany({
          where: { projectId: { in: [...projectIds] } },
          orderBy: [{ movedOn: 'asc' }, { id: 'asc' }],
        }),
        (move) => move.projectId,
      ),
    ),
  };
}
