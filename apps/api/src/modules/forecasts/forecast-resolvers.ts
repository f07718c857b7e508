import {
  closeForecastRoundInputSchema,
  openForecastRoundInputSchema,
  PROJECTION_TOLERANCE,
  toIsoDate,
  yearSchema,
} from '@lagesbild/types';
import type { Resolvers } from '../../generated/resolver-types';
import type { AccessRules } from '../../authorization/access-rules';
import { requireValidMonth } from '../../validation/month';
import { findForecastAccuracy } from './forecast-accuracy-service';
import {
  closeForecastRound,
  listForecastRounds,
  listForecastRoundYears,
  openForecastRound,
} from './forecast-round-service';
import { projectIndicator } from './projection-service';
import { parseInput } from '../../errors';

const forecastYearSchema = yearSchema();

export const forecastResolvers: Resolvers = {
  Query: {
    forecastRounds: (_parent, { year }, { prisma }) =>
      listForecastRounds(prisma, parseInput(forecastYearSchema, year, 'year')),
    forecastRoundYears: (_parent, _args, { prisma }) => listForecastRoundYears(prisma),
    forecastAccuracy: (_parent, { orgUnitCode, year }, { prisma, access, orgTree }) =>
      findForecastAccuracy(prisma, orgTree, orgUnitCode, parseInput(forecastYearSchema, year, 'year'), (id) =>
        access.canRead(id),
      ),
  },
  Mutation: {
    openForecastRound: (_parent, { input }, { mutate }) =>
      mutate('openForecastRound', (tx) =>
        openForecastRound(tx, parseInput(openForecastRoundInputSchema, input, 'input')),
      ),
    closeForecastRound: (_parent, { input }, { mutate }) =>
      mutate('closeForecastRound', (tx) =>
        closeForecastRound(tx, parseInput(closeForecastRoundInputSchema, input, 'input')),
      ),
  },
  ForecastRound: {
    asOf: (round) => toIsoDate(round.asOf),
  },
  Indicator: {
    roundForecasts: (indicator, { year }, { loaders }) =>
      loaders.roundForecasts.load({ indicator, year: parseInput(forecastYearSchema, year, 'year') }),
    yearEndProjection: async (indicator, { upTo }, { loaders }) => {
      const month = requireValidMonth(upTo, 'upTo');
      const values = await loaders.seriesValues.load({
        indicatorId: indicator.id,
        fromYear: month.year - 1,
        toYear: month.year,
      });
      return projectIndicator(indicator, values, month);
    },
  },
  YearEndProjection: {
    difference: (row) => row.comparison?.difference ?? null,
    relativeDifference: (row) => row.comparison?.relativeDifference ?? null,
    differsFromForecast: (row) => row.comparison?.beyondTolerance ?? false,
    tolerance: () => PROJECTION_TOLERANCE,
  },
  IndicatorForecastAccuracy: {
    outcome: (row) => row.outcome?.outcome ?? null,
    outcomeIsSynthetic: (row) => row.outcome?.isSynthetic ?? false,
  },
};

export const forecastRules: AccessRules = {
  Query: {
    forecastRounds: { kind: 'signedIn' },
    forecastRoundYears: { kind: 'signedIn' },
    forecastAccuracy: { kind: 'signedIn' },
  },
  Mutation: {
    openForecastRound: { kind: 'roleEverywhere', role: 'ADMIN' },
    closeForecastRound: { kind: 'roleEverywhere', role: 'ADMIN' },
  },
  types: {
    ForecastRound: { kind: 'public', reason: "the organisation's forecasting calendar: names and dates" },
    RoundForecast: { kind: 'orgUnit', orgUnitOf: (row: { indicatorOrgUnitId: number }) => row.indicatorOrgUnitId },
    YearEndProjection: {
      kind: 'orgUnit',
      orgUnitOf: (row: { indicatorOrgUnitId: number }) => row.indicatorOrgUnitId,
    },
    ForecastAccuracy: { kind: 'orgUnit', orgUnitOf: (row: { orgUnit: { id: number } }) => row.orgUnit.id },
    IndicatorForecastAccuracy: {
      kind: 'orgUnit',
      orgUnitOf: (row: { indicator: { orgUnitId: number } }) => row.indicator.orgUnitId,
    },
    ForecastError: { kind: 'orgUnit', orgUnitOf: (row: { indicatorOrgUnitId: number }) => row.indicatorOrgUnitId },
    RoundAccuracy: { kind: 'orgUnit', orgUnitOf: (row: { orgUnitId: number }) => row.orgUnitId },
    UnitAccuracy: { kind: 'orgUnit', orgUnitOf: (row: { orgUnit: { id: number } }) => row.orgUnit.id },
  },
};
