import { useRef, useState } from 'react';
import { pasteBlock, setCell, textsOf } from './grid-model';
import type { GridColumn, GridRow, SavedFigures } from './grid-model';

/** How many edits back undo reaches. */
const UNDO_DEPTH = 50;

/**
 * The grid's rows while the user edits them, with undo: typing in one cell is one edit
 * (until the cell is left), a paste is one edit; undo steps back one edit at a time until
 * the rows are saved.
 */
export function useGridEditing(initial: GridRow[], locked: readonly GridColumn[] = []) {
  const [rows, setRows] = useState(initial);
  const [history, setHistory] = useState<GridRow[][]>([]);
  const editingCell = useRef<string | null>(null);

  const remember = () => setHistory((earlier) => [...earlier.slice(-(UNDO_DEPTH - 1)), rows]);

  return {
    rows,
    canUndo: history.length > 0,
    edit: (rowIndex: number, column: GridColumn, text: string) => {
      const cell = `${rowIndex}:${column}`;
      if (editingCell.current !== cell) {
        remember();
        editingCell.current = cell;
      }
      setRows(setCell(rows, rowIndex, column, text));
    },
    /** The user left a cell: the next typing is a new edit. */
    endEdit: () => {
      editingCell.current = null;
    },
    /** Pastes a block at a cell; true when part of it fell outside the grid. */
    paste: (rowIndex: number, columnIndex: number, block: string[][]): boolean => {
      remember();
      editingCell.current = null;
      const pasted = pasteBlock(rows, rowIndex, columnIndex, block, locked);
      setRows(pasted.rows);
      return pasted.clipped;
    },
    undo: () => {
      const previous = history.at(-1);
      if (!previous) return;
      editingCell.current = null;
      setHistory(history.slice(0, -1));
      setRows(previous);
    },
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
      setHistory([]);
      editingCell.current = null;
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
