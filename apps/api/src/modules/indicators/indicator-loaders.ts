import DataLoader from 'dataloader';
import type { IndicatorModel, PrismaClient } from '@lagesbild/db';
import type { YearMonth } from '@lagesbild/types';
import { rowByKey } from '../../loaders/group-by-key';
import { createMonthLoader } from '../../loaders/month-loader';
import { findLatestReportMonthOfUnits, findLatestValuesUpTo } from './indicator-service';

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
    latestIndicatorValue: createMonthLoader(
      (indicatorIds, month) => findLatestValuesUpTo(prisma, indicatorIds, month),
      (value) => value.indicatorId,
    ),
  };
}
