import type { IndicatorModel, IndicatorValueModel } from '@lagesbild/db';
import { lastMonthOf } from '@lagesbild/types';
import { yearEndOutcome } from './series';

/**
 * An indicator's figures as an operational plan shows them beside its year (source 001 §7.1,
 * "Utfall 2020 | Utfall 2021 | Prognos 2022 | Årsmål" in the plan of 2023): the year-end
 * outcomes of the two years before the last, the last forecast of the year before (the plan
 * is written before that year ends) and the year's annual target. The plan document and the
 * targets grid's columns both read them here.
 */
export interface PlanYearFigures {
  /** The outcomes of `year - 3` and `year - 2`, in that order, each as the indicator's aggregation makes the year. */
  outcomes: { year: number; value: number | null }[];
  /** The latest full-year forecast of `year - 1`. */
  forecast: { year: number; value: number | null };
  annualTarget: number | null;
}

/** How many years before the plan's year its figures reach back: two outcomes and a forecast. */
export const PLAN_YEARS_BEFORE = 3;

/** `values` holds the indicator's values of `year - 3` to `year` (more do no harm). */
export function planYearFigures(
  indicator: Pick<IndicatorModel, 'cumulative' | 'levelAggregation' | 'periodicity'>,
  values: readonly IndicatorValueModel[],
  year: number,
): PlanYearFigures {
  return {
    outcomes: [year - 3, year - 2].map((outcomeYear) => ({
      year: outcomeYear,
      value: yearEndOutcome(indicator, values, outcomeYear)?.outcome ?? null,
    })),
    forecast: { year: year - 1, value: latestForecastOf(values, year - 1) },
    annualTarget: annualTargetOf(indicator, values, year),
  };
}

/** The forecast given in the latest period of the year; the year's own value (a plan's "Prognos 2022") when no period gives one. */
function latestForecastOf(values: readonly IndicatorValueModel[], year: number): number | null {
  const withForecast = values.filter((value) => value.year === year && value.fullYearForecast != null);
  const latest = withForecast
    .filter((value) => value.granularity !== 'YEAR')
    .sort((a, b) => lastMonthOf(b) - lastMonthOf(a))[0];
  return (latest ?? withForecast.find((value) => value.granularity === 'YEAR'))?.fullYearForecast ?? null;
}

/**
 * The year's annual target: the year's own value holds the plan's; where there is none (a
 * target typed beside an outcome on Registrera), the latest period's that has one.
 */
function annualTargetOf(
  indicator: Pick<IndicatorModel, 'periodicity'>,
  values: readonly IndicatorValueModel[],
  year: number,
): number | null {
  const ofYear = values.filter(
    (value) => value.year === year && (value.granularity === indicator.periodicity || value.granularity === 'YEAR'),
  );
  const own = ofYear.find((value) => value.granularity === 'YEAR');
  if (own?.annualTarget != null) return own.annualTarget;
  const latest = ofYear
    .filter((value) => value.granularity !== 'YEAR' && value.annualTarget != null)
    .sort((a, b) => b.periodNumber - a.periodNumber)[0];
  return latest?.annualTarget ?? null;
}
