import DataLoader from 'dataloader';
import type { IndicatorModel, IndicatorValueModel, PrismaClient } from '@lagesbild/db';
import type { YearMonth } from '@lagesbild/types';
import { rowByKey } from '../../loaders/group-by-key';
import { findLatestReportMonthOfUnits } from './indicator-service';

export interface IndicatorInMonth extends YearMonth {
  indicatorId: number;
}

export function createIndicatorLoaders(prisma: PrismaClient) {
  return {
    indicatorById: new DataLoader<number, IndicatorModel | null>(async (ids) =>
      rowByKey(ids, await prisma.indicator.findMany({ where: { id: { in: [...ids] } } }), (row) => row.id),
    ),
    latestReportMonthOfUnit: new DataLoader<number, YearMonth | null>(async (orgUnitIds) => {
      const latest = await findLatestReportMonthOfUnits(prisma, orgUnitIds);
      return orgUnitIds.map((id) => latest.get(id) ?? null);
    }),
    /**
     * Each indicator's latest value with an outcome, at its own periodicity, in a period
     * that has begun by the month (see startsBy in @lagesbild/types). One query per
     * distinct month asked for.
     */
    latestIndicatorValue: new DataLoader<IndicatorInMonth, IndicatorValueModel | null, string>(
      async (keys) => {
        const found = new Map<string, IndicatorValueModel>();
        const months = new Map(keys.map((key) => [`${key.year}-${key.month}`, key]));
        for (const { year, month } of months.values()) {
          const indicatorIds = keys
            .filter((key) => key.year === year && key.month === month)
            .map((key) => key.indicatorId);
          for (const value of await latestValuesUpTo(prisma, indicatorIds, { year, month })) {
            found.set(`${value.indicatorId}@${year}-${month}`, value);
          }
        }
        return keys.map((key) => found.get(`${key.indicatorId}@${key.year}-${key.month}`) ?? null);
      },
      { cacheKeyFn: (key) => `${key.indicatorId}@${key.year}-${key.month}` },
    ),
  };
}

/** A period's first month is (periodNumber − 1) × months per period + 1, as firstMonthOf in @lagesbild/types. */
function latestValuesUpTo(
  prisma: PrismaClient,
  indicatorIds: number[],
  { year, month }: YearMonth,
): Promise<IndicatorValueModel[]> {
  return prisma.$queryRaw<IndicatorValueModel[]>`
    SELECT DISTINCT ON (v."indicatorId") v.*
    FROM "IndicatorValue" v
    JOIN "Indicator" i ON i."id" = v."indicatorId" AND v."granularity" = i."periodicity"
    WHERE v."indicatorId" = ANY(${indicatorIds}::int[])
      AND v."outcome" IS NOT NULL
      AND (v."year" < ${year}
        OR (v."year" = ${year}
          AND (v."periodNumber" - 1) * CASE v."granularity" WHEN 'YEAR' THEN 12 WHEN 'TERTIAL' THEN 4 ELSE 1 END + 1 <= ${month}))
    ORDER BY v."indicatorId", v."year" DESC, v."periodNumber" DESC`;
}
