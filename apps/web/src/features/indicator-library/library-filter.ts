import type { IndicatorRetirementFilter } from '@lagesbild/types';

export const RETIREMENT_FILTERS: IndicatorRetirementFilter[] = ['ACTIVE', 'RETIRED', 'ALL'];

/** The library's filters beside the shell's unit, kept in the URL so a view can be shared. */
export interface IndicatorLibraryFilter {
  perspectiveId: string | null;
  retirement: IndicatorRetirementFilter;
}

/** The URL's words for the retirement filter (Swedish, as the paths are). */
const RETIREMENT_IN_URL: Record<IndicatorRetirementFilter, string | null> = {
  ACTIVE: null,
  RETIRED: 'avslutade',
  ALL: 'alla',
};

export function readLibraryFilter(search: URLSearchParams): IndicatorLibraryFilter {
  const shown = search.get('visa');
  return {
    perspectiveId: search.get('perspektiv') || null,
    retirement: RETIREMENT_FILTERS.find((option) => RETIREMENT_IN_URL[option] === shown) ?? 'ACTIVE',
  };
}

export function writeLibraryFilter(search: URLSearchParams, filter: IndicatorLibraryFilter): URLSearchParams {
  const next = new URLSearchParams(search);
  if (filter.perspectiveId) next.set('perspektiv', filter.perspectiveId);
  else next.delete('perspektiv');
  const shown = RETIREMENT_IN_URL[filter.retirement];
  if (shown) next.set('visa', shown);
  else next.delete('visa');
  return next;
}
