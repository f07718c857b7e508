import { formatPeriodKey, valueStatus } from '@lagesbild/types';
import type { Resolvers } from '../../generated/resolver-types';
import { requireValidMonth } from '../../validation/month';
import { findLatestReportMonth } from './indicator-service';

export const indicatorResolvers: Resolvers = {
  Query: {
    latestReportMonth: (_parent, _args, { prisma }) => findLatestReportMonth(prisma),
  },
  OrgUnit: {
    latestReportMonth: (unit, _args, { loaders }) => loaders.latestReportMonthOfUnit.load(unit.id),
  },
  Indicator: {
    orgUnit: async (indicator, _args, { loaders }) => (await loaders.orgUnitById.load(indicator.orgUnitId))!,
    latestValue: (indicator, { upTo }, { loaders }) =>
      loaders.latestIndicatorValue.load({ id: indicator.id, ...requireValidMonth(upTo, 'upTo') }),
  },
  IndicatorValue: {
    period: (value) => formatPeriodKey(value),
    status: async (value, _args, { loaders }) => {
      const indicator = (await loaders.indicatorById.load(value.indicatorId))!;
      return valueStatus(indicator, value);
    },
  },
};
