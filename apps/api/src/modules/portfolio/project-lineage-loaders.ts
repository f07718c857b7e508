import DataLoader from 'dataloader';
import type { PrismaClient } from '@lagesbild/db';
import { groupRowsByKey } from '../../loaders/group-by-key';
import type { ProjectLineageLinkRow } from './project-lineage-service';

const byDateAndId = [{ occurredOn: 'asc' as const }, { id: 'asc' as const }];

/** The loaders of projects' lineage: one statement for the origins and one for the successors of all projects asked for. */
export function createProjectLineageLoaders(prisma: PrismaClient) {
  return {
    /** The links to the projects each project was split or merged from, oldest first. */
    originsOfProject: new DataLoader<number, ProjectLineageLinkRow[]>(async (projectIds) =>
      groupRowsByKey(
        projectIds,
        (
          await prisma.projectLineage.findMany({
            where: { successorId: { in: [...projectIds] } },
            orderBy: byDateAndId,
          })
        ).map((link) => ({ ...link, otherProjectId: link.originId })),
        (link) => link.successorId,
      ),
    ),
    /** The links to the projects each project was split or merged into, oldest first. */
    successorsOfProject: new DataLoader<number, ProjectLineageLinkRow[]>(async (projectIds) =>
      groupRowsByKey(
        projectIds,
        (
          await prisma.projectLineage.findMany({ where: { originId: { in: [...projectIds] } }, orderBy: byDateAndId })
        ).map((link) => ({ ...link, otherProjectId: link.successorId })),
        (link) => link.originId,
      ),
    ),
  };
}
