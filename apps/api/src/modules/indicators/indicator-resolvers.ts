import { formatPeriodKey, indicatorValueInputSchema, parsePeriodKey, valueStatus } from '@lagesbild/types';
import type { Resolvers } from '../../generated/resolver-types';
import { fieldError, parseInput, requireId } from '../../validation/input-error';
import { requireValidMonth } from '../../validation/month';
import type { AccessRules } from '../access/access-rules';
import { findLatestReportMonth } from './indicator-service';
import { saveIndicatorValue } from './indicator-value-service';

export const indicatorResolvers: Resolvers = {
  Query: {
    latestReportMonth: (_parent, _args, { prisma }) => findLatestReportMonth(prisma),
  },
  Mutation: {
    saveIndicatorValue: (_parent, { input }, { mutate, viewer, loaders }) =>
      mutate('saveIndicatorValue', async (tx) => {
        const parsed = parseInput(indicatorValueInputSchema, input, 'input');
        const indicator = (await loaders.indicatorById.load(parsed.indicatorId))!;
        return saveIndicatorValue(tx, indicator, parsed, viewer!.id);
      }),
  },
  OrgUnit: {
    latestReportMonth: (unit, _args, { loaders }) => loaders.latestReportMonthOfUnit.load(unit.id),
  },
  Indicator: {
    orgUnit: async (indicator, _args, { loaders }) => (await loaders.orgUnitById.load(indicator.orgUnitId))!,
    value: (indicator, { period }, { prisma }) => {
      const parsed = parsePeriodKey(period);
      if (!parsed) throw fieldError('period', 'invalidPeriod');
      return prisma.indicatorValue.findUnique({
        where: { indicatorId_granularity_year_periodNumber: { indicatorId: indicator.id, ...parsed } },
      });
    },
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

export const indicatorRules: AccessRules = {
  Query: {
    latestReportMonth: { kind: 'signedIn' },
  },
  Mutation: {
    saveIndicatorValue: {
      kind: 'role',
      role: 'ANALYST',
      orgUnitOf: async (args, { loaders }) => {
        const indicatorId = requireId(
          (args.input as { indicatorId?: unknown } | undefined)?.indicatorId,
          'input.indicatorId',
        );
        return (await loaders.indicatorById.load(indicatorId))?.orgUnitId ?? null;
      },
    },
  },
  types: {
    Indicator: { kind: 'orgUnit', orgUnitOf: (indicator: { orgUnitId: number }) => indicator.orgUnitId },
    IndicatorValue: {
      kind: 'orgUnit',
      orgUnitOf: async (value: { indicatorId: number }, { loaders }) =>
        (await loaders.indicatorById.load(value.indicatorId))?.orgUnitId ?? null,
    },
    YearMonth: { kind: 'public', reason: 'a month' },
  },
};
