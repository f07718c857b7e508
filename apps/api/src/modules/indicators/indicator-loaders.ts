import DataLoader from 'dataloader';
import type { IndicatorValueModel, PrismaClient } from '@lagesbild/db';
import type { YearMonth } from '@lagesbild/types';
import { groupRowsByKey, rowByKey } from '../../loaders/group-by-key';
import { createMonthLoader } from '../../loaders/month-loader';
import { findLatestReportMonthOfUnits, findLatestValuesUpTo } from './indicator-service';
import { findIndicatorsWithValues } from './indicator-library-service';
import { withThresholdHistory } from './threshold-history';
import type { IndicatorWithHistory } from './threshold-history';

/** The stored values of one indicator over a span of years, for its series. */
export interface SeriesValuesKey {
  indicatorId: number;
  fromYear: number;
  toYear: number;
}

export function createIndicatorLoaders(prisma: PrismaClient) {
  return {
    /** With the thresholds' history, which judges the indicator's values. */
    indicatorById: new DataLoader<number, IndicatorWithHistory | null>(async (ids) =>
      rowByKey(
        ids,
        await withThresholdHistory(prisma, await prisma.indicator.findMany({ where: { id: { in: [...ids] } } })),
        (row) => row.id,
      ),
    ),
    /** Whether each indicator has any value saved (the library locks its value-defining fields). */
    indicatorHasValues: new DataLoader<number, boolean>(async (ids) => {
      const withValues = await findIndicatorsWithValues(prisma, ids);
      return ids.map((id) => withValues.has(id));
    }),
    latestReportMonthOfUnit: new DataLoader<number, YearMonth | null>(async (orgUnitIds) => {
      const latest = await findLatestReportMonthOfUnits(prisma, orgUnitIds);
      return orgUnitIds.map((id) => latest.get(id) ?? null);
    }),
    /**
     * Each indicator's latest value with an outcome, at its own periodicity, in a period
     * that has begun by the month (see startsBy in @lagesbild/types). One query per
     * distinct month asked for.
     */
    latestIndicatorValue: createMonthLoader(
      (indicatorIds, month) => findLatestValuesUpTo(prisma, indicatorIds, month),
      (value) => value.indicatorId,
    ),
    /**
     * The values behind series, so comparing several units' series costs one query per
     * distinct span of years, not one per unit.
     */
    seriesValues: new DataLoader<SeriesValuesKey, IndicatorValueModel[], string>(
      async (keys) => {
        const found = new Map<string, IndicatorValueModel[]>();
        const spans = new Map(keys.map((key) => [`${key.fromYear}-${key.toYear}`, key]));
        for (const [span, { fromYear, toYear }] of spans) {
          const indicatorIds = keys
            .filter((key) => `${key.fromYear}-${key.toYear}` === span)
            .map((key) => key.indicatorId);
          const values = await prisma.indicatorValue.findMany({
            where: { indicatorId: { in: indicatorIds }, year: { gte: fromYear, lte: toYear } },
          });
          groupRowsByKey(indicatorIds, values, (value) => value.indicatorId).forEach((group, index) =>
            found.set(`${indicatorIds[index]}@${span}`, group),
          );
        }
        return keys.map((key) => found.get(`${key.indicatorId}@${key.fromYear}-${key.toYear}`) ?? []);
      },
      { cacheKeyFn: (key) => `${key.indicatorId}@${key.fromYear}-${key.toYear}` },
    ),
  };
}
