import type { ForecastRoundStatus } from '@lagesbild/types';

/** A round's forecast as the forecast views show it (RoundForecast in the API). */
export interface RoundForecastRow {
  round: { id: string; name: string; asOf: string; status: ForecastRoundStatus };
  fullYearForecast?: number | null;
  carriedOver: boolean;
  changeFromPrevious?: number | null;
  comment?: string | null;
}
