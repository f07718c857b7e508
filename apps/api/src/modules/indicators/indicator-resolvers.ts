import { formatPeriodKey, parsePeriodKey, valueStatus, yearSchema } from '@lagesbild/types';
import { z } from 'zod';
import type { Resolvers } from '../../generated/resolver-types';
import { requireValidMonth } from '../../validation/month';
import type { AccessRules } from '../../authorization/access-rules';
import { findIndicatorValue, findLatestReportMonth, listSameIndicatorInOtherUnits } from './indicator-service';
import { buildSeries } from './series';
import { fieldError, parseInput, requireId } from '../../errors';

/** A series spans at most 20 years: enough for any trend, bounded for the server. */
const seriesYearsSchema = z
  .object({
    fromYear: yearSchema(),
    toYear: yearSchema(),
  })
  .refine(({ fromYear, toYear }) => fromYear <= toYear && toYear - fromYear < 20, {
    error: 'outOfRange',
    path: ['toYear'],
  });

export const indicatorResolvers: Resolvers = {
  Query: {
    indicator: (_parent, { id }, { loaders }) => loaders.indicatorById.load(requireId(id, 'id')),
    latestReportMonth: (_parent, _args, { prisma }) => findLatestReportMonth(prisma),
  },
  OrgUnit: {
    latestReportMonth: (unit, _args, { loaders }) => loaders.latestReportMonthOfUnit.load(unit.id),
  },
  Indicator: {
    orgUnit: async (indicator, _args, { loaders }) => (await loaders.orgUnitById.load(indicator.orgUnitId))!,
    value: (indicator, { period }, { prisma }) => {
      const parsed = parsePeriodKey(period);
      if (!parsed) throw fieldError('period', 'invalidPeriod');
      return findIndicatorValue(prisma, indicator.id, parsed);
    },
    series: async (indicator, { granularity, fromYear, toYear }, { loaders }) => {
      const years = parseInput(seriesYearsSchema, { fromYear, toYear }, 'arguments');
      // The year before the first is read too, for "the same period last year".
      const values = await loaders.seriesValues.load({
        indicatorId: indicator.id,
        fromYear: years.fromYear - 1,
        toYear: years.toYear,
      });
      return buildSeries(indicator, values, granularity, years.fromYear, years.toYear).map((point) => ({
        ...point,
        indicator,
      }));
    },
    sameInOtherUnits: (indicator, { orgUnitCodes }, { prisma }) =>
      listSameIndicatorInOtherUnits(prisma, indicator, orgUnitCodes),
    latestValue: (indicator, { upTo }, { loaders }) =>
      loaders.latestIndicatorValue.load({ id: indicator.id, ...requireValidMonth(upTo, 'upTo') }),
  },
  SeriesPoint: {
    outcome: (point) => point.figures?.outcome ?? null,
    target: (point) => point.figures?.periodTarget ?? point.figures?.annualTarget ?? null,
    fullYearForecast: (point) => point.figures?.fullYearForecast ?? null,
    rolling12: (point) => point.figures?.rolling12 ?? null,
    previousYearOutcome: (point) => point.previousYear?.outcome ?? null,
    isSynthetic: (point) => point.figures?.isSynthetic ?? false,
    status: (point) => (point.figures ? valueStatus(point.indicator, point.figures) : 'NOT_ASSESSED'),
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
    indicator: { kind: 'signedIn' },
    latestReportMonth: { kind: 'signedIn' },
  },
  types: {
    Indicator: { kind: 'orgUnit', orgUnitOf: (indicator: { orgUnitId: number }) => indicator.orgUnitId },
    IndicatorValue: {
      kind: 'orgUnit',
      orgUnitOf: async (value: { indicatorId: number }, { loaders }) =>
        (await loaders.indicatorById.load(value.indicatorId))?.orgUnitId ?? null,
    },
    YearMonth: { kind: 'public', reason: 'a month' },
    SeriesPoint: {
      kind: 'orgUnit',
      orgUnitOf: (point: { indicator: { orgUnitId: number } }) => point.indicator.orgUnitId,
    },
  },
};
