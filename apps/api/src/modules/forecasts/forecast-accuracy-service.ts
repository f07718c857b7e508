import type { ForecastRoundModel, OrgUnitModel, PrismaClient } from '@lagesbild/db';
import { inTreeOrder } from '@lagesbild/types';
import { yearEndOutcome } from '../indicators';
import { findUnitByCode } from '../organisation';
import { indicatorAccuracy, percentageErrorSummary } from './forecast-accuracy';
import type { IndicatorAccuracyRow, PercentageErrorSummary } from './forecast-accuracy';
import { forecastsByRound, ROUND_ORDER } from './forecast-round-service';

/** A round's mean over the asked unit's indicators; `orgUnitId` is that unit, for access. */
export type RoundAccuracyRow = PercentageErrorSummary & { round: ForecastRoundModel; orgUnitId: number };
export type UnitAccuracyRow = PercentageErrorSummary & { orgUnit: OrgUnitModel };

/** How good a unit's forecasts of a year were (see ForecastAccuracy in forecasts.graphql). */
export interface ForecastAccuracyRow extends PercentageErrorSummary {
  orgUnit: OrgUnitModel;
  year: number;
  rounds: ForecastRoundModel[];
  indicators: IndicatorAccuracyRow[];
  byRound: RoundAccuracyRow[];
  byUnit: UnitAccuracyRow[];
}

/**
 * The forecasts of a year's rounds for the indicators of a unit and the units below it that the
 * user may read, against each indicator's outcome at year end, in three set-based reads
 * whatever the number of indicators: the rounds, the forecasts with their indicators, and the
 * year's values. The units are those the request read with its org tree (context.ts).
 */
export async function findForecastAccuracy(
  prisma: PrismaClient,
  unitsInDisplayOrder: readonly OrgUnitModel[],
  orgUnitCode: string,
  year: number,
  canRead: (orgUnitId: number) => boolean,
): Promise<ForecastAccuracyRow | null> {
  const unit = findUnitByCode(unitsInDisplayOrder, orgUnitCode);
  if (!unit) return null;
  const subtree = inTreeOrder(unitsInDisplayOrder, unit.id).filter((node) => canRead(node.id));
  const [rounds, entries] = await Promise.all([
    prisma.forecastRound.findMany({ where: { year }, orderBy: ROUND_ORDER }),
    prisma.indicatorForecast.findMany({
      where: { round: { year }, indicator: { orgUnitId: { in: subtree.map((node) => node.id) } } },
      include: { indicator: true },
    }),
  ]);
  const indicators = [...new Map(entries.map((entry) => [entry.indicator.id, entry.indicator])).values()];
  const unitOrder = new Map(subtree.map((node, index) => [node.id, index]));
  indicators.sort(
    (a, b) => unitOrder.get(a.orgUnitId)! - unitOrder.get(b.orgUnitId)! || a.sortOrder - b.sortOrder || a.id - b.id,
  );
  const values = await prisma.indicatorValue.findMany({
    where: { indicatorId: { in: indicators.map((indicator) => indicator.id) }, year },
  });

  const rows = indicators.map((indicator) =>
    indicatorAccuracy(
      indicator,
      forecastsByRound(
        rounds,
        entries.filter((entry) => entry.indicatorId === indicator.id),
        indicator.orgUnitId,
      ),
      yearEndOutcome(
        indicator,
        values.filter((value) => value.indicatorId === indicator.id),
        year,
      ),
    ),
  );
  return {
    orgUnit: unit,
    year,
    rounds,
    indicators: rows,
    ...percentageErrorSummary(rows),
    byRound: rounds.map((round) => ({
      round,
      orgUnitId: unit.id,
      ...percentageErrorSummary(rows, (_row, forecast) => forecast.round.id === round.id),
    })),
    byUnit: subtree
      .filter((node) => rows.some((row) => row.indicator.orgUnitId === node.id))
      .map((node) => ({
        orgUnit: node,
        ...percentageErrorSummary(rows, (row) => row.indicator.orgUnitId === node.id),
      })),
  };
}
