import type { ProjectState, ValueStatus } from '@lagesbild/types';
import { useSearchParams } from 'react-router';
import { SORT_ORDERS } from './board-filter';
import type { BoardFilter, SortOrder } from './board-filter';

/** The board's filter and order live in the URL, beside the unit and period, so a link shows the same board. */
const PARAMS = { portfolioId: 'portfolj', state: 'lage', colour: 'status', sort: 'sortering' } as const;

export function useBoardFilter(): [BoardFilter, (filter: BoardFilter) => void] {
  const [search, setSearch] = useSearchParams();
  const sort = search.get(PARAMS.sort) as SortOrder | null;
  const filter: BoardFilter = {
    portfolioId: search.get(PARAMS.portfolioId),
    state: search.get(PARAMS.state) as ProjectState | null,
    colour: search.get(PARAMS.colour) as ValueStatus | null,
    sort: sort && SORT_ORDERS.includes(sort) ? sort : 'name',
  };
  const setFilter = (next: BoardFilter) =>
    setSearch((current) => {
      const params = new URLSearchParams(current);
      for (const key of Object.keys(PARAMS) as (keyof BoardFilter)[]) {
        const value = key === 'sort' && next.sort === 'name' ? null : next[key];
        if (value) params.set(PARAMS[key], value);
        else params.delete(PARAMS[key]);
      }
      return params;
    });
  return [filter, setFilter];
}
