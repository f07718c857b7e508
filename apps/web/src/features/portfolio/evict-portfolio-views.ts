import type { ApolloCache } from '@apollo/client';

/**
 * After a change to a project or portfolio, the views computed from it on the server (the
 * board's statuses, the overview's red projects and changes) are dropped from the cache, so
 * every page shows the change the next time it is shown, not only the page open now.
 */
export function evictPortfolioViews(cache: ApolloCache): void {
  for (const fieldName of ['portfolios', 'overview']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}
