import { DEFAULT_RISK_CATEGORIES } from '@lagesbild/db';
import type { PrismaClient, RiskCategoryModel } from '@lagesbild/db';
import { codeOfName, freeCode, MAX_ORDERED_ITEMS } from '@lagesbild/types';
import type {
  createRiskCategoryInputSchema,
  removeRiskCategoryInputSchema,
  reorderRiskCategoriesInputSchema,
  updateRiskCategoryInputSchema,
} from '@lagesbild/types';
import type { z } from 'zod';
import type { Transaction } from '../audit';
import { conflict, fieldError, fieldErrors, insertUnlessTaken, isRecordNotFound, notFound } from '../../errors';
import type { FieldError } from '../../errors';

type Input<Schema extends z.ZodType> = z.output<Schema>;

/** The categories' order, wherever they are listed or risks are grouped by them. */
export const CATEGORY_ORDER = [{ sortOrder: 'asc' as const }, { name: 'asc' as const }, { id: 'asc' as const }];

/**
 * A lock number of its own, taken by every write that changes which categories there are or their
 * order (create, remove, reorder): they take turns, so a reorder reads the list as the write before
 * it left it and a crossing one is refused, where each row's version alone would let two reorders
 * that move different categories both pass and leave an order neither administrator chose.
 */
const CATEGORY_LIST_LOCK = 7031;

async function lockCategoryList(tx: Transaction): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(${CATEGORY_LIST_LOCK}::int)) AS locked`;
}

/** Every category, the retired ones included: the register shows a risk's category whatever became of it. */
export function listRiskCategories(db: PrismaClient | Transaction): Promise<RiskCategoryModel[]> {
  return db.riskCategory.findMany({ orderBy: CATEGORY_ORDER });
}

/**
 * Source 001's six risk categories (Omvärld … Stadenleveranser) in an installation that has none:
 * a risk must have a category, and an empty installation has to be able to register its first
 * risk without the database being edited by hand. Returns how many were created.
 */
export async function ensureRiskCategories(tx: Transaction): Promise<number> {
  if ((await tx.riskCategory.count()) > 0) return 0;
  // One by one: each write of an audited transaction is audited on its own.
  for (const { key, name, sortOrder } of DEFAULT_RISK_CATEGORIES) {
    await tx.riskCategory.create({ data: { code: key, name, sortOrder } });
  }
  return DEFAULT_RISK_CATEGORIES.length;
}

/**
 * The category a new risk, or a risk moved to another category, goes into: one that exists and is
 * not retired. A risk already in a retired category may stay there. The row is read FOR SHARE, so
 * that a removal or a retirement saved at the same moment waits for the risk or is waited for
 * (see removeRiskCategory): never a risk in a removed category, nor an internal error.
 */
export async function requireCategoryFor(
  tx: Transaction,
  categoryId: number,
  currentCategoryId: number | null = null,
): Promise<void> {
  const [category] = await tx.$queryRaw<{ id: number; retiredAt: Date | null }[]>`
    SELECT "id", "retiredAt" FROM "RiskCategory" WHERE "id" = ${categoryId} FOR SHARE`;
  if (!category) throw fieldError('input.categoryId', 'unknownCategory');
  if (category.retiredAt && category.id !== currentCategoryId) throw fieldError('input.categoryId', 'categoryRetired');
}

/** Two categories are never called the same (case and surrounding space aside). */
async function requireFreeName(tx: Transaction, name: string, exceptId?: number): Promise<void> {
  const taken = await tx.riskCategory.findFirst({
    where: {
      name: { equals: name, mode: 'insensitive' },
      ...(exceptId === undefined ? {} : { id: { not: exceptId } }),
    },
    select: { id: true },
  });
  if (taken) throw fieldError('input.name', 'nameTaken');
}

/** A new category, last in the order, with a code made from its name. */
export async function createRiskCategory(
  tx: Transaction,
  input: Input<typeof createRiskCategoryInputSchema>,
): Promise<RiskCategoryModel> {
  await lockCategoryList(tx);
  await requireFreeName(tx, input.name);
  // A longer list could not be put in order (reorderRiskCategories takes at most that many).
  if ((await tx.riskCategory.count()) >= MAX_ORDERED_ITEMS) throw fieldError('input.name', 'listFull');
  const base = codeOfName(input.name, 'kategori');
  const [sameCodes, last] = await Promise.all([
    tx.riskCategory.findMany({ where: { code: { startsWith: base } }, select: { code: true } }),
    tx.riskCategory.findFirst({ orderBy: { sortOrder: 'desc' }, select: { sortOrder: true } }),
  ]);
  return insertUnlessTaken(() =>
    tx.riskCategory.create({
      data: {
        code: freeCode(
          base,
          sameCodes.map((category) => category.code),
        ),
        name: input.name,
        sortOrder: (last?.sortOrder ?? 0) + 1,
      },
    }),
  );
}

/** A category as a conflict shows it to the form: as the API's type has it. */
function shownInConflict(category: RiskCategoryModel | null) {
  return (
    category && {
      id: String(category.id),
      code: category.code,
      name: category.name,
      sortOrder: category.sortOrder,
      retired: category.retiredAt !== null,
      version: category.version,
    }
  );
}

async function loadAtVersion(tx: Transaction, id: number, expectedVersion: number): Promise<RiskCategoryModel> {
  const current = await tx.riskCategory.findUnique({ where: { id } });
  if (!current) throw notFound();
  if (current.version !== expectedVersion) throw conflict(shownInConflict(current));
  return current;
}

/**
 * Renames a category, retires it or puts it back in use. Its code stays: it is the category's
 * identity in imports and links. Retiring keeps the date it was first retired on.
 */
export async function updateRiskCategory(
  tx: Transaction,
  input: Input<typeof updateRiskCategoryInputSchema>,
): Promise<RiskCategoryModel> {
  // The list's lock, as an added category takes it: a rename and an addition of the same name at
  // once must not both pass the case-blind check.
  await lockCategoryList(tx);
  const current = await loadAtVersion(tx, input.id, input.expectedVersion);
  if (current.name === input.name && Boolean(current.retiredAt) === input.retired) return current;
  if (current.name.toLocaleLowerCase('sv') !== input.name.toLocaleLowerCase('sv')) {
    await requireFreeName(tx, input.name, input.id);
  }
  try {
    return await tx.riskCategory.update({
      where: { id: current.id, version: current.version },
      data: {
        name: input.name,
        retiredAt: input.retired ? (current.retiredAt ?? new Date()) : null,
        version: { increment: 1 },
      },
    });
  } catch (error) {
    if (isRecordNotFound(error))
      throw conflict(shownInConflict(await tx.riskCategory.findUnique({ where: { id: current.id } })));
    throw error;
  }
}

/**
 * Removes a category no risk is in; one that has risks can only be retired, so that no risk ever
 * loses its category. Answers the categories left.
 */
export async function removeRiskCategory(
  tx: Transaction,
  input: Input<typeof removeRiskCategoryInputSchema>,
): Promise<RiskCategoryModel[]> {
  await lockCategoryList(tx);
  const current = await loadAtVersion(tx, input.id, input.expectedVersion);
  // Locked before the risks are counted: a risk being saved into the category (which holds it
  // FOR SHARE) is waited for and counted, and one saved after waits and finds it gone.
  await tx.$queryRaw`SELECT "id" FROM "RiskCategory" WHERE "id" = ${current.id} FOR UPDATE`;
  if ((await tx.risk.count({ where: { categoryId: current.id } })) > 0) throw fieldError('input.id', 'categoryInUse');
  try {
    await tx.riskCategory.delete({ where: { id: current.id, version: current.version } });
  } catch (error) {
    if (isRecordNotFound(error))
      throw conflict(shownInConflict(await tx.riskCategory.findUnique({ where: { id: current.id } })));
    throw error;
  }
  return listRiskCategories(tx);
}

/**
 * Puts the categories in the order given: the order every list of categories shows (the register's
 * filters, the risk dialogs, the settings page, the risks grouped by category). The retired ones are
 * ordered with the rest rather than apart: the settings page lists them among the others and the
 * register still shows them (its filters, the risks kept in them), so the administrator places them
 * where they should appear, and putting one back in use returns it to its place.
 *
 * The list must be exactly the categories, in the order the page showed them: an order made before
 * someone else reordered, added or removed one is refused, not half applied.
 */
export async function reorderRiskCategories(
  tx: Transaction,
  input: Input<typeof reorderRiskCategoriesInputSchema>,
): Promise<RiskCategoryModel[]> {
  await lockCategoryList(tx);
  const rows = await listRiskCategories(tx);
  if (rows.length !== input.expectedIds.length || rows.some((row, index) => row.id !== input.expectedIds[index])) {
    throw conflict(rows.map(shownInConflict));
  }
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ordered = new Set(input.ids);
  const problems: FieldError[] = [
    ...(input.ids.some((id) => !byId.has(id)) ? [{ field: 'input.ids', message: 'unknownCategory' }] : []),
    ...(rows.some((row) => !ordered.has(row.id)) ? [{ field: 'input.ids', message: 'missingCategory' }] : []),
  ];
  if (problems.length > 0) throw fieldErrors(problems);
  // One audited write per category whose place changes. By id, not at the row's version: the lock
  // already makes the whole order the check, and a rename saved meanwhile changes no place.
  for (const [index, id] of input.ids.entries()) {
    if (byId.get(id)!.sortOrder !== index + 1) {
      await tx.riskCategory.update({ where: { id }, data: { sortOrder: index + 1, version: { increment: 1 } } });
    }
  }
  return listRiskCategories(tx);
}
