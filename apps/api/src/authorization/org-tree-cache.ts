import type { PrismaClient } from '@lagesbild/db';
import { readDataVersion } from '../modules/audit';
import type { OrgTreeNode } from './access-scope';

/**
 * The organisation's shape (each unit's parent), which every signed-in request's access rules
 * read, kept per data version: any change to the units is an audited write, which advances the
 * version (data-version.ts), so the tree read at a version holds as long as the version does.
 * A request then reads the version (which the answer cache needs anyway) instead of every unit.
 * One per database: a version number means nothing across databases.
 */
export class OrgTreeCache {
  private latest: { dataVersion: string; tree: readonly OrgTreeNode[] } | null = null;

  /** The committed data version, and the tree as of it or later. */
  async read(prisma: PrismaClient): Promise<{ dataVersion: string; tree: readonly OrgTreeNode[] }> {
    const dataVersion = await readDataVersion(prisma);
    if (this.latest?.dataVersion === dataVersion) return this.latest;
    // Read after the version, so never older than it; kept only once read, so that a request
    // whose client went away (its reads refused) does not fail the others.
    const tree = await prisma.orgUnit.findMany({ select: { id: true, parentId: true } });
    this.latest = { dataVersion, tree };
    return this.latest;
  }
}
