import { useUndoableRows } from '../../components/spreadsheet/useUndoableRows';
import { pasteBlock, setCell, textsOf } from './grid-model';
import type { GridColumn, GridRow, SavedFigures } from './grid-model';

/**
 * The grid's rows while the user edits them, with undo (useUndoableRows): typing in one cell
 * is one edit (until the cell is left), a paste is one edit.
 */
export function useGridEditing(initial: GridRow[], locked: readonly GridColumn[] = []) {
  const { rows, setRows, canUndo, edit, endEdit, change, undo, forget } = useUndoableRows(initial);

  return {
    rows,
    canUndo,
    edit: (rowIndex: number, column: GridColumn, text: string) =>
      edit(`${rowIndex}:${column}`, setCell(rows, rowIndex, column, text)),
    endEdit,
    /** Pastes a block at a cell; true when part of it fell outside the grid. */
    paste: (rowIndex: number, columnIndex: number, block: string[][]): boolean => {
      const pasted = pasteBlock(rows, rowIndex, columnIndex, block, locked);
      change(pasted.rows);
      return pasted.clipped;
    },
    undo,
    /** The rows sent were saved as `saved` (same order): they show what is saved now. */
    markSaved: (sent: readonly GridRow[], saved: readonly SavedFigures[]) => {
      const byId = new Map(sent.map((row, index) => [row.indicatorId, saved[index]!]));
      setRows((current) =>
        current.map((row) => {
          const value = byId.get(row.indicatorId);
          if (!value) return row;
          const texts = textsOf(value);
          return { ...row, version: value.version, isSynthetic: false, saved: texts, cells: texts };
        }),
      );
      forget();
    },
    /**
     * Someone else saved these rows meanwhile: take their versions as the ones seen and keep
     * what the user typed, so the next save puts the user's figures on top of theirs.
     */
    keepMine: (theirs: ReadonlyMap<string, SavedFigures | null>) => {
      setRows((current) =>
        current.map((row) => {
          if (!theirs.has(row.indicatorId)) return row;
          const value = theirs.get(row.indicatorId) ?? null;
          return { ...row, version: value?.version ?? null, saved: textsOf(value) };
        }),
      );
    },
  };
}
