import { useSearchParams } from 'react-router';
import type { BoardView } from './project-board-lanes';

/** The board's view in the URL (`vy=fas`, `vy=status`; the list without it), so a link or a reload opens the same view. */
const PARAM = 'vy';
const IN_URL: Record<BoardView, string | null> = { list: null, phase: 'fas', status: 'status' };

/** The view a URL's query names: the list when it names none, or one that does not exist. */
export function boardViewOf(search: URLSearchParams): BoardView {
  const named = search.get(PARAM);
  return (Object.keys(IN_URL) as BoardView[]).find((view) => named !== null && IN_URL[view] === named) ?? 'list';
}

/** The board's view, kept in the URL beside the filter; a change is a new history entry, so Back returns to the last view. */
export function useBoardView(): [BoardView, (view: BoardView) => void] {
  const [search, setSearch] = useSearchParams();
  const setView = (view: BoardView) =>
    setSearch((current) => {
      const params = new URLSearchParams(current);
      const value = IN_URL[view];
      if (value) params.set(PARAM, value);
      else params.delete(PARAM);
      return params;
    });
  return [boardViewOf(search), setView];
}
