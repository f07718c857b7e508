import { randomUUID } from 'node:crypto';
import type { PrismaClient, ValueImportKind, ValueImportRowStatus } from '@lagesbild/db';
import type { AccessScope } from '../../authorization/access-scope';

/** Who uploads a file: the preview is theirs alone, and their scope decides which rows may be written. */
export interface ImportingUser {
  id: number;
  access: AccessScope;
}

/** Rows are stored this many to a statement: set-based, with each statement's parameter of bounded size. */
const ROWS_PER_STATEMENT = 5_000;
/** A preview nobody committed or cancelled is dropped after a day. */
const PREVIEW_LIFETIME_HOURS = 24;
/** Rows between two turns of the event loop, so classifying 100,000 rows does not hold it for seconds. */
const ROWS_PER_TURN = 2_000;

/** `items.map(map)`, letting other requests run every ROWS_PER_TURN items. */
export async function mapInTurns<T, U>(items: readonly T[], map: (item: T) => U): Promise<U[]> {
  const mapped: U[] = [];
  for (let start = 0; start < items.length; start += ROWS_PER_TURN) {
    if (start > 0) await new Promise((resolve) => setImmediate(resolve));
    for (const item of items.slice(start, start + ROWS_PER_TURN)) mapped.push(map(item));
  }
  return mapped;
}

/**
 * Stores a classified file as its uploader's preview, whatever its kind: the preview with its
 * counts, then its rows a chunk at a time through the kind's `insertRows` (one statement for a
 * chunk, given the chunk as JSON). Previews older than a day are dropped on the way.
 */
export async function storePreview<Row extends { status: ValueImportRowStatus }>(
  prisma: PrismaClient,
  preview: { kind: ValueImportKind; userId: number; fileName: string; treeVersion?: string },
  rows: readonly Row[],
  insertRows: (id: string, chunk: string) => Promise<void>,
): Promise<string> {
  const id = randomUUID();
  const count = (status: ValueImportRowStatus) => rows.filter((row) => row.status === status).length;
  await prisma.valueImport.deleteMany({
    where: { createdAt: { lt: new Date(Date.now() - PREVIEW_LIFETIME_HOURS * 3_600_000) } },
  });
  await prisma.valueImport.create({
    data: {
      id,
      kind: preview.kind,
      userId: preview.userId,
      fileName: preview.fileName.slice(0, 255),
      treeVersion: preview.treeVersion ?? null,
      newCount: count('NEW'),
      changedCount: count('CHANGED'),
      unchangedCount: count('UNCHANGED'),
      invalidCount: count('INVALID'),
    },
  });
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    await insertRows(id, JSON.stringify(rows.slice(start, start + ROWS_PER_STATEMENT)));
  }
  return id;
}
