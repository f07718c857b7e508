import type { OrgUnitModel, OrgUnitVersionModel, PrismaClient } from '@lagesbild/db';
import { orgTreeAsOf, toIsoDate, toOptionalIsoDate, versionOn } from '@lagesbild/types';
import type { OrgUnitVersionEntry } from '@lagesbild/types';
import { listOrgUnitsInTreeOrder } from './organisation-service';

function asEntry(version: OrgUnitVersionModel): OrgUnitVersionEntry {
  return {
    orgUnitId: version.orgUnitId,
    validFrom: toIsoDate(version.validFrom),
    name: version.name,
    parentId: version.parentId,
  };
}

/**
 * The tree as it stood on the day (ISO date): the units that existed then, each with the
 * name and parent it had then, parents before children. Two statements, however large the tree.
 */
export async function listOrgUnitsAsOf(prisma: PrismaClient, day: string): Promise<OrgUnitModel[]> {
  const [units, versions] = await Promise.all([listOrgUnitsInTreeOrder(prisma), prisma.orgUnitVersion.findMany()]);
  const dated = units.map((row) => ({
    id: row.id,
    parentId: row.parentId,
    name: row.name,
    validFrom: toOptionalIsoDate(row.validFrom),
    validTo: toOptionalIsoDate(row.validTo),
    row,
  }));
  return orgTreeAsOf(dated, versions.map(asEntry), day).map(({ row, name, parentId }) => ({ ...row, name, parentId }));
}

/** The unit's name on the day (ISO date), from its versions (today's name when it has none). */
export function orgUnitNameOn(
  unit: Pick<OrgUnitModel, 'name'>,
  versions: readonly OrgUnitVersionModel[],
  day: string,
): string {
  return versionOn(versions.map(asEntry), day)?.name ?? unit.name;
}
