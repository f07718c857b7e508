import type { OrgUnitKind } from '@lagesbild/types';

/** A unit as the tree shows it and its dialogs change it. */
export interface OrgUnitRow {
  id: string;
  code: string;
  name: string;
  kind: OrgUnitKind;
  validFrom: string | null;
  validTo: string | null;
  isClosed: boolean;
  mayAdminister: boolean;
  version: number;
  parentId: string | null;
  /** 0 for the city, 1 for the units right below it, … */
  depth: number;
}

/** The rows in the order given (parents before children), each with its depth in the tree. */
export function withDepths<Row extends { id: string; parent: { id: string } | null }>(
  units: readonly Row[],
): (Row & { parentId: string | null; depth: number })[] {
  const depthOf = new Map<string, number>();
  return units.map((unit) => {
    const parentId = unit.parent?.id ?? null;
    const depth = parentId === null ? 0 : (depthOf.get(parentId) ?? -1) + 1;
    depthOf.set(unit.id, depth);
    return { ...unit, parentId, depth };
  });
}

/** The ids of a unit and every unit below it: where it cannot move. */
export function subtreeIds(rows: readonly Pick<OrgUnitRow, 'id' | 'parentId'>[], rootId: string): Set<string> {
  const ids = new Set([rootId]);
  // Rows come parents first, so one pass finds every descendant.
  for (const row of rows) if (row.parentId !== null && ids.has(row.parentId)) ids.add(row.id);
  return ids;
}

/** Shared refetches after any change to the tree: this page and the shell's org picker. */
export const ORG_TREE_QUERIES = ['OrganisationPage_Query', 'AppShell_Query'];
