import DataLoader from 'dataloader';
import type { IndicatorModel, PrismaClient } from '@lagesbild/db';
import { forecastsByRound, ROUND_ORDER } from './forecast-round-service';
import type { RoundForecastRow } from './forecast-round-service';

export interface IndicatorInYear {
  indicator: IndicatorModel;
  year: number;
}

/** Batched reads of the forecast rounds: two queries for any number of indicators and years. */
export function createForecastLoaders(prisma: PrismaClient) {
  return {
    roundForecasts: new DataLoader<IndicatorInYear, RoundForecastRow[], string>(
      async (keys) => {
        const years = [...new Set(keys.map((key) => key.year))];
        const indicatorIds = [...new Set(keys.map((key) => key.indicator.id))];
        const [rounds, entries] = await Promise.all([
          prisma.forecastRound.findMany({ where: { year: { in: years } }, orderBy: ROUND_ORDER }),
          prisma.indicatorForecast.findMany({
            where: { indicatorId: { in: indicatorIds }, round: { year: { in: years } } },
          }),
        ]);
        return keys.map(({ indicator, year }) =>
          forecastsByRound(
            rounds.filter((round) => round.year === year),
            entries.filter((entry) => entry.indicatorId === indicator.id),
            indicator.orgUnitId,
          ),
        );
      },
      { cacheKeyFn: ({ indicator, year }) => `${indicator.id}@${year}` },
    ),
  };
}
