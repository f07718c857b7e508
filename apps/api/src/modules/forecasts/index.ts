/** Forecast rounds, the year-end projection and forecast accuracy. */
export { createForecastLoaders } from './forecast-loaders';
export { forecastResolvers, forecastRules } from './forecast-resolvers';
export { planRoundForecasts } from './forecast-round-service';
