import type { ProjectModel } from '@lagesbild/db';
import { fromIsoDate } from '@lagesbild/types';
import type { ParsedProjectDetailsInput } from '@lagesbild/types';
import type { Transaction } from '../audit';
import type { AccessScope } from '../../authorization/access-scope';
import { currentProjectAt, updateProjectAt } from './project-writes';
import { fieldError } from '../../errors';

const dateOrNull = (text: string | null) => (text ? fromIsoDate(text) : null);

/**
 * Saves a project's details from a form that saw `expectedVersion`. Moving the project to
 * another portfolio needs the portfolio office role there too.
 */
export async function updateProjectDetails(
  tx: Transaction,
  input: ParsedProjectDetailsInput,
  access: AccessScope,
): Promise<ProjectModel> {
  const current = await currentProjectAt(tx, input.id, input.expectedVersion);
  if (input.portfolioId !== current.portfolioId) {
    const target = await tx.portfolio.findUnique({ where: { id: input.portfolioId } });
    if (!target || !access.canRead(target.orgUnitId)) throw fieldError('input.portfolioId', 'unknownPortfolio');
    if (!access.holds('PORTFOLIO_OFFICE', target.orgUnitId)) {
      throw fieldError('input.portfolioId', 'portfolioNotAllowed');
    }
  }
  return updateProjectAt(tx, current, {
    name: input.name,
    portfolioId: input.portfolioId,
    description: input.description,
    owner: input.owner,
    manager: input.manager,
    phase: input.phase,
    plannedStart: dateOrNull(input.plannedStart),
    plannedEnd: dateOrNull(input.plannedEnd),
    actualStart: dateOrNull(input.actualStart),
    actualEnd: dateOrNull(input.actualEnd),
    budgetTkr: input.budgetTkr,
    costToDateTkr: input.costToDateTkr,
  });
}
