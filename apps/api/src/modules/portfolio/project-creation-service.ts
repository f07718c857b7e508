import type { ProjectModel } from '@lagesbild/db';
import { fromIsoDate } from '@lagesbild/types';
import type { ParsedCreateProjectInput, ParsedProjectPhaseChangeInput } from '@lagesbild/types';
import type { Transaction } from '../audit';
import { notFound } from '../../errors';
import type { OrgTreeNode } from '../../authorization/access-scope';
import { currentProjectAt, updateProjectAt } from './project-writes';
import { resolvePeople } from './project-people-service';

/** A new project of a portfolio: not started, so it has planned dates only and no state changes yet. */
export async function createProject(
  tx: Transaction,
  input: ParsedCreateProjectInput,
  orgTree: readonly OrgTreeNode[],
): Promise<ProjectModel> {
  const portfolio = await tx.portfolio.findUnique({ where: { id: input.portfolioId } });
  if (!portfolio) throw notFound();
  const [owner, manager] = await resolvePeople(tx, orgTree, portfolio.orgUnitId, [
    { field: 'input.ownerUserId', userId: input.ownerUserId, name: input.owner },
    { field: 'input.managerUserId', userId: input.managerUserId, name: input.manager },
  ]);
  return tx.project.create({
    data: {
      portfolioId: portfolio.id,
      name: input.name,
      description: input.description,
      owner: owner!.name,
      ownerUserId: owner!.userId,
      manager: manager!.name,
      managerUserId: manager!.userId,
      phase: input.phase,
      state: 'NOT_STARTED',
      plannedStart: input.plannedStart ? fromIsoDate(input.plannedStart) : null,
      plannedEnd: input.plannedEnd ? fromIsoDate(input.plannedEnd) : null,
      budgetTkr: input.budgetTkr,
      forecastTkr: input.forecastTkr,
    },
  });
}

/** Moves a project to another phase (from the board), if nobody has saved it since the board was loaded. */
export async function changeProjectPhase(tx: Transaction, input: ParsedProjectPhaseChangeInput): Promise<ProjectModel> {
  const current = await currentProjectAt(tx, input.projectId, input.expectedVersion);
  return updateProjectAt(tx, current, { phase: input.phase });
}
