import type { OrgUnitModel } from '@lagesbild/db';
import { BEFORE_RECORDS, fromIsoDate, isoToday, isSelfOrDescendant, toIsoDate } from '@lagesbild/types';
import type {
  ParsedCloseOrgUnitInput,
  ParsedCreateOrgUnitInput,
  ParsedMoveOrgUnitInput,
  ParsedRenameOrgUnitInput,
} from '@lagesbild/types';
import type { Transaction } from '../audit';
import { conflict, fieldError, insertUnlessTaken, isRecordNotFound, notFound } from '../../errors';

/**
 * A lock number of its own, taken by every write that changes the tree's shape (a unit created,
 * moved or closed, an import of units): they take turns, so each checks the tree as the write
 * before it left it. Without it two crossing moves (A under B, B under A) each pass the cycle
 * check on a tree without the other's move, and both are saved: a loop that no request walking
 * the tree could finish. A rename changes no shape and needs its row's version only.
 */
const ORG_TREE_LOCK = 7051;

export async function lockOrgTree(tx: Transaction): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(${ORG_TREE_LOCK}::int)) AS locked`;
}

/** A unit as a conflict shows it to the other administrator. */
function shownInConflict(unit: OrgUnitModel | null) {
  if (!unit) return null;
  const { id, code, name, kind, parentId, validFrom, validTo, version } = unit;
  return {
    id,
    code,
    name,
    kind,
    parentId,
    validFrom: validFrom && toIsoDate(validFrom),
    validTo: validTo && toIsoDate(validTo),
    version,
  };
}

/** A unit closed, or due to close, takes no new units below it. */
function requireOpenParent(parent: OrgUnitModel): void {
  if (parent.validTo !== null) throw fieldError('input.parentId', 'parentClosed');
}

/** The unit at the version the form was loaded with, still open. */
async function loadForChange(tx: Transaction, id: number, expectedVersion: number): Promise<OrgUnitModel> {
  const unit = await tx.orgUnit.findUnique({ where: { id } });
  if (!unit) throw notFound();
  if (unit.version !== expectedVersion) throw conflict(shownInConflict(unit));
  return unit;
}

/** Writes the unit's new fields and its next version number, unless someone saved first. */
async function updateAtVersion(
  tx: Transaction,
  unit: OrgUnitModel,
  data: Partial<Pick<OrgUnitModel, 'name' | 'parentId' | 'validTo'>>,
): Promise<OrgUnitModel> {
  try {
    return await tx.orgUnit.update({
      where: { id: unit.id, version: unit.version },
      data: { ...data, version: { increment: 1 } },
    });
  } catch (error) {
    if (isRecordNotFound(error))
      throw conflict(shownInConflict(await tx.orgUnit.findUnique({ where: { id: unit.id } })));
    throw error;
  }
}

export async function createOrgUnit(tx: Transaction, input: ParsedCreateOrgUnitInput): Promise<OrgUnitModel> {
  await lockOrgTree(tx);
  const parent = await tx.orgUnit.findUnique({ where: { id: input.parentId } });
  if (!parent) throw notFound();
  requireOpenParent(parent);
  const taken = await tx.orgUnit.findFirst({ where: { code: { equals: input.code, mode: 'insensitive' } } });
  if (taken) throw fieldError('input.code', 'codeTaken');
  const lastSibling = await tx.orgUnit.findFirst({ where: { parentId: parent.id }, orderBy: { sortOrder: 'desc' } });
  const unit = await insertUnlessTaken(() =>
    tx.orgUnit.create({
      data: {
        code: input.code,
        name: input.name,
        kind: input.kind,
        parentId: parent.id,
        sortOrder: (lastSibling?.sortOrder ?? -1) + 1,
        validFrom: input.validFrom ? fromIsoDate(input.validFrom) : null,
      },
    }),
  );
  await tx.orgUnitVersion.create({
    data: {
      orgUnitId: unit.id,
      validFrom: fromIsoDate(input.validFrom ?? BEFORE_RECORDS),
      name: unit.name,
      parentId: unit.parentId,
    },
  });
  return unit;
}

/**
 * Appends the unit's name and place from `day` on as a version. A unit written before its
 * history was kept gets its earlier name and place as its first version. A change dated the
 * same day as the latest corrects that version (the audit log keeps what it said); one dated
 * before it is refused, since history is appended, not rewritten.
 */
async function appendVersion(
  tx: Transaction,
  unit: OrgUnitModel,
  day: string,
  change: { name: string; parentId: number | null },
): Promise<void> {
  if (unit.validFrom && day < toIsoDate(unit.validFrom)) throw fieldError('input.validFrom', 'beforeUnitOpened');
  let latest = await tx.orgUnitVersion.findFirst({ where: { orgUnitId: unit.id }, orderBy: { validFrom: 'desc' } });
  if (!latest) {
    latest = await tx.orgUnitVersion.create({
      data: {
        orgUnitId: unit.id,
        validFrom: unit.validFrom ?? fromIsoDate(BEFORE_RECORDS),
        name: unit.name,
        parentId: unit.parentId,
      },
    });
  }
  const latestDay = toIsoDate(latest.validFrom);
  if (day < latestDay) throw fieldError('input.validFrom', 'beforeLatestChange');
  if (day === latestDay) {
    await tx.orgUnitVersion.update({ where: { id: latest.id }, data: change });
  } else {
    await tx.orgUnitVersion.create({ data: { orgUnitId: unit.id, validFrom: fromIsoDate(day), ...change } });
  }
}

function requireOpen(unit: OrgUnitModel): void {
  if (unit.validTo !== null) throw fieldError('input.id', 'unitClosed');
}

export async function renameOrgUnit(tx: Transaction, input: ParsedRenameOrgUnitInput): Promise<OrgUnitModel> {
  const unit = await loadForChange(tx, input.id, input.expectedVersion);
  requireOpen(unit);
  if (unit.name === input.name) return unit;
  await appendVersion(tx, unit, input.validFrom, { name: input.name, parentId: unit.parentId });
  return updateAtVersion(tx, unit, { name: input.name });
}

export async function moveOrgUnit(tx: Transaction, input: ParsedMoveOrgUnitInput): Promise<OrgUnitModel> {
  await lockOrgTree(tx);
  const unit = await loadForChange(tx, input.id, input.expectedVersion);
  requireOpen(unit);
  if (unit.parentId === input.parentId) return unit;
  const parent = await tx.orgUnit.findUnique({ where: { id: input.parentId } });
  if (!parent) throw notFound();
  const tree = await tx.orgUnit.findMany({ select: { id: true, parentId: true } });
  if (isSelfOrDescendant(tree, unit.id, parent.id)) throw fieldError('input.parentId', 'cycle');
  requireOpenParent(parent);
  await appendVersion(tx, unit, input.validFrom, { name: unit.name, parentId: parent.id });
  return updateAtVersion(tx, unit, { parentId: parent.id });
}

/**
 * Closes a unit after its last day (or moves that day). Nothing is deleted: its data and
 * history stay readable. The units below it must be closed by then, or moved, first.
 */
export async function closeOrgUnit(tx: Transaction, input: ParsedCloseOrgUnitInput): Promise<OrgUnitModel> {
  await lockOrgTree(tx);
  const unit = await loadForChange(tx, input.id, input.expectedVersion);
  if (unit.validFrom && input.validTo < toIsoDate(unit.validFrom))
    throw fieldError('input.validTo', 'beforeUnitOpened');
  const children = await tx.orgUnit.findMany({ where: { parentId: unit.id } });
  if (children.some((child) => child.validTo === null || toIsoDate(child.validTo) > input.validTo)) {
    throw fieldError('input.validTo', 'openChildren');
  }
  return updateAtVersion(tx, unit, { validTo: fromIsoDate(input.validTo) });
}

/** True when the unit was closed before today. */
export function isClosed(unit: Pick<OrgUnitModel, 'validTo'>, today = isoToday()): boolean {
  return unit.validTo !== null && toIsoDate(unit.validTo) < today;
}
