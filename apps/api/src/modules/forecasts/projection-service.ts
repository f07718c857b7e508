import type { IndicatorModel, IndicatorValueModel } from '@lagesbild/db';
import { comparePeriods, compareWithForecast, projectYearEnd, startsBy } from '@lagesbild/types';
import type { ProjectedYearEnd, ProjectionComparison, YearMonth } from '@lagesbild/types';
import { outcomesByMonth, yearEndOutcome } from '../indicators';

/** The projection of an indicator's year end beside the people's forecast (YearEndProjection in forecasts.graphql). */
export interface YearEndProjectionRow extends ProjectedYearEnd {
  indicatorOrgUnitId: number;
  humanForecast: number | null;
  comparison: ProjectionComparison | null;
  /** True when an outcome the projection was made from was generated, not reported. */
  usesGeneratedValues: boolean;
}

/**
 * Projects the year of `upTo` to its end from the values of that year and the year before (see
 * projectYearEnd in @lagesbild/types), and sets the full-year forecast people last entered
 * beside it: that of the latest period begun by the month, a month's or tertial's before the
 * year's own value.
 */
export function projectIndicator(
  indicator: IndicatorModel,
  values: readonly IndicatorValueModel[],
  upTo: YearMonth,
): YearEndProjectionRow | null {
  const thisYear = outcomesByMonth(values, upTo.year);
  const lastYear = outcomesByMonth(values, upTo.year - 1);
  const lastYearEnd = yearEndOutcome(indicator, values, upTo.year - 1);
  const projection = projectYearEnd(indicator, {
    thisYear,
    lastYear,
    lastYearTotal: lastYearEnd?.outcome ?? null,
    upToMonth: upTo.month,
  });
  if (!projection) return null;
  const used = [
    ...thisYear.filter((point) =>
      projection.method === 'AVERAGE_SO_FAR'
        ? point.month <= projection.basedOnMonth
        : point.month === projection.basedOnMonth,
    ),
    ...(projection.method === 'SEASONAL_PROFILE'
      ? [...lastYear.filter((point) => point.month === projection.basedOnMonth), lastYearEnd!]
      : []),
  ];
  const forecasts = values
    .filter((value) => value.year === upTo.year && value.fullYearForecast != null && startsBy(value, upTo))
    .sort((a, b) => Number(a.granularity !== 'YEAR') - Number(b.granularity !== 'YEAR') || comparePeriods(a, b));
  const humanForecast = forecasts.at(-1)?.fullYearForecast ?? null;
  return {
    ...projection,
    indicatorOrgUnitId: indicator.orgUnitId,
    humanForecast,
    comparison: humanForecast === null ? null : compareWithForecast(projection.projectedOutcome, humanForecast),
    usesGeneratedValues: used.some((point) => point.isSynthetic === true),
  };
}
