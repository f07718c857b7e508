import type { IndicatorUnit } from '@lagesbild/types';

/** A forecast round as the accuracy views show it. */
export interface AccuracyRound {
  id: string;
  name: string;
  asOf: string;
  isDemoValue: boolean;
}

/** One indicator's forecasts against its year-end outcome (IndicatorForecastAccuracy in the API). */
export interface AccuracyIndicatorRow {
  indicator: { id: string; name: string; unit: IndicatorUnit; orgUnit: { name: string } };
  outcome?: number | null;
  outcomeIsSynthetic: boolean;
  meanAbsoluteError?: number | null;
  meanAbsolutePercentageError?: number | null;
  forecasts: readonly {
    round: { id: string };
    forecast?: number | null;
    carriedOver: boolean;
    error?: number | null;
    absoluteError?: number | null;
    relativeError?: number | null;
  }[];
}

/** A mean absolute percentage error over some forecasts, for a round or a unit. */
export interface AccuracySummaryRow {
  label: string;
  meanAbsolutePercentageError?: number | null;
  comparedForecasts: number;
}
