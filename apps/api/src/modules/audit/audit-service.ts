import type { AuditEventModel, Prisma, PrismaClient } from '@lagesbild/db';

export const AUDIT_PAGE_MAX = 100;

export function listHistory(prisma: PrismaClient, entityType: string, entityId: string): Promise<AuditEventModel[]> {
  return prisma.auditEvent.findMany({
    where: { entityType, entityId },
    orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
    take: 500,
  });
}

export interface AuditLogQuery {
  entityType?: string | null;
  authorId?: number | null;
  orgUnitId?: number | null;
  from?: Date | null;
  to?: Date | null;
  first: number;
  /** The id of the last event of the previous page. */
  after?: bigint | null;
}

/** A page of the audit log, newest first, with the cursor of the next page. */
export async function listAuditLog(
  prisma: PrismaClient,
  query: AuditLogQuery,
): Promise<{ events: AuditEventModel[]; nextCursor: string | null }> {
  const where: Prisma.AuditEventWhereInput = {
    ...(query.entityType ? { entityType: query.entityType } : {}),
    ...(query.authorId ? { userId: query.authorId } : {}),
    ...(query.orgUnitId ? { orgUnitId: query.orgUnitId } : {}),
    occurredAt: { ...(query.from ? { gte: query.from } : {}), ...(query.to ? { lt: query.to } : {}) },
    ...(query.after ? { id: { lt: query.after } } : {}),
  };
  const events = await prisma.auditEvent.findMany({ where, orderBy: { id: 'desc' }, take: query.first + 1 });
  const page = events.slice(0, query.first);
  return { events: page, nextCursor: events.length > query.first ? String(page.at(-1)!.id) : null };
}
