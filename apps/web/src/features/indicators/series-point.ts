import { graphql } from '../../generated';

/** The figures of one period, as both the chart and its table view show them. */
export const IndicatorSeries_point = graphql(`
  fragment IndicatorSeries_point on SeriesPoint {
    period
    outcome
    target
    fullYearForecast
    rolling12
    previousYearOutcome
    isSynthetic
    status
    statusOverrideReason
  }
`);
