import type { IndicatorRetirementFilter } from '@lagesbild/types';

export const RETIREMENT_FILTERS: IndicatorRetirementFilter[] = ['ACTIVE', 'RETIRED', 'ALL'];

/** The library's filters beside the shell's unit, kept in the URL so a view can be shared. */
export interface IndicatorLibraryFilter {
  perspectiveId: string | null;
  retirement: IndicatorRetirementFilter;
}

export function readLibraryFilter(search: URLSearchParams): IndicatorLibraryFilter {
  const retirement = search.get('visa')?.toUpperCase();
  return {
    perspectiveId: search.get('perspektiv') || null,
    retirement: RETIREMENT_FILTERS.find((option) => option === retirement) ?? 'ACTIVE',
  };
}

export function writeLibraryFilter(search: URLSearchParams, filter: IndicatorLibraryFilter): URLSearchParams {
  const next = new URLSearchParams(search);
  if (filter.perspectiveId) next.set('perspektiv', filter.perspectiveId);
  else next.delete('perspektiv');
  if (filter.retirement === 'ACTIVE') next.delete('visa');
  else next.set('visa', filter.retirement.toLowerCase());
  return next;
}
