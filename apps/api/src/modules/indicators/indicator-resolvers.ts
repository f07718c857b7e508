import {
  formatPeriodKey,
  indicatorValueInputSchema,
  indicatorValuesInputSchema,
  MAX_COMPARED_UNITS,
  MAX_VALUES_PER_SAVE,
  parsePeriodKey,
  valueStatus,
} from '@lagesbild/types';
import { z } from 'zod';
import type { Resolvers } from '../../generated/resolver-types';
import { requireValidMonth } from '../../validation/month';
import type { AccessRules } from '../access/access-rules';
import { findLatestReportMonth } from './indicator-service';
import { saveIndicatorValue, saveIndicatorValues } from './indicator-value-service';
import { buildSeries } from './series';
import { fieldError, parseInput, requireId } from '../../errors';

/** A series spans at most 20 years: enough for any trend, bounded for the server. */
const seriesYearsSchema = z
  .object({
    fromYear: z.number().int().min(1900, { error: 'outOfRange' }),
    toYear: z.number().int().max(2999, { error: 'outOfRange' }),
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
  Mutation: {
    saveIndicatorValue: (_parent, { input }, { mutate, viewer, loaders }) =>
      mutate('saveIndicatorValue', async (tx) => {
        const parsed = parseInput(indicatorValueInputSchema, input, 'input');
        const indicator = (await loaders.indicatorById.load(parsed.indicatorId))!;
        return saveIndicatorValue(tx, indicator, parsed, viewer!.id);
      }),
    saveIndicatorValues: (_parent, { input }, { mutate, viewer, loaders }) =>
      mutate('saveIndicatorValues', async (tx) => {
        const parsed = parseInput(indicatorValuesInputSchema, input, 'input');
        const ids = [...new Set(parsed.values.map((value) => value.indicatorId))];
        const indicators = await loaders.indicatorById.loadMany(ids);
        const byId = new Map(
          indicators.flatMap((indicator) =>
            indicator && !(indicator instanceof Error) ? [[indicator.id, indicator]] : [],
          ),
        );
        return saveIndicatorValues(tx, byId, parsed.values, viewer!.id);
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
      prisma.indicator.findMany({
        where: {
          code: indicator.code,
          id: { not: indicator.id },
          ...(orgUnitCodes ? { orgUnit: { code: { in: orgUnitCodes.slice(0, MAX_COMPARED_UNITS) } } } : {}),
        },
        orderBy: [{ orgUnit: { sortOrder: 'asc' } }, { orgUnitId: 'asc' }],
      }),
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
    saveIndicatorValues: {
      kind: 'role',
      role: 'ANALYST',
      // Every indicator's unit: the user must be an analyst of each.
      orgUnitOf: async (args, { loaders }) => {
        const values = (args.input as { values?: unknown } | undefined)?.values;
        if (!Array.isArray(values) || values.length > MAX_VALUES_PER_SAVE) {
          throw fieldError('input.values', Array.isArray(values) ? 'tooMany' : 'required');
        }
        const ids = values.map((value, index) =>
          requireId((value as { indicatorId?: unknown } | null)?.indicatorId, `input.values.${index}.indicatorId`),
        );
        const indicators = await loaders.indicatorById.loadMany([...new Set(ids)]);
        return indicators.map((indicator) => (indicator && !(indicator instanceof Error) ? indicator.orgUnitId : null));
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
    SeriesPoint: {
      kind: 'orgUnit',
      orgUnitOf: (point: { indicator: { orgUnitId: number } }) => point.indicator.orgUnitId,
    },
  },
};
