import { DEFAULT_PERSPECTIVES } from '@lagesbild/db';
import type { OrgUnitModel, PerspectiveModel, PerspectiveYearModel, Prisma, PrismaClient } from '@lagesbild/db';
import { codeOfName, freeCode, isoToday, MAX_ORDERED_ITEMS } from '@lagesbild/types';
import type {
  ParsedCopyPerspectivesInput,
  ParsedCreatePerspectiveInput,
  ParsedRemovePerspectiveInput,
  ParsedReorderPerspectivesInput,
  ParsedUpdatePerspectiveInput,
} from '@lagesbild/types';
import type { Transaction } from '../audit';
import { findCity } from '../organisation';
import { conflict, fieldError, fieldErrors, insertUnlessTaken, isRecordNotFound, notFound } from '../../errors';
import type { FieldError } from '../../errors';

/** A perspective as it is in one year: its identity with the year's name, place and description. */
export interface PerspectiveOfYear {
  /** The perspective's id (its code is read by its own loader, when asked for). */
  id: number;
  year: number;
  name: string;
  sortOrder: number;
  description: string;
  /** The version of the perspective's year row. */
  version: number;
}

type Reader = PrismaClient | Transaction;
type YearRow = PerspectiveYearModel & { perspective: PerspectiveModel };
/** A year row read on its own: one statement, where an include would be two. */
type PlainYearRow = PerspectiveYearModel;

const IN_ORDER: Prisma.PerspectiveYearOrderByWithRelationInput[] = [
  { sortOrder: 'asc' },
  { name: 'asc' },
  { perspectiveId: 'asc' },
];

/**
 * A lock number of its own, taken with the year by every write that changes which perspectives a
 * year has or their order (add, remove, reorder, copy): they take turns, so each reads the year's
 * list as the write before it left it. Without it two reorders that move different perspectives
 * would both pass their row versions and leave an order neither administrator chose, and two
 * perspectives added at once would share a place.
 */
const YEAR_LIST_LOCK = 7041;

async function lockYearList(tx: Transaction, year: number): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(${YEAR_LIST_LOCK}::int, ${year}::int)) AS locked`;
}

export function currentYear(): number {
  return Number(isoToday().slice(0, 4));
}

export function ofYear(row: PlainYearRow): PerspectiveOfYear {
  return {
    id: row.perspectiveId,
    year: row.year,
    name: row.name,
    sortOrder: row.sortOrder,
    description: row.description,
    version: row.version,
  };
}

async function requireCity(db: Reader): Promise<OrgUnitModel> {
  const city = await findCity(db);
  if (!city) throw notFound();
  return city;
}

/** The city's perspectives of a year, in order; none when the year has none yet. */
export async function listPerspectivesOfYear(db: Reader, year: number): Promise<PerspectiveOfYear[]> {
  const city = await findCity(db);
  if (!city) return [];
  const rows = await db.perspectiveYear.findMany({
    where: { year, perspective: { cityId: city.id } },
    orderBy: IN_ORDER,
  });
  return rows.map(ofYear);
}

/**
 * The list a page shows. With a year: that year's (an administrator plans an empty year by
 * copying). Without: the current year's, or, when the current year has none yet, the latest
 * year's that has any, so the goal filters of an installation not yet set up for this year
 * still offer the perspectives its goals use. A query never writes, so it does not copy.
 */
export async function listPerspectives(db: Reader, year: number | null): Promise<PerspectiveOfYear[]> {
  if (year !== null) return listPerspectivesOfYear(db, year);
  const current = await listPerspectivesOfYear(db, currentYear());
  if (current.length > 0) return current;
  const latest = await db.perspectiveYear.findFirst({
    where: { perspective: { city: { parentId: null } } },
    orderBy: { year: 'desc' },
    select: { year: true },
  });
  return latest ? listPerspectivesOfYear(db, latest.year) : [];
}

/**
 * The perspectives of `(id, year)` pairs, in one query: each as it is in that year, or, for a
 * year it has no row in (a goal created in a year not yet set up), as in the nearest earlier
 * year, else the nearest later one.
 */
export async function findPerspectivesInYears(
  db: Reader,
  keys: readonly { id: number; year: number }[],
): Promise<(PerspectiveOfYear | null)[]> {
  const ids = [...new Set(keys.map((key) => key.id))];
  if (ids.length === 0) return [];
  const rows = await db.perspectiveYear.findMany({ where: { perspectiveId: { in: ids } }, orderBy: { year: 'asc' } });
  const byPerspective = new Map<number, PlainYearRow[]>();
  for (const row of rows) byPerspective.set(row.perspectiveId, [...(byPerspective.get(row.perspectiveId) ?? []), row]);
  return keys.map(({ id, year }) => {
    const years = byPerspective.get(id) ?? [];
    const chosen =
      years.find((row) => row.year === year) ??
      years.filter((row) => row.year < year).at(-1) ??
      years.find((row) => row.year > year);
    return chosen ? ofYear(chosen) : null;
  });
}

/** Rows in the order of their perspectives' places (stable); a perspective without a place comes last. */
function inPlaceOrder<Row extends { perspectiveId: number }>(rows: Row[], placeOf: Map<number, number>): Row[] {
  const place = (row: Row) => placeOf.get(row.perspectiveId) ?? Number.MAX_SAFE_INTEGER;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => place(a.row) - place(b.row) || a.row.perspectiveId - b.row.perspectiveId || a.index - b.index)
    .map(({ row }) => row);
}

/**
 * Rows ordered by their perspective's place in `year` (stable: rows of one perspective keep
 * their order), read through a request's `perspectiveInYear` loader: the same year's place as
 * the name the rows show (the nearest year's when `year` has none), and no statement more than
 * the names cost.
 */
export async function sortByPerspectiveOrder<Row extends { perspectiveId: number }>(
  loader: { loadMany(keys: readonly { id: number; year: number }[]): Promise<(PerspectiveOfYear | null | Error)[]> },
  rows: Row[],
  year: number,
): Promise<Row[]> {
  const found = await loader.loadMany([...new Set(rows.map((row) => row.perspectiveId))].map((id) => ({ id, year })));
  const placeOf = new Map<number, number>();
  for (const perspective of found)
    if (perspective && !(perspective instanceof Error)) placeOf.set(perspective.id, perspective.sortOrder);
  return inPlaceOrder(rows, placeOf);
}

function shownInConflict(row: PlainYearRow | null) {
  return row ? ofYear(row) : null;
}

async function loadYearRow(tx: Transaction, cityId: number, id: number, year: number): Promise<YearRow> {
  const row = await tx.perspectiveYear.findUnique({
    where: { perspectiveId_year: { perspectiveId: id, year } },
    include: { perspective: true },
  });
  if (!row || row.perspective.cityId !== cityId) throw notFound();
  return row;
}

async function loadForChange(tx: Transaction, input: { id: number; year: number; expectedVersion: number }) {
  const city = await requireCity(tx);
  const row = await loadYearRow(tx, city.id, input.id, input.year);
  if (row.version !== input.expectedVersion) throw conflict(shownInConflict(row));
  return { city, row };
}

/** Two perspectives of one year are never called the same (case and surrounding space aside). */
async function requireFreeName(tx: Transaction, cityId: number, year: number, name: string, exceptId?: number) {
  const taken = await tx.perspectiveYear.findFirst({
    where: {
      year,
      name: { equals: name, mode: 'insensitive' },
      perspective: { cityId },
      ...(exceptId === undefined ? {} : { perspectiveId: { not: exceptId } }),
    },
    select: { id: true },
  });
  if (taken) throw fieldError('input.name', 'nameTaken');
}

/**
 * Adds a perspective to a year, last in its order. A perspective of the city with the same
 * code that the year lacks (removed from it, or used only in other years) is added back,
 * keeping its identity, so its goals of other years and this one's stay one perspective.
 */
export async function createPerspective(
  tx: Transaction,
  input: ParsedCreatePerspectiveInput,
): Promise<PerspectiveOfYear> {
  const city = await requireCity(tx);
  await lockYearList(tx, input.year);
  await requireFreeName(tx, city.id, input.year, input.name);
  // A longer list could not be put in order (reorderPerspectives takes at most that many).
  if (
    (await tx.perspectiveYear.count({ where: { year: input.year, perspective: { cityId: city.id } } })) >=
    MAX_ORDERED_ITEMS
  ) {
    throw fieldError('input.name', 'listFull');
  }
  const base = codeOfName(input.name, 'perspektiv');
  const sameCodes = await tx.perspective.findMany({
    where: { cityId: city.id, code: { startsWith: base } },
    include: { years: { where: { year: input.year }, select: { id: true } } },
  });
  const last = await tx.perspectiveYear.findFirst({
    where: { year: input.year, perspective: { cityId: city.id } },
    orderBy: { sortOrder: 'desc' },
  });
  const perspective =
    sameCodes.find((existing) => existing.code === base && existing.years.length === 0) ??
    (await insertUnlessTaken(() =>
      tx.perspective.create({
        data: {
          cityId: city.id,
          code: freeCode(
            base,
            sameCodes.map((existing) => existing.code),
          ),
        },
      }),
    ));
  const row = await insertUnlessTaken(() =>
    tx.perspectiveYear.create({
      data: {
        perspectiveId: perspective.id,
        year: input.year,
        name: input.name,
        description: input.description,
        sortOrder: (last?.sortOrder ?? 0) + 1,
      },
      include: { perspective: true },
    }),
  );
  return ofYear(row);
}

/** Renames a perspective or changes its description in one year; other years keep theirs. */
export async function updatePerspective(
  tx: Transaction,
  input: ParsedUpdatePerspectiveInput,
): Promise<PerspectiveOfYear> {
  const { city, row } = await loadForChange(tx, input);
  if (row.name === input.name && row.description === input.description) return ofYear(row);
  await requireFreeName(tx, city.id, input.year, input.name, input.id);
  return ofYear(await updateAtVersion(tx, row, { name: input.name, description: input.description }));
}

async function updateAtVersion(
  tx: Transaction,
  row: YearRow,
  data: Partial<Pick<PerspectiveYearModel, 'name' | 'description' | 'sortOrder'>>,
): Promise<YearRow> {
  try {
    return await tx.perspectiveYear.update({
      where: { id: row.id, version: row.version },
      data: { ...data, version: { increment: 1 } },
      include: { perspective: true },
    });
  } catch (error) {
    if (isRecordNotFound(error))
      throw conflict(
        shownInConflict(await tx.perspectiveYear.findUnique({ where: { id: row.id }, include: { perspective: true } })),
      );
    throw error;
  }
}

/**
 * Puts a year's perspectives in the order given. The list must be exactly the year's
 * perspectives, so an order made before someone added or removed one is refused, not half applied.
 */
export async function reorderPerspectives(
  tx: Transaction,
  input: ParsedReorderPerspectivesInput,
): Promise<PerspectiveOfYear[]> {
  const city = await requireCity(tx);
  await lockYearList(tx, input.year);
  const rows = await tx.perspectiveYear.findMany({
    where: { year: input.year, perspective: { cityId: city.id } },
    orderBy: IN_ORDER,
  });
  // The whole order is the check: under the year's lock it is the order the write before left.
  const shown = rows.map((row) => row.perspectiveId);
  if (shown.length !== input.expectedIds.length || shown.some((id, index) => id !== input.expectedIds[index])) {
    throw conflict(rows.map(ofYear));
  }
  const byId = new Map(rows.map((row) => [row.perspectiveId, row]));
  if (rows.length !== input.ids.length || input.ids.some((id) => !byId.has(id))) {
    throw fieldError('input.ids', 'notTheYearsPerspectives');
  }
  // One audited write per perspective whose place changes. By id, not at the row's version: the
  // lock already makes the whole order the check, and a rename saved meanwhile changes no place.
  for (const [index, id] of input.ids.entries()) {
    const row = byId.get(id)!;
    if (row.sortOrder !== index + 1) {
      await tx.perspectiveYear.update({
        where: { id: row.id },
        data: { sortOrder: index + 1, version: { increment: 1 } },
      });
    }
  }
  return listPerspectivesOfYear(tx, input.year);
}

/** What of `year` points at the perspective: each kind is one reason to refuse its removal. */
async function usesInYear(tx: Transaction, perspectiveId: number, year: number): Promise<FieldError[]> {
  const [goal, activity, section] = await Promise.all([
    tx.goal.findFirst({ where: { perspectiveId, year }, select: { id: true } }),
    tx.activity.findFirst({
      where: { perspectiveId, OR: [{ goal: { year } }, { updates: { some: { year } } }] },
      select: { id: true },
    }),
    tx.reportSection.findFirst({ where: { perspectiveId, report: { year } }, select: { id: true } }),
  ]);
  return [
    ...(goal ? [{ field: 'input.id', message: 'usedByGoals' }] : []),
    ...(activity ? [{ field: 'input.id', message: 'usedByActivities' }] : []),
    ...(section ? [{ field: 'input.id', message: 'usedByReports' }] : []),
  ];
}

/**
 * Removes a perspective from one year, unless a goal, an activity or a report of that year
 * points at it. A perspective left with no year and nothing pointing at it is deleted.
 */
export async function removePerspective(
  tx: Transaction,
  input: ParsedRemovePerspectiveInput,
): Promise<PerspectiveOfYear[]> {
  await lockYearList(tx, input.year);
  const { row } = await loadForChange(tx, input);
  const uses = await usesInYear(tx, input.id, input.year);
  if (uses.length > 0) throw fieldErrors(uses);
  try {
    await tx.perspectiveYear.delete({ where: { id: row.id, version: row.version } });
  } catch (error) {
    if (isRecordNotFound(error)) throw conflict(null);
    throw error;
  }
  const left = await tx.perspective.findUnique({
    where: { id: input.id },
    select: {
      _count: { select: { years: true, goals: true, activities: true, reportSections: true } },
    },
  });
  if (left && Object.values(left._count).every((count) => count === 0)) {
    await tx.perspective.delete({ where: { id: input.id } });
  }
  return listPerspectivesOfYear(tx, input.year);
}

/** Copies `from`'s perspectives (names, order, descriptions) into `year`, keeping each one's identity. */
async function copyYear(tx: Transaction, cityId: number, from: number, year: number): Promise<void> {
  for (const row of await tx.perspectiveYear.findMany({
    where: { year: from, perspective: { cityId } },
    orderBy: IN_ORDER,
  })) {
    await tx.perspectiveYear.create({
      data: {
        perspectiveId: row.perspectiveId,
        year,
        name: row.name,
        sortOrder: row.sortOrder,
        description: row.description,
      },
    });
  }
}

async function yearHasPerspectives(tx: Transaction, cityId: number, year: number): Promise<boolean> {
  return (await tx.perspectiveYear.findFirst({ where: { year, perspective: { cityId } } })) !== null;
}

/** "Kopiera från föregående år": a year without perspectives gets the latest earlier year's. */
export async function copyPerspectivesFromPreviousYear(
  tx: Transaction,
  input: ParsedCopyPerspectivesInput,
): Promise<PerspectiveOfYear[]> {
  const city = await requireCity(tx);
  await lockYearList(tx, input.year);
  if (await yearHasPerspectives(tx, city.id, input.year)) throw fieldError('input.year', 'yearHasPerspectives');
  const earlier = await tx.perspectiveYear.findFirst({
    where: { year: { lt: input.year }, perspective: { cityId: city.id } },
    orderBy: { year: 'desc' },
  });
  if (!earlier) throw fieldError('input.year', 'noEarlierYear');
  await copyYear(tx, city.id, earlier.year, input.year);
  return listPerspectivesOfYear(tx, input.year);
}

/**
 * Makes sure the city has perspectives in `year`, for a write that needs the year's list (a
 * new report's sections, a new city): when it has none, the latest earlier year's are copied,
 * else the nearest later year's, else source 001's five are created. Returns how many were added.
 * Copying here rather than refusing means planning next year never stops at an empty list; the
 * copy is audited as part of the write that needed it.
 */
export async function ensurePerspectivesOfYear(tx: Transaction, year: number): Promise<number> {
  const city = await findCity(tx);
  if (!city) return 0;
  await lockYearList(tx, year);
  if (await yearHasPerspectives(tx, city.id, year)) return 0;
  const nearest =
    (await tx.perspectiveYear.findFirst({
      where: { year: { lt: year }, perspective: { cityId: city.id } },
      orderBy: { year: 'desc' },
    })) ??
    (await tx.perspectiveYear.findFirst({
      where: { year: { gt: year }, perspective: { cityId: city.id } },
      orderBy: { year: 'asc' },
    }));
  if (nearest) {
    await copyYear(tx, city.id, nearest.year, year);
    return tx.perspectiveYear.count({ where: { year, perspective: { cityId: city.id } } });
  }
  for (const preset of DEFAULT_PERSPECTIVES) {
    const perspective =
      (await tx.perspective.findUnique({ where: { cityId_code: { cityId: city.id, code: preset.key } } })) ??
      (await tx.perspective.create({ data: { cityId: city.id, code: preset.key } }));
    await tx.perspectiveYear.create({
      data: { perspectiveId: perspective.id, year, name: preset.name, sortOrder: preset.sortOrder },
    });
  }
  return DEFAULT_PERSPECTIVES.length;
}

/** The perspectives of the given ids as in `year` (with the fallbacks above), in that year's order. One query. */
export async function findPerspectivesOfYear(
  db: Reader,
  ids: readonly number[],
  year: number,
): Promise<PerspectiveOfYear[]> {
  const found = await findPerspectivesInYears(
    db,
    [...new Set(ids)].map((id) => ({ id, year })),
  );
  return found
    .filter((perspective): perspective is PerspectiveOfYear => perspective !== null)
    .sort((a, b) => (a.year === year ? 0 : 1) - (b.year === year ? 0 : 1) || a.sortOrder - b.sortOrder || a.id - b.id);
}
