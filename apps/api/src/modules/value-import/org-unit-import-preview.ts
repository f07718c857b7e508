import { createHash } from 'node:crypto';
import type { OrgUnitKind, PrismaClient, ValueImportRowStatus } from '@lagesbild/db';
import {
  isoToday,
  optionalIsoDateSchema,
  orgUnitCodeSchema,
  orgUnitNameSchema,
  parseOrgUnitKind,
  toIsoDate,
} from '@lagesbild/types';
import type { OrgUnitImportColumnKey } from '@lagesbild/types';
import type { AccessScope } from '../../authorization/access-scope';
import type { ImportCell, ImportTable } from './import-table';
import { storePreview } from './import-preview';
import type { ImportingUser } from './import-preview';
import { readImportFileOffThread } from './read-import-file-off-thread';

/** What an org-unit row proposes, stored as the row's `orgUnit` payload. */
export interface OrgUnitImportPayload {
  name: string;
  parentCode: string;
  /** The kind as the app names it, or as written when it is none. */
  kind: string;
  /** The first day of a new unit, or the day a change takes effect (ISO), or as written. */
  validFrom: string | null;
  /** The existing unit the row changes; null for a new one. */
  orgUnitId: number | null;
}

export interface OrgUnitImportChange {
  field: 'name' | 'parent' | 'kind';
  old: string | null;
  new: string | null;
}

export interface OrgUnitImportError {
  column: OrgUnitImportColumnKey | null;
  message: string;
}

/** One row as the preview classified it; the shape of an org-unit ValueImportRow. */
interface ClassifiedOrgUnitRow {
  rowNumber: number;
  status: ValueImportRowStatus;
  orgUnitCode: string;
  expectedVersion: number | null;
  orgUnit: OrgUnitImportPayload;
  changes: OrgUnitImportChange[];
  errors: OrgUnitImportError[];
}

/** A unit as the classification and the commit compare with it. */
export interface StoredUnit {
  id: number;
  code: string;
  parentId: number | null;
  version: number;
}

/**
 * The tree as the preview saw it: every unit's id and version. Any create, rename, move or
 * close changes it, so the commit can tell that the rows were classified against another tree.
 */
export function treeVersionOf(units: readonly Pick<StoredUnit, 'id' | 'version'>[]): string {
  const listed = [...units]
    .sort((a, b) => a.id - b.id)
    .map((unit) => `${unit.id}:${unit.version}`)
    .join(',');
  return createHash('sha256').update(listed).digest('hex');
}

const text = (cell: ImportCell | undefined): string =>
  cell == null ? '' : cell instanceof Date ? toIsoDate(cell) : String(cell).trim();

const lower = (code: string) => code.toLowerCase();

/**
 * Reads an uploaded file of org units (code, name, parent code, kind, optionally valid from),
 * classifies each row against the tree — new, changed (renamed or moved), unchanged, or invalid
 * with its reasons — and stores the preview for its uploader. Units the file leaves out are left
 * alone. Nothing but the preview is written. Three reads, whatever the number of rows.
 */
export async function createOrgUnitImport(
  prisma: PrismaClient,
  user: ImportingUser,
  fileName: string,
  bytes: Uint8Array,
): Promise<string> {
  const table = await readImportFileOffThread(bytes, 'ORG_UNITS');
  const units = await prisma.orgUnit.findMany({
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      parentId: true,
      validFrom: true,
      validTo: true,
      version: true,
    },
  });
  const latest = await prisma.orgUnitVersion.groupBy({ by: ['orgUnitId'], _max: { validFrom: true } });
  const latestChange = new Map(
    latest.flatMap((row) => (row._max.validFrom ? [[row.orgUnitId, toIsoDate(row._max.validFrom)] as const] : [])),
  );
  const rows = classifyOrgUnitRows(table, units, latestChange, user.access);
  return storePreview(
    prisma,
    { kind: 'ORG_UNITS', userId: user.id, fileName, treeVersion: treeVersionOf(units) },
    rows,
    async (id, chunk) => {
      await prisma.$executeRaw`
        INSERT INTO "ValueImportRow" ("importId", "rowNumber", "status", "orgUnitCode", "expectedVersion", "orgUnit",
          "changes", "errors")
        SELECT ${id}::text, r."rowNumber", r."status"::"ValueImportRowStatus", r."orgUnitCode", r."expectedVersion",
          r."orgUnit", r."changes", r."errors"
        FROM jsonb_to_recordset(${chunk}::jsonb) AS r("rowNumber" int, "status" text, "orgUnitCode" text,
          "expectedVersion" int, "orgUnit" jsonb, "changes" jsonb, "errors" jsonb)`;
    },
  );
}

interface ExistingUnit extends StoredUnit {
  name: string;
  kind: OrgUnitKind;
  validFrom: Date | null;
  validTo: Date | null;
}

/** A row as read, with what is known so far; `errors` grows as the rows are checked against each other. */
interface WorkingRow {
  rowNumber: number;
  code: string;
  name: string;
  parentCode: string;
  kindText: string;
  kind: OrgUnitKind | undefined;
  validFrom: string | null;
  validFromText: string;
  existing: ExistingUnit | undefined;
  errors: OrgUnitImportError[];
}

/** Records why a row cannot be written, with the column it concerns. */
function addError(row: WorkingRow, column: OrgUnitImportColumnKey | null, message: string): void {
  row.errors.push({ column, message });
}

function readRows(table: ImportTable, unitByCode: Map<string, ExistingUnit>): WorkingRow[] {
  const cell = (cells: ImportCell[], key: OrgUnitImportColumnKey) => {
    const index = table.columnIndex[key];
    return index === undefined ? null : (cells[index] ?? null);
  };
  return table.rows.map(({ rowNumber, cells }) => {
    const validFromCell = cell(cells, 'validFrom');
    const row: WorkingRow = {
      rowNumber,
      code: text(cell(cells, 'code')),
      name: text(cell(cells, 'name')),
      parentCode: text(cell(cells, 'parentCode')),
      kindText: text(cell(cells, 'kind')),
      kind: undefined,
      validFrom: null,
      validFromText: text(validFromCell),
      existing: undefined,
      errors: [],
    };
    // The same rules as the create form's: a code fit for links and files, a name, a kind, a day.
    const code = orgUnitCodeSchema.safeParse(row.code);
    if (!code.success) addError(row, 'code', code.error.issues[0]?.message ?? 'invalid');
    const name = orgUnitNameSchema.safeParse(row.name);
    if (!name.success) addError(row, 'name', name.error.issues[0]?.message ?? 'invalid');
    if (!row.kindText) addError(row, 'kind', 'required');
    else if (!(row.kind = parseOrgUnitKind(row.kindText))) addError(row, 'kind', 'unknownKind');
    const validFrom = optionalIsoDateSchema.safeParse(row.validFromText);
    if (validFrom.success) row.validFrom = validFrom.data;
    else addError(row, 'validFrom', 'invalidDate');
    row.existing = row.code ? unitByCode.get(lower(row.code)) : undefined;
    return row;
  });
}

/**
 * Classifies the rows against the stored tree and against each other. Parents may come after
 * their children in the file, so a row's parent is looked up among all the file's rows and the
 * stored units; a row whose new parent is itself invalid, or that would make a cycle, is invalid,
 * which may in turn invalidate the rows below it: the checks repeat until nothing changes.
 */
function classifyOrgUnitRows(
  table: ImportTable,
  units: readonly ExistingUnit[],
  latestChange: ReadonlyMap<number, string>,
  access: AccessScope,
): ClassifiedOrgUnitRow[] {
  const unitByCode = new Map(units.map((unit) => [lower(unit.code), unit]));
  const unitById = new Map(units.map((unit) => [unit.id, unit]));
  const rows = readRows(table, unitByCode);
  const today = isoToday();

  // A code the file names twice: the first row stands, the later ones are refused.
  const rowByCode = new Map<string, WorkingRow>();
  for (const row of rows) {
    if (!row.code) continue;
    const first = rowByCode.get(lower(row.code));
    if (first) addError(row, 'code', `duplicateRow:${first.rowNumber}`);
    else rowByCode.set(lower(row.code), row);
  }

  const parentCodeOfUnit = (unit: ExistingUnit) =>
    unit.parentId === null ? '' : lower(unitById.get(unit.parentId)?.code ?? '');

  // Checks that depend on the row and the stored tree alone.
  for (const row of rows) {
    const unit = row.existing;
    if (unit) {
      if (row.kind && row.kind !== unit.kind) addError(row, 'kind', 'kindCannotChange');
      const renamed = row.name !== '' && row.name !== unit.name;
      const moved = lower(row.parentCode) !== parentCodeOfUnit(unit);
      if (!row.parentCode && unit.parentId !== null) addError(row, 'parentCode', 'required');
      else if ((renamed || moved) && unit.validTo !== null) addError(row, 'code', 'unitClosed');
      else if (renamed || moved) {
        const day = row.validFrom ?? today;
        if (day > today) addError(row, 'validFrom', 'dateInFuture');
        else if (unit.validFrom && day < toIsoDate(unit.validFrom)) addError(row, 'validFrom', 'beforeUnitOpened');
        else if (day < (latestChange.get(unit.id) ?? '')) addError(row, 'validFrom', 'beforeLatestChange');
      }
    } else if (!row.parentCode) {
      // Only the city has no parent, and there is one city.
      addError(row, 'parentCode', 'required');
    }
    if (row.parentCode && lower(row.parentCode) === lower(row.code)) addError(row, 'parentCode', 'cycle');
  }

  const valid = (row: WorkingRow) => row.errors.length === 0;
  /** The row that defines a code's place in the new tree, if the file has a valid one. */
  const definingRow = (code: string) => {
    const row = rowByCode.get(code);
    return row && valid(row) ? row : undefined;
  };
  /** A code's parent code in the tree the commit would make ('' for the city, undefined for an unknown code). */
  const parentInNewTree = (code: string): string | undefined => {
    const row = definingRow(code);
    if (row) return lower(row.parentCode);
    const unit = unitByCode.get(code);
    return unit ? parentCodeOfUnit(unit) : undefined;
  };
  /** The stored unit a new subtree hangs from: the first stored unit up the new tree from `code`. */
  const storedAncestor = (code: string): ExistingUnit | undefined => {
    for (let at: string | undefined = code, steps = 0; at && steps <= rows.length; steps++) {
      const unit = unitByCode.get(at);
      if (unit) return unit;
      at = parentInNewTree(at);
    }
    return undefined;
  };
  const makesCycle = (row: WorkingRow) => {
    const start = lower(row.code);
    let at = parentInNewTree(start);
    for (let steps = 0; at && steps <= units.length + rows.length; steps++) {
      if (at === start) return true;
      at = parentInNewTree(at);
    }
    return false;
  };

  // Checks between rows: the parent, cycles and who may write where, until nothing changes.
  const movedOf = (row: WorkingRow) => !row.existing || lower(row.parentCode) !== parentCodeOfUnit(row.existing);
  for (let changed = true; changed;) {
    changed = false;
    // Every row of a cycle is named before any of them invalidates the others.
    const cyclic = new Set(rows.filter((row) => valid(row) && row.parentCode && movedOf(row) && makesCycle(row)));
    for (const row of rows) {
      if (!valid(row) || !row.parentCode) continue;
      const parentCode = lower(row.parentCode);
      const parentRow = rowByCode.get(parentCode);
      const parentUnit = unitByCode.get(parentCode);
      const unit = row.existing;
      const moved = movedOf(row);
      const renamed = unit !== undefined && row.name !== unit.name;
      if (cyclic.has(row)) addError(row, 'parentCode', 'cycle');
      else if (!parentUnit && !parentRow) addError(row, 'parentCode', 'unknownParent');
      else if (!parentUnit && parentRow && !valid(parentRow)) {
        addError(row, 'parentCode', `parentInvalid:${parentRow.rowNumber}`);
      } else if (moved && parentUnit?.validTo != null) addError(row, 'parentCode', 'parentClosed');
      else if (unit && (renamed || moved) && !access.holds('ADMIN', unit.id)) addError(row, 'code', 'outOfScope');
      else if (moved && !access.holds('ADMIN', storedAncestor(parentCode)?.id)) {
        addError(row, 'parentCode', 'outOfScope');
      }
      if (!valid(row)) changed = true;
    }
  }

  return rows.map((row): ClassifiedOrgUnitRow => {
    const unit = row.existing;
    const payload: OrgUnitImportPayload = {
      name: row.name,
      parentCode: row.parentCode,
      kind: row.kind ?? row.kindText,
      validFrom: row.validFrom ?? (row.validFromText || null),
      orgUnitId: unit?.id ?? null,
    };
    const base = { rowNumber: row.rowNumber, orgUnitCode: row.code, orgUnit: payload };
    if (!valid(row)) {
      return { ...base, status: 'INVALID', expectedVersion: null, changes: [], errors: row.errors };
    }
    if (!unit) {
      return {
        ...base,
        status: 'NEW',
        expectedVersion: null,
        changes: [
          { field: 'name', old: null, new: row.name },
          { field: 'parent', old: null, new: row.parentCode },
          { field: 'kind', old: null, new: row.kind! },
        ],
        errors: [],
      };
    }
    const oldParent = unit.parentId === null ? '' : (unitById.get(unit.parentId)?.code ?? '');
    const changes: OrgUnitImportChange[] = [
      ...(row.name !== unit.name ? [{ field: 'name' as const, old: unit.name, new: row.name }] : []),
      ...(lower(row.parentCode) !== lower(oldParent)
        ? [{ field: 'parent' as const, old: oldParent || null, new: row.parentCode }]
        : []),
    ];
    return {
      ...base,
      status: changes.length ? 'CHANGED' : 'UNCHANGED',
      expectedVersion: unit.version,
      changes,
      errors: [],
    };
  });
}
