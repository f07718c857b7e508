import type { ProjectModel } from '@lagesbild/db';
import { fromIsoDate, isoToday } from '@lagesbild/types';
import type { ParsedProjectDetailsInput } from '@lagesbild/types';
import type { Transaction } from '../audit';
import type { AccessScope, OrgTreeNode } from '../../authorization/access-scope';
import { resolvePeople } from './project-people-service';
import { currentProjectAt, updateProjectAt } from './project-writes';
import { recordProjectMove, requireTargetPortfolio } from './project-move-service';

const dateOrNull = (text: string | null) => (text ? fromIsoDate(text) : null);

/**
 * Saves a project's details from a form that saw `expectedVersion`. Moving the project to
 * another portfolio needs the portfolio office role there too, and is recorded as a move of
 * today without a reason (moveProject takes a date and a reason), so views of earlier periods
 * still place the project where it was.
 */
export async function updateProjectDetails(
  tx: Transaction,
  input: ParsedProjectDetailsInput,
  access: AccessScope,
  userId: number,
  orgTree: readonly OrgTreeNode[],
): Promise<ProjectModel> {
  const current = await currentProjectAt(tx, input.id, input.expectedVersion);
  if (input.portfolioId !== current.portfolioId) {
    await requireTargetPortfolio(tx, input.portfolioId, access, 'input.portfolioId');
    await recordProjectMove(tx, current, { toPortfolioId: input.portfolioId, movedOn: isoToday(), reason: '' }, userId);
  }
  // The people are options of the unit of the portfolio the project ends up in.
  const portfolio = await tx.portfolio.findUniqueOrThrow({ where: { id: input.portfolioId } });
  const [owner, manager] = await resolvePeople(tx, orgTree, portfolio.orgUnitId, [
    { field: 'input.ownerUserId', userId: input.ownerUserId, name: input.owner, linkedUserId: current.ownerUserId },
    {
      field: 'input.managerUserId',
      userId: input.managerUserId,
      name: input.manager,
      linkedUserId: current.managerUserId,
    },
  ]);
  return updateProjectAt(tx, current, {
    name: input.name,
    portfolioId: input.portfolioId,
    description: input.description,
    owner: owner!.name,
    ownerUserId: owner!.userId,
    manager: manager!.name,
    managerUserId: manager!.userId,
    phase: input.phase,
    plannedStart: dateOrNull(input.plannedStart),
    plannedEnd: dateOrNull(input.plannedEnd),
    actualStart: dateOrNull(input.actualStart),
    actualEnd: dateOrNull(input.actualEnd),
    budgetTkr: input.budgetTkr,
    costToDateTkr: input.costToDateTkr,
    forecastTkr: input.forecastTkr,
  });
}
