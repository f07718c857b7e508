import type { ValueImportModel } from '@lagesbild/db';
import { createOrgUnitInputSchema, moveOrgUnitInputSchema, renameOrgUnitInputSchema } from '@lagesbild/types';
import { GraphQLError } from 'graphql';
import type { Transaction } from '../audit';
import { createOrgUnit, lockOrgTree, moveOrgUnit, renameOrgUnit } from '../organisation';
import { forbidden } from '../../errors';
import type { ImportingUser } from './import-preview';
import { treeVersionOf } from './org-unit-import-preview';
import type { OrgUnitImportPayload, StoredUnit } from './org-unit-import-preview';

/** The tree changed after the preview was made: nothing is written. */
function staleTree(rowNumbers: number[] = []): GraphQLError {
  return new GraphQLError('The organisation changed after the preview was made.', {
    extensions: { code: 'STALE_PREVIEW', rowNumbers },
  });
}

interface RowToWrite {
  rowNumber: number;
  code: string;
  expectedVersion: number | null;
  unit: OrgUnitImportPayload;
}

/**
 * Commits an org-unit preview in the caller's transaction: every new and changed row, or
 * nothing. The whole tree is locked and must be the one the rows were classified against
 * (every unit's id and version), else the commit is refused as stale. Each unit is then written
 * through the organisation module's own create, rename and move — the same checks and the same
 * dated OrgUnitVersion as the administrator's forms, each write audited — parents before
 * children and in the new tree's order, so that no move passes through a cycle on the way.
 * Returns how many units were created or changed.
 */
export async function commitOrgUnitImport(
  tx: Transaction,
  preview: ValueImportModel,
  user: ImportingUser,
): Promise<number> {
  // The tree's lock first, as the administrator's forms take it (before any row), so an import and a
  // move wait for each other instead of each holding what the other needs. FOR UPDATE: no unit is
  // renamed either until this commit ends.
  await lockOrgTree(tx);
  const units = await tx.$queryRaw<StoredUnit[]>`
    SELECT "id", "code", "parentId", "version" FROM "OrgUnit" ORDER BY "id" FOR UPDATE`;
  if (treeVersionOf(units) !== preview.treeVersion) throw staleTree();

  const stored = await tx.valueImportRow.findMany({
    where: { importId: preview.id, status: { in: ['NEW', 'CHANGED'] } },
    orderBy: { rowNumber: 'asc' },
    select: { rowNumber: true, orgUnitCode: true, expectedVersion: true, orgUnit: true },
  });
  const rows: RowToWrite[] = stored.map((row) => ({
    rowNumber: row.rowNumber,
    code: row.orgUnitCode,
    expectedVersion: row.expectedVersion,
    unit: row.orgUnit as unknown as OrgUnitImportPayload,
  }));

  const lower = (code: string) => code.toLowerCase();
  const idByCode = new Map(units.map((unit) => [lower(unit.code), unit.id]));
  const codeById = new Map(units.map((unit) => [unit.id, lower(unit.code)]));
  const storedParentCode = new Map(
    units.map((unit) => [unit.id, unit.parentId === null ? '' : codeById.get(unit.parentId)!]),
  );
  const parentInNewTree = new Map(units.map((unit) => [lower(unit.code), storedParentCode.get(unit.id)!]));
  for (const row of rows) parentInNewTree.set(lower(row.code), lower(row.unit.parentCode));
  const depthOf = (code: string): number => {
    let depth = 0;
    for (let at = parentInNewTree.get(code); at; at = parentInNewTree.get(at)) depth++;
    return depth;
  };
  /** The first stored unit up the new tree from `code`: whose administrators answer for it. */
  const storedAncestorId = (code: string): number | undefined => {
    for (let at: string | undefined = code; at; at = parentInNewTree.get(at)) {
      const id = idByCode.get(at);
      if (id !== undefined) return id;
    }
    return undefined;
  };

  // The user's roles now: an administrator of each row's unit, and of the parent it goes under.
  for (const row of rows) {
    const id = row.unit.orgUnitId;
    if (id !== null && !user.access.holds('ADMIN', id)) throw forbidden();
    const moved = id === null || lower(row.unit.parentCode) !== storedParentCode.get(id);
    if (moved && !user.access.holds('ADMIN', storedAncestorId(lower(row.unit.parentCode)))) throw forbidden();
  }

  const depths = new Map(rows.map((row) => [row.rowNumber, depthOf(lower(row.code))]));
  const ordered = [...rows].sort(
    (a, b) => depths.get(a.rowNumber)! - depths.get(b.rowNumber)! || a.rowNumber - b.rowNumber,
  );
  for (const row of ordered) {
    await writtenOrRefused(row, async () => {
      const parentId = idByCode.get(lower(row.unit.parentCode));
      if (row.unit.orgUnitId === null) {
        const created = await createOrgUnit(
          tx,
          createOrgUnitInputSchema.parse({
            parentId,
            code: row.code,
            name: row.unit.name,
            kind: row.unit.kind,
            validFrom: row.unit.validFrom,
          }),
        );
        idByCode.set(lower(created.code), created.id);
        return;
      }
      let unit = { id: row.unit.orgUnitId, version: row.expectedVersion! };
      const input = { id: unit.id, validFrom: row.unit.validFrom };
      unit = await renameOrgUnit(
        tx,
        renameOrgUnitInputSchema.parse({ ...input, expectedVersion: unit.version, name: row.unit.name }),
      );
      await moveOrgUnit(tx, moveOrgUnitInputSchema.parse({ ...input, expectedVersion: unit.version, parentId }));
    });
  }
  return rows.length;
}

/** A refusal of the organisation's rules while writing a row names the row; the transaction rolls back. */
async function writtenOrRefused(row: RowToWrite, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (error instanceof GraphQLError) {
      throw new GraphQLError(error.message, { extensions: { ...error.extensions, rowNumbers: [row.rowNumber] } });
    }
    throw error;
  }
}
