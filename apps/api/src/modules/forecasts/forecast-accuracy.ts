import { roundOff } from '@lagesbild/types';
import type { ForecastRoundModel, IndicatorModel } from '@lagesbild/db';
import type { YearEndOutcome } from '../indicators';
import type { RoundForecastRow } from './forecast-round-service';

/** How far one round's forecast of an indicator lay from the outcome at year end. */
export interface ForecastErrorRow {
  round: ForecastRoundModel;
  indicatorOrgUnitId: number;
  forecast: number | null;
  carriedOver: boolean;
  /** Forecast − outcome, in the indicator's unit: above zero when the forecast was too high. */
  error: number | null;
  absoluteError: number | null;
  /** |error| ÷ outcome, where that means something (see relativeError). */
  relativeError: number | null;
}

/** One indicator's forecasts of a year against the year-end outcome. */
export interface IndicatorAccuracyRow {
  indicator: IndicatorModel;
  outcome: YearEndOutcome | null;
  forecasts: ForecastErrorRow[];
  /** Mean of the rounds' absolute errors, in the indicator's unit; reported outcomes only. */
  meanAbsoluteError: number | null;
  /** Mean of the rounds' relative errors; reported outcomes only. */
  meanAbsolutePercentageError: number | null;
}

/** A mean absolute percentage error and how many forecasts it is the mean of. */
export interface PercentageErrorSummary {
  meanAbsolutePercentageError: number | null;
  comparedForecasts: number;
}

/**
 * The error of a forecast against the outcome. The relative error is given only when both are
 * above zero: for volumes, costs and rates it says how far off the forecast was whatever the
 * unit, but for a result near zero (a balance, a change that may turn negative) a few thousand
 * kronor would read as hundreds of per cent.
 */
export function forecastError(
  forecast: number | null,
  outcome: number | null,
): Pick<ForecastErrorRow, 'error' | 'absoluteError' | 'relativeError'> {
  if (forecast === null || outcome === null) return { error: null, absoluteError: null, relativeError: null };
  const error = roundOff(forecast - outcome);
  const absoluteError = Math.abs(error);
  return {
    error,
    absoluteError,
    relativeError: forecast > 0 && outcome > 0 ? roundOff(absoluteError / outcome) : null,
  };
}

/**
 * An indicator's forecast in each round against its year-end outcome. A round that kept the
 * previous figure is judged on that figure: it was the forecast standing in the round.
 * Generated (synthetic) outcomes are shown but left out of the means, which describe how good
 * real forecasts were against real outcomes.
 */
export function indicatorAccuracy(
  indicator: IndicatorModel,
  byRound: readonly RoundForecastRow[],
  outcome: YearEndOutcome | null,
): IndicatorAccuracyRow {
  const forecasts = byRound.map((row) => ({
    round: row.round,
    indicatorOrgUnitId: indicator.orgUnitId,
    forecast: row.fullYearForecast,
    carriedOver: row.carriedOver,
    ...forecastError(row.fullYearForecast, outcome?.outcome ?? null),
  }));
  const counted = outcome && !outcome.isSynthetic ? forecasts : [];
  return {
    indicator,
    outcome,
    forecasts,
    meanAbsoluteError: mean(counted.map((row) => row.absoluteError)),
    meanAbsolutePercentageError: mean(counted.map((row) => row.relativeError)),
  };
}

/** The mean absolute percentage error over the forecasts of the rows that `includes` picks. */
export function percentageErrorSummary(
  rows: readonly IndicatorAccuracyRow[],
  includes: (row: IndicatorAccuracyRow, forecast: ForecastErrorRow) => boolean = () => true,
): PercentageErrorSummary {
  const relativeErrors = rows
    .filter((row) => row.outcome && !row.outcome.isSynthetic)
    .flatMap((row) => row.forecasts.filter((forecast) => includes(row, forecast)))
    .map((forecast) => forecast.relativeError)
    .filter((relativeError): relativeError is number => relativeError !== null);
  return { meanAbsolutePercentageError: mean(relativeErrors), comparedForecasts: relativeErrors.length };
}

function mean(numbers: readonly (number | null)[]): number | null {
  const present = numbers.filter((number): number is number => number !== null);
  return present.length === 0 ? null : roundOff(present.reduce((sum, number) => sum + number, 0) / present.length);
}
