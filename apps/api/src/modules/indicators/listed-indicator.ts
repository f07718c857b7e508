import type { Prisma, PrismaClient } from '@lagesbild/db';
import type { WithThresholdHistory } from './threshold-history';

/**
 * The columns of an indicator that a list of thousands reads (a city's overview judges 5,000):
 * what the status rule, a roll-up and an item in a list need, without the descriptions, sources
 * and owners that only the indicator's own page shows. Prisma's cost of a row grows with its
 * columns: the city's 5,000 whole rows took about 120 ms to read, these about 70.
 */
export const LISTED_INDICATOR_COLUMNS = {
  id: true,
  code: true,
  name: true,
  orgUnitId: true,
  unit: true,
  periodicity: true,
  direction: true,
  cumulative: true,
  unitRollup: true,
  kind: true,
  isKey: true,
  yellowTolerance: true,
  thresholdKind: true,
  yellowThreshold: true,
  redThreshold: true,
} as const satisfies Prisma.IndicatorSelect;

export type ListedIndicator = Prisma.IndicatorGetPayload<{ select: typeof LISTED_INDICATOR_COLUMNS }>;

/** A listed indicator as the status rule judges it: with its thresholds' history. */
export type JudgedIndicator = WithThresholdHistory<ListedIndicator>;

/** The indicators that match, with the listed columns, in the library's order. */
export function findListedIndicators(
  prisma: PrismaClient,
  where: Prisma.IndicatorWhereInput,
): Promise<ListedIndicator[]> {
  return prisma.indicator.findMany({
    where,
    select: LISTED_INDICATOR_COLUMNS,
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
  });
}
