import type { PrismaClient, ValueImportModel, ValueImportRowModel, ValueImportRowStatus } from '@lagesbild/db';

/** A preview, only for the user who uploaded it: anyone else is answered as if it did not exist. */
export function findOwnValueImport(prisma: PrismaClient, id: string, userId: number): Promise<ValueImportModel | null> {
  return prisma.valueImport.findFirst({ where: { id, userId } });
}

/** A page of a preview's rows in file order, of one status or all. */
export function listValueImportRows(
  prisma: PrismaClient,
  importId: string,
  status: ValueImportRowStatus | null | undefined,
  page: { skip: number; take: number },
): Promise<ValueImportRowModel[]> {
  return prisma.valueImportRow.findMany({
    where: { importId, ...(status ? { status } : {}) },
    orderBy: { rowNumber: 'asc' },
    ...page,
  });
}
