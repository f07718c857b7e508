import type { OrgUnitModel, PrismaClient } from '@lagesbild/db';
import { readDataVersion } from '../modules/audit';
import { readOrgUnitsInDisplayOrder } from '../modules/organisation';

/**
 * The organisation's units, whole, which every signed-in request's access rules read for their
 * shape (each unit's parent) and its pages for the units' names, kept per data version: any
 * change to the units is an audited write, which advances the version (data-version.ts), so the
 * units read at a version hold as long as the version does. A request then reads the version
 * (which the answer cache needs anyway) instead of every unit, and finds a unit in memory
 * instead of reading it again. One per database: a version number means nothing across databases.
 */
export class OrgTreeCache {
  private latest: { dataVersion: string; tree: readonly OrgUnitModel[] } | null = null;

  /** The committed data version, and the units as of it or later, siblings in display order. */
  async read(prisma: PrismaClient): Promise<{ dataVersion: string; tree: readonly OrgUnitModel[] }> {
    const dataVersion = await readDataVersion(prisma);
    if (this.latest?.dataVersion === dataVersion) return this.latest;
    // Read after the version, so never older than it; kept only once read, so that a request
    // whose client went away (its reads refused) does not fail the others.
    const tree = await readOrgUnitsInDisplayOrder(prisma);
    this.latest = { dataVersion, tree };
    return this.latest;
  }
}
