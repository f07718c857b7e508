import type { Prisma, PrismaClient } from '@lagesbild/db';

/**
 * The data version: a number that every audited write transaction (runAudited) advances just
 * before it commits. It is a row, not a sequence, so that it changes when the write becomes
 * visible and not before: a reader that sees the new number also sees the write.
 */
export async function advanceDataVersion(tx: Prisma.TransactionClient): Promise<string> {
  const [row] = await tx.$queryRaw<{ version: bigint }[]>`
    UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1 RETURNING "version"`;
  return String(row?.version ?? 0);
}

/** The committed data version, as a string (it is a bigint). */
export async function readDataVersion(prisma: PrismaClient): Promise<string> {
  const [row] = await prisma.$queryRaw<{ version: bigint }[]>`SELECT "version" FROM "DataVersion" WHERE "id" = 1`;
  return String(row?.version ?? 0);
}
