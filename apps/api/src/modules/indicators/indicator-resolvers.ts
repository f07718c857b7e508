import {
  createIndicatorInputSchema,
  effectiveThresholds,
  formatPeriodKey,
  formatYearMonth,
  idSchema,
  parsePeriodKey,
  setIndicatorRetiredInputSchema,
  updateIndicatorInputSchema,
  valueStatus,
  yearSchema,
} from '@lagesbild/types';
import { z } from 'zod';
import type { Resolvers } from '../../generated/resolver-types';
import { requireValidMonth } from '../../validation/month';
import type { AccessRules } from '../../authorization/access-rules';
import { findIndicatorValue, findLatestReportMonth, listSameIndicatorInOtherUnits } from './indicator-service';
import { buildSeries } from './series';
import { inOrderOfMonth } from './threshold-history';
import {
  createIndicator,
  listIndicatorLibrary,
  listIndicatorOwnerOptions,
  listIndicatorsByCode,
  setIndicatorRetired,
  updateIndicator,
} from './indicator-library-service';
import { findSubtreeIds } from '../organisation';
import type { RequestContext } from '../../context';
import { forbidden, fieldError, parseInput, requireId } from '../../errors';

const libraryFilterSchema = z.object({
  orgUnitCode: z.string().max(100, { error: 'tooLong' }),
  perspectiveId: idSchema.nullish().transform((id) => id ?? null),
  goalId: idSchema.nullish().transform((id) => id ?? null),
  retirement: z
    .enum(['ACTIVE', 'RETIRED', 'ALL'])
    .nullish()
    .transform((retirement) => retirement ?? 'ACTIVE'),
});

/** The unit an indicator mutation acts on: the new indicator's, or the changed indicator's own. */
async function unitOfIndicatorInput(args: Record<string, unknown>, { loaders }: RequestContext) {
  const input = args.input as { id?: unknown };
  return (await loaders.indicatorById.load(requireId(input?.id, 'input.id')))?.orgUnitId ?? null;
}

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
    latestReportMonth: (_parent, _args, { prisma, orgTree }) => findLatestReportMonth(prisma, orgTree),
    indicatorLibrary: async (_parent, { filter }, { prisma, orgTree }) => {
      const query = parseInput(libraryFilterSchema, filter, 'filter');
      return listIndicatorLibrary(prisma, {
        ...query,
        orgUnitIds: findSubtreeIds(orgTree, query.orgUnitCode),
      });
    },
    indicatorsByCode: (_parent, { code }, { prisma }) => {
      if (code.length > 40) throw fieldError('code', 'tooLong');
      return listIndicatorsByCode(prisma, code);
    },
    indicatorOwnerOptions: (_parent, _args, { prisma, access }) => {
      if (!access.holdsAnywhere('ADMIN')) throw forbidden();
      return listIndicatorOwnerOptions(prisma);
    },
  },
  Mutation: {
    createIndicator: (_parent, { input }, { mutate }) =>
      mutate('createIndicator', (tx) => createIndicator(tx, parseInput(createIndicatorInputSchema, input, 'input'))),
    updateIndicator: (_parent, { input }, { mutate, viewer }) =>
      mutate('updateIndicator', (tx) =>
        updateIndicator(tx, parseInput(updateIndicatorInputSchema, input, 'input'), viewer?.id ?? null),
      ),
    setIndicatorRetired: (_parent, { input }, { mutate }) =>
      mutate('setIndicatorRetired', (tx) =>
        setIndicatorRetired(tx, parseInput(setIndicatorRetiredInputSchema, input, 'input')),
      ),
  },
  OrgUnit: {
    latestReportMonth: (unit, _args, { loaders }) => loaders.latestReportMonthOfUnit.load(unit.id),
  },
  Indicator: {
    owner: async (indicator, _args, { loaders }) => {
      if (indicator.ownerId === null) return null;
      const owner = await loaders.userById.load(indicator.ownerId);
      return owner ? { id: owner.id, name: owner.name } : null;
    },
    thresholdKind: (indicator) => effectiveThresholds(indicator).thresholdKind,
    yellowThreshold: (indicator) => effectiveThresholds(indicator).yellowThreshold,
    redThreshold: (indicator) => effectiveThresholds(indicator).redThreshold,
    retiredAt: (indicator) => indicator.retiredAt?.toISOString() ?? null,
    thresholdHistory: async (indicator, _args, { loaders }) =>
      inOrderOfMonth((await loaders.indicatorById.load(indicator.id))!.thresholdHistory),
    hasValues: (indicator, _args, { loaders }) => loaders.indicatorHasValues.load(indicator.id),
    orgUnit: async (indicator, _args, { loaders }) => (await loaders.orgUnitById.load(indicator.orgUnitId))!,
    value: (indicator, { period }, { prisma }) => {
      const parsed = parsePeriodKey(period);
      if (!parsed) throw fieldError('period', 'invalidPeriod');
      return findIndicatorValue(prisma, indicator.id, parsed);
    },
    series: async (parent, { granularity, fromYear, toYear }, { loaders }) => {
      const years = parseInput(seriesYearsSchema, { fromYear, toYear }, 'arguments');
      // The year before the first is read too, for "the same period last year".
      const [indicator, values] = await Promise.all([
        // With its thresholds' history, which judges each point.
        loaders.indicatorById.load(parent.id),
        loaders.seriesValues.load({ indicatorId: parent.id, fromYear: years.fromYear - 1, toYear: years.toYear }),
      ]);
      return buildSeries(indicator!, values, granularity, years.fromYear, years.toYear).map((point) => ({
        ...point,
        indicator: indicator!,
      }));
    },
    sameInOtherUnits: (indicator, { orgUnitCodes }, { prisma }) =>
      listSameIndicatorInOtherUnits(prisma, indicator, orgUnitCodes),
    canSetStatus: (indicator, _args, { access }) => access.holds('ANALYST', indicator.orgUnitId),
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
    status: ({ indicator, figures, granularity, year, periodNumber }) =>
      figures ? valueStatus(indicator, { ...figures, granularity, year, periodNumber }) : 'NOT_ASSESSED',
    statusOverrideReason: (point) =>
      point.figures?.statusOverride ? (point.figures.statusOverrideReason ?? null) : null,
  },
  IndicatorThresholdSet: {
    fromMonth: (set) =>
      set.fromYear === null || set.fromMonth === null
        ? null
        : formatYearMonth({ year: set.fromYear, month: set.fromMonth }),
    yellowThreshold: (set) => effectiveThresholds({ ...set, direction: 'HIGHER_IS_BETTER' }).yellowThreshold,
    redThreshold: (set) => effectiveThresholds({ ...set, direction: 'HIGHER_IS_BETTER' }).redThreshold,
    changedAt: (set) => set.changedAt?.toISOString() ?? null,
    changedBy: async (set, _args, { loaders }) =>
      set.changedById === null ? null : ((await loaders.userById.load(set.changedById))?.name ?? null),
  },
  IndicatorValue: {
    period: (value) => formatPeriodKey(value),
    status: async (value, _args, { loaders }) => {
      const indicator = (await loaders.indicatorById.load(value.indicatorId))!;
      return valueStatus(indicator, value);
    },
    ruleStatus: async (value, _args, { loaders }) => {
      const indicator = (await loaders.indicatorById.load(value.indicatorId))!;
      return valueStatus(indicator, { ...value, statusOverride: null });
    },
  },
};

export const indicatorRules: AccessRules = {
  Query: {
    indicator: { kind: 'signedIn' },
    latestReportMonth: { kind: 'signedIn' },
    indicatorLibrary: { kind: 'signedIn' },
    indicatorsByCode: { kind: 'signedIn' },
    indicatorOwnerOptions: { kind: 'signedIn' },
  },
  Mutation: {
    createIndicator: {
      kind: 'role',
      role: 'ADMIN',
      orgUnitOf: async (args, { loaders }) => {
        const orgUnitId = requireId((args.input as { orgUnitId?: unknown })?.orgUnitId, 'input.orgUnitId');
        return (await loaders.orgUnitById.load(orgUnitId))?.id ?? null;
      },
    },
    updateIndicator: { kind: 'role', role: 'ADMIN', orgUnitOf: unitOfIndicatorInput },
    setIndicatorRetired: { kind: 'role', role: 'ADMIN', orgUnitOf: unitOfIndicatorInput },
  },
  types: {
    IndicatorOwner: { kind: 'public', reason: "a person's name, shown beside the indicators they answer for" },
    Indicator: { kind: 'orgUnit', orgUnitOf: (indicator: { orgUnitId: number }) => indicator.orgUnitId },
    IndicatorValue: {
      kind: 'orgUnit',
      orgUnitOf: async (value: { indicatorId: number }, { loaders }) =>
        (await loaders.indicatorById.load(value.indicatorId))?.orgUnitId ?? null,
    },
    YearMonth: { kind: 'public', reason: 'a month' },
    IndicatorThresholdSet: {
      kind: 'orgUnit',
      orgUnitOf: async (set: { indicatorId: number }, { loaders }) =>
        (await loaders.indicatorById.load(set.indicatorId))?.orgUnitId ?? null,
    },
    SeriesPoint: {
      kind: 'orgUnit',
      orgUnitOf: (point: { indicator: { orgUnitId: number } }) => point.indicator.orgUnitId,
    },
  },
};
