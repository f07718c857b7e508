import type { ProjectModel } from '@lagesbild/db';
import { fromIsoDate, toIsoDate } from '@lagesbild/types';
import type { ParsedProjectMoveInput } from '@lagesbild/types';
import type { Transaction } from '../audit';
import type { AccessScope } from '../../authorization/access-scope';
import { currentProjectAt, updateProjectAt } from './project-writes';
import { fieldError } from '../../errors';

/**
 * The portfolio a project may be moved to: one the user can see and holds the portfolio office
 * role for (the role in the project's own unit the access rule has checked).
 */
export async function requireTargetPortfolio(
  tx: Transaction,
  portfolioId: number,
  access: AccessScope,
  field: string,
): Promise<void> {
  const target = await tx.portfolio.findUnique({ where: { id: portfolioId } });
  if (!target || !access.canRead(target.orgUnitId)) throw fieldError(field, 'unknownPortfolio');
  if (!access.holds('PORTFOLIO_OFFICE', target.orgUnitId)) throw fieldError(field, 'portfolioNotAllowed');
}

/**
 * Records the move of a project between portfolios on a date. Moves are kept in date order, so a
 * view of an earlier period can place the project where it was: a move dated before the
 * project's latest one is refused rather than rewriting that history.
 */
export async function recordProjectMove(
  tx: Transaction,
  project: ProjectModel,
  move: { toPortfolioId: number; movedOn: string; reason: string },
  userId: number,
): Promise<void> {
  const latest = await tx.projectMove.findFirst({
    where: { projectId: project.id },
    orderBy: [{ movedOn: 'desc' }, { id: 'desc' }],
  });
  if (latest && move.movedOn < toIsoDate(latest.movedOn)) throw fieldError('input.movedOn', 'beforeLatestMove');
  await tx.projectMove.create({
    data: {
      projectId: project.id,
      fromPortfolioId: project.portfolioId,
      toPortfolioId: move.toPortfolioId,
      reason: move.reason,
      movedOn: fromIsoDate(move.movedOn),
      createdById: userId,
    },
  });
}

/** Moves a project to another portfolio on a date, with its reason, from a form that saw `expectedVersion`. */
export async function moveProject(
  tx: Transaction,
  input: ParsedProjectMoveInput,
  access: AccessScope,
  userId: number,
): Promise<ProjectModel> {
  const current = await currentProjectAt(tx, input.projectId, input.expectedVersion);
  if (input.toPortfolioId === current.portfolioId) throw fieldError('input.toPortfolioId', 'samePortfolio');
  await requireTargetPortfolio(tx, input.toPortfolioId, access, 'input.toPortfolioId');
  await recordProjectMove(tx, current, input, userId);
  return updateProjectAt(tx, current, { portfolioId: input.toPortfolioId });
}
