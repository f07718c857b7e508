import { closeForecastRoundInputSchema, openForecastRoundInputSchema, toIsoDate } from '@lagesbild/types';
import { z } from 'zod';
import type { Resolvers } from '../../generated/resolver-types';
import { parseInput } from '../../validation/input-error';
import type { AccessRules } from '../access/access-rules';
import { closeForecastRound, listForecastRounds, openForecastRound } from './forecast-round-service';

const yearSchema = z.number().int().min(1900, { error: 'outOfRange' }).max(2999, { error: 'outOfRange' });

export const forecastResolvers: Resolvers = {
  Query: {
    forecastRounds: (_parent, { year }, { prisma }) => listForecastRounds(prisma, parseInput(yearSchema, year, 'year')),
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
      loaders.roundForecasts.load({ indicator, year: parseInput(yearSchema, year, 'year') }),
  },
};

export const forecastRules: AccessRules = {
  Query: {
    forecastRounds: { kind: 'signedIn' },
  },
  Mutation: {
    openForecastRound: { kind: 'roleEverywhere', role: 'ADMIN' },
    closeForecastRound: { kind: 'roleEverywhere', role: 'ADMIN' },
  },
  types: {
    ForecastRound: { kind: 'public', reason: "the organisation's forecasting calendar: names and dates" },
    RoundForecast: { kind: 'orgUnit', orgUnitOf: (row: { indicatorOrgUnitId: number }) => row.indicatorOrgUnitId },
  },
};
