import type { ProjectModel } from '@lagesbild/db';
import { fromIsoDate } from '@lagesbild/types';
import type { ParsedCreateProjectInput, ParsedProjectPhaseChangeInput } from '@lagesbild/types';
import type { Transaction } from '../audit';
import { notFound } from '../../errors';
import { currentProjectAt, updateProjectAt } from './project-writes';

/** A new project of a portfolio: not started, so it has planned dates only and no state changes yet. */
export async function createProject(tx: Transaction, input: ParsedCreateProjectInput): Promise<ProjectModel> {
  const portfolio = await tx.portfolio.findUnique({ where: { id: input.portfolioId } });
  if (!portfolio) throw notFound();
  return tx.project.create({
    data: {
      portfolioId: portfolio.id,
      name: input.name,
      description: input.description,
      owner: input.owner,
      manager: input.manager,
      phase: input.phase,
      state: 'NOT_STARTED',
      plannedStart: input.plannedStart ? fromIsoDate(input.plannedStart) : null,
      plannedEnd: input.plannedEnd ? fromIsoDate(input.plannedEnd) : null,
      budgetTkr: input.budgetTkr,
    },
  });
}

/** Moves a project to another phase (from the board), if nobody has saved it since the board was loaded. */
export async function changeProjectPhase(tx: Transaction, input: ParsedProjectPhaseChangeInput): Promise<ProjectModel> {
  const current = await currentProjectAt(tx, input.projectId, input.expectedVersion);
  return updateProjectAt(tx, current, { phase: input.phase });
}
