import DataLoader from 'dataloader';
import type { YearMonth } from '@lagesbild/types';

/** A record (a goal, an indicator) as of a report month. */
export interface InMonth extends YearMonth {
  id: number;
}

/**
 * A DataLoader for "the latest row of each record as of a month": it runs one query per
 * distinct month asked for in the request, with all the records asked for in that month.
 * `loadNewestFirst` returns rows newest first; the first row of each record wins.
 */
export function createMonthLoader<Row>(
  loadNewestFirst: (ids: number[], month: YearMonth) => Promise<Row[]>,
  idOf: (row: Row) => number,
): DataLoader<InMonth, Row | null, string> {
  const cacheKey = ({ id, year, month }: InMonth): string => `${id}@${year}-${month}`;
  return new DataLoader<InMonth, Row | null, string>(
    async (keys) => {
      const found = new Map<string, Row>();
      const months = new Map(keys.map((key) => [`${key.year}-${key.month}`, { year: key.year, month: key.month }]));
      for (const month of months.values()) {
        const ids = keys.filter((key) => key.year === month.year && key.month === month.month).map((key) => key.id);
        for (const row of await loadNewestFirst(ids, month)) {
          const key = cacheKey({ id: idOf(row), ...month });
          if (!found.has(key)) found.set(key, row);
        }
      }
      return keys.map((key) => found.get(cacheKey(key)) ?? null);
    },
    { cacheKeyFn: cacheKey },
  );
}

/** A Prisma filter for rows of a report month or earlier, by their `year` and `month`. */
export function upToMonth({ year, month }: YearMonth) {
  return { OR: [{ year: { lt: year } }, { year, month: { lte: month } }] };
}

/** Orders rows by report month, newest first, as createMonthLoader needs them. */
export const NEWEST_MONTH_FIRST = [{ year: 'desc' as const }, { month: 'desc' as const }];
