import type { OrgUnitModel, PortfolioModel } from '@lagesbild/db';
import { inTreeOrder } from '@lagesbild/types';
import type { ParsedCreatePortfolioInput, ParsedUpdatePortfolioInput } from '@lagesbild/types';
import type { Transaction } from '../audit';
import type { AccessScope, OrgTreeNode } from '../../authorization/access-scope';
import { resolvePeople } from './project-people-service';
import { conflict, fieldError, insertUnlessTaken, isRecordNotFound, notFound } from '../../errors';

/** A portfolio as its form shows it: what a conflict hands back as the current values. */
function shownInConflict(portfolio: PortfolioModel | null) {
  if (!portfolio) return null;
  const { id, name, owner, ownerUserId, statusUpdateIntervalWeeks, version } = portfolio;
  return {
    id: String(id),
    name,
    owner,
    ownerUserId: ownerUserId === null ? null : String(ownerUserId),
    statusUpdateIntervalWeeks,
    version,
  };
}

/** A portfolio name is unique within its unit, whatever its case. */
async function requireFreeName(tx: Transaction, orgUnitId: number, name: string, exceptId?: number): Promise<void> {
  const taken = await tx.portfolio.findFirst({
    where: { orgUnitId, name: { equals: name, mode: 'insensitive' }, ...(exceptId ? { id: { not: exceptId } } : {}) },
  });
  if (taken) throw fieldError('input.name', 'portfolioNameTaken');
}

/** A new portfolio, last among its unit's portfolios. */
export async function createPortfolio(
  tx: Transaction,
  input: ParsedCreatePortfolioInput,
  orgTree: readonly OrgTreeNode[],
): Promise<PortfolioModel> {
  const unit = await tx.orgUnit.findUnique({ where: { id: input.orgUnitId } });
  if (!unit) throw notFound();
  if (unit.validTo !== null) throw fieldError('input.orgUnitId', 'unitClosed');
  await requireFreeName(tx, unit.id, input.name);
  const [owner] = await resolvePeople(tx, orgTree, unit.id, [
    { field: 'input.ownerUserId', userId: input.ownerUserId, name: input.owner },
  ]);
  const last = await tx.portfolio.findFirst({ where: { orgUnitId: unit.id }, orderBy: { sortOrder: 'desc' } });
  // A concurrent create of the same name is refused by the unique index, as a conflict.
  return insertUnlessTaken(() =>
    tx.portfolio.create({
      data: {
        orgUnitId: unit.id,
        name: input.name,
        owner: owner!.name,
        ownerUserId: owner!.userId,
        statusUpdateIntervalWeeks: input.statusUpdateIntervalWeeks,
        sortOrder: (last?.sortOrder ?? -1) + 1,
      },
    }),
  );
}

/** Saves a portfolio's name, owner and interval from a form that saw `expectedVersion`. */
export async function updatePortfolio(
  tx: Transaction,
  input: ParsedUpdatePortfolioInput,
  orgTree: readonly OrgTreeNode[],
): Promise<PortfolioModel> {
  const current = await tx.portfolio.findUnique({ where: { id: input.id } });
  if (!current) throw notFound();
  if (current.version !== input.expectedVersion) throw conflict(shownInConflict(current));
  await requireFreeName(tx, current.orgUnitId, input.name, current.id);
  const [owner] = await resolvePeople(tx, orgTree, current.orgUnitId, [
    { field: 'input.ownerUserId', userId: input.ownerUserId, name: input.owner, linkedUserId: current.ownerUserId },
  ]);
  try {
    // The version in the WHERE clause makes the check and the write one statement.
    return await tx.portfolio.update({
      where: { id: current.id, version: current.version },
      data: {
        name: input.name,
        owner: owner!.name,
        ownerUserId: owner!.userId,
        statusUpdateIntervalWeeks: input.statusUpdateIntervalWeeks,
        version: { increment: 1 },
      },
    });
  } catch (error) {
    if (!isRecordNotFound(error)) throw error;
    throw conflict(shownInConflict(await tx.portfolio.findUnique({ where: { id: current.id } })));
  }
}

/** The open units where the user may create portfolios, in tree order, from the request's units. */
export function listPortfolioOwningUnits(orgTree: readonly OrgUnitModel[], access: AccessScope): OrgUnitModel[] {
  const openUnits = orgTree.filter((unit) => unit.validTo === null);
  return inTreeOrder(openUnits).filter((unit) => access.holds('PORTFOLIO_OFFICE', unit.id));
}
