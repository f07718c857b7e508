import { useEffect, useRef, useState } from 'react';
import { apiFailureOf } from '../../apollo/api-errors';
import type { ApiFailure } from '../../apollo/api-errors';

export type Direction = 'up' | 'down';

export interface MoveInOrderOptions {
  /** Names the list's move buttons in the page (`<prefix>-move-up-<id>`), so focus can follow a move. */
  idPrefix: string;
  /** Saves the new order, given with the order the list showed (`expectedIds`) for the conflict check. */
  saveOrder: (ids: string[], expectedIds: string[]) => Promise<unknown>;
  /** Someone else's order holds: read it, so the next move starts from it. */
  onConflict: () => Promise<unknown>;
}

/**
 * Moving one item of an ordered list up or down, as the perspectives and the risk categories are:
 * the whole new order is saved with the order shown, the API's refusal is kept for the list to
 * show, and keyboard users keep their place, focus following the moved item.
 */
export function useMoveInOrder({ idPrefix, saveOrder, onConflict }: MoveInOrderOptions) {
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  // The move button that gets focus after a move. Focused once the page shows it enabled: the
  // buttons are disabled while a move is saved, and the browser does not focus a disabled one.
  const focusAfterMove = useRef<string | null>(null);
  useEffect(() => {
    const button = focusAfterMove.current ? document.getElementById(focusAfterMove.current) : null;
    if (button instanceof HTMLButtonElement && !button.disabled) {
      button.focus();
      focusAfterMove.current = null;
    }
  });

  const buttonId = (id: string, direction: Direction) => `${idPrefix}-move-${direction}-${id}`;

  /** Moves the item at `index` one place; its new index, or null when the API refused. */
  async function move(shown: readonly string[], index: number, direction: Direction): Promise<number | null> {
    const ids = [...shown];
    const other = direction === 'up' ? index - 1 : index + 1;
    [ids[index], ids[other]] = [ids[other]!, ids[index]!];
    try {
      await saveOrder(ids, [...shown]);
      setFailure(null);
    } catch (error) {
      const refused = apiFailureOf(error);
      setFailure(refused);
      if (refused.code === 'CONFLICT') await onConflict();
      return null;
    }
    // On the button that can still move it (at the top or bottom, the other one).
    const next = other === 0 ? 'down' : other === shown.length - 1 ? 'up' : direction;
    focusAfterMove.current = buttonId(shown[index]!, next);
    return other;
  }

  return { move, failure, buttonId };
}
