/** Översikt: where a unit stands in a month. */
export { overviewResolvers, overviewRules } from './overview-resolvers';
