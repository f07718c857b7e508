import type { PrismaClient } from '@lagesbild/db';
import { createRecordNameLoader } from './audit-record-names';

/** The audit log's per-request loaders: the names of the records its events concern. */
export function createAuditLoaders(prisma: PrismaClient) {
  return { recordName: createRecordNameLoader(prisma) };
}
