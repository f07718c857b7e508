/** Indicators, their values and series by period. */
export { createIndicatorLoaders } from './indicator-loaders';
export { indicatorResolvers, indicatorRules } from './indicator-resolvers';
export { findIndicatorValue, findLatestValuesUpTo, findRecentStatusFigures } from './indicator-service';
export type { StatusFigures } from './indicator-service';
export { PLAN_YEARS_BEFORE, planYearFigures } from './plan-year-figures';
export type { PlanYearFigures } from './plan-year-figures';
export { buildSeries, outcomesByMonth, yearEndOutcome } from './series';
export type { YearEndOutcome } from './series';
export { isRolledUp, rollUp, rollUpInTree, rollupKindOf } from './rollup';
export type { RolledUpValue, RollupFigures, RollupKind } from './rollup';
export { readIndicatorsForValues } from './indicators-for-values';
export { withThresholdHistory } from './threshold-history';
export type { IndicatorWithHistory, WithThresholdHistory } from './threshold-history';
export { findListedIndicators, LISTED_INDICATOR_COLUMNS } from './listed-indicator';
export type { JudgedIndicator, ListedIndicator } from './listed-indicator';
