import { useRef, useState } from 'react';

/** How many edits back undo reaches. */
const UNDO_DEPTH = 50;

/**
 * A grid's rows while the user edits them, with undo: typing in one cell is one edit (until
 * the cell is left), a paste is one edit; undo steps back one edit at a time until saved.
 */
export function useUndoableRows<Row>(initial: Row[]) {
  const [rows, setRows] = useState(initial);
  const [history, setHistory] = useState<Row[][]>([]);
  const editingCell = useRef<string | null>(null);

  const remember = () => setHistory((earlier) => [...earlier.slice(-(UNDO_DEPTH - 1)), rows]);

  return {
    rows,
    setRows,
    canUndo: history.length > 0,
    /** Typing in a cell (named by `cell`): the first keystroke there starts a new edit. */
    edit: (cell: string, next: Row[]) => {
      if (editingCell.current !== cell) {
        remember();
        editingCell.current = cell;
      }
      setRows(next);
    },
    /** The user left a cell: the next typing is a new edit. */
    endEdit: () => {
      editingCell.current = null;
    },
    /** A change made at once (a paste): one edit. */
    change: (next: Row[]) => {
      remember();
      editingCell.current = null;
      setRows(next);
    },
    undo: () => {
      const previous = history.at(-1);
      if (!previous) return;
      editingCell.current = null;
      setHistory(history.slice(0, -1));
      setRows(previous);
    },
    /** The rows were saved: nothing to undo. */
    forget: () => {
      setHistory([]);
      editingCell.current = null;
    },
  };
}
