import type { OrgUnitModel, PrismaClient } from '@lagesbild/db';
import { inTreeOrder } from '@lagesbild/types';
import type { TreeNode } from '@lagesbild/types';
import type { Transaction } from '../audit';

/** Every org unit, siblings in display order (by sort order, then name); parents not necessarily first. */
export function readOrgUnitsInDisplayOrder(db: PrismaClient | Transaction): Promise<OrgUnitModel[]> {
  return db.orgUnit.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }] });
}

/** The unit of a code among the units the request read with its org tree (context.ts), or null. */
export function findUnitByCode<Unit extends { code: string }>(units: readonly Unit[], code: string): Unit | null {
  return units.find((unit) => unit.code === code) ?? null;
}

/** Every org unit, parents before children and siblings in display order. */
export async function listOrgUnitsInTreeOrder(prisma: PrismaClient): Promise<OrgUnitModel[]> {
  return inTreeOrder(await readOrgUnitsInDisplayOrder(prisma));
}

/**
 * The municipality: the root unit (the first one, as the first administrator's creation finds
 * it), whose perspectives, risk categories and risk scale every unit shares.
 */
export function findCity(db: PrismaClient | Transaction): Promise<OrgUnitModel | null> {
  return db.orgUnit.findFirst({ where: { parentId: null }, orderBy: { id: 'asc' } });
}

/** The units of the given codes; unknown codes are left out. */
export function findOrgUnitsByCodes(prisma: PrismaClient, codes: readonly string[]): Promise<OrgUnitModel[]> {
  return prisma.orgUnit.findMany({ where: { code: { in: [...codes] } } });
}

/** A unit of the request's org tree (context.ts), as far as finding a unit and its subtree needs. */
export type OrgTreeUnit = TreeNode & Pick<OrgUnitModel, 'code'>;

/** The ids of a unit and every unit under it, in tree order, or none for an unknown unit. */
export function findSubtreeIds(orgTree: readonly OrgTreeUnit[], orgUnitCode: string): number[] {
  const unit = findUnitByCode(orgTree, orgUnitCode);
  return unit ? inTreeOrder(orgTree, unit.id).map((node) => node.id) : [];
}
