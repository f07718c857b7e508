import { useRef } from 'react';
import type { ClipboardEvent, FocusEvent, KeyboardEvent, MouseEvent } from 'react';
import { isCellBlock, parseClipboardBlock } from './clipboard-block';

/** How a grid's cells are told apart: `data-cell="row:column"` on each input. */
export const cellKey = (rowIndex: number, columnIndex: number) => `${rowIndex}:${columnIndex}`;

export interface SpreadsheetKeysOptions {
  /** Puts text back in a cell (Escape: what the cell held when entered). */
  onRestore: (rowIndex: number, columnIndex: number, text: string) => void;
  /** A block of cells pasted with its top left corner at a cell. */
  onPaste: (rowIndex: number, columnIndex: number, block: string[][]) => void;
  onUndo: () => void;
}

/**
 * A table of inputs worked like a spreadsheet, shared by every grid (Registrera, Målvärden och
 * budget): arrows move between cells (left and right at the text's ends), Enter goes down and
 * Shift+Enter up, Escape puts back what the cell held when entered, Ctrl+Z undoes, and a block
 * copied from Excel is pasted from the cell it lands on. A figure's cell clicked into is selected
 * whole, as one reached by the keys is, so typing replaces the figure (a second click places the
 * caret to change part of it); a comment's is edited where clicked. Spread `cellProps(row, column)` on each
 * cell's input and put `tableRef` on the table.
 */
export function useSpreadsheetKeys<Table extends HTMLElement = HTMLTableElement>({
  onRestore,
  onPaste,
  onUndo,
}: SpreadsheetKeysOptions) {
  const tableRef = useRef<Table>(null);
  const textOnEntry = useRef('');

  /**
   * Focuses the nearest cell from a cell in a direction (one step of rows or of columns): the
   * next one, or beyond a row or column that has no input there (Registrera's R12 on a tertial).
   */
  const focusCell = (rowIndex: number, columnIndex: number, rowStep: number, columnStep: number): boolean => {
    let nearest: HTMLInputElement | undefined;
    let nearestDistance = Infinity;
    for (const input of tableRef.current?.querySelectorAll<HTMLInputElement>('[data-cell]') ?? []) {
      const [row, column] = (input.dataset.cell ?? '').split(':').map(Number) as [number, number];
      const inLine = rowStep !== 0 ? column === columnIndex : row === rowIndex;
      const distance = rowStep !== 0 ? (row - rowIndex) * rowStep : (column - columnIndex) * columnStep;
      if (inLine && distance > 0 && distance < nearestDistance) {
        nearest = input;
        nearestDistance = distance;
      }
    }
    if (!nearest) return false;
    nearest.focus();
    nearest.select();
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, rowIndex: number, columnIndex: number) => {
    const input = event.currentTarget;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length && input.selectionEnd === input.value.length;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !event.shiftKey) {
      event.preventDefault();
      onUndo();
      return;
    }
    let moved = false;
    switch (event.key) {
      case 'ArrowUp':
        moved = focusCell(rowIndex, columnIndex, -1, 0);
        break;
      case 'ArrowDown':
        moved = focusCell(rowIndex, columnIndex, 1, 0);
        break;
      case 'Enter':
        moved = focusCell(rowIndex, columnIndex, event.shiftKey ? -1 : 1, 0);
        break;
      case 'ArrowLeft':
        if (atStart) moved = focusCell(rowIndex, columnIndex, 0, -1);
        break;
      case 'ArrowRight':
        if (atEnd) moved = focusCell(rowIndex, columnIndex, 0, 1);
        break;
      case 'Escape':
        if (input.value !== textOnEntry.current) {
          onRestore(rowIndex, columnIndex, textOnEntry.current);
          moved = true;
        }
        break;
    }
    if (moved || event.key === 'Enter') event.preventDefault();
  };

  const onPasteCell = (event: ClipboardEvent<HTMLInputElement>, rowIndex: number, columnIndex: number) => {
    const text = event.clipboardData.getData('text/plain');
    if (!isCellBlock(text)) return;
    event.preventDefault();
    onPaste(rowIndex, columnIndex, parseClipboardBlock(text));
  };

  return {
    tableRef,
    /** The data attribute that finds a cell's input. */
    cellAttribute: (rowIndex: number, columnIndex: number) => ({ 'data-cell': cellKey(rowIndex, columnIndex) }),
    /** The cell input's handlers (MUI's InputBase types its key and clipboard events on its root). */
    handlers: (rowIndex: number, columnIndex: number) => ({
      onMouseDown: (event: MouseEvent<Element>) => {
        const input = event.currentTarget.querySelector('input[data-cell]');
        if (!(input instanceof HTMLInputElement) || document.activeElement === input) return;
        // Not the browser's caret where the pointer is: typing "4" into "5" would make "45".
        event.preventDefault();
        input.focus();
        input.select();
      },
      onFocus: (event: FocusEvent<HTMLInputElement | HTMLTextAreaElement>) => {
        textOnEntry.current = event.currentTarget.value;
      },
      onKeyDown: (event: KeyboardEvent<Element>) =>
        onKeyDown(event as KeyboardEvent<HTMLInputElement>, rowIndex, columnIndex),
      onPaste: (event: ClipboardEvent<Element>) =>
        onPasteCell(event as ClipboardEvent<HTMLInputElement>, rowIndex, columnIndex),
    }),
  };
}
