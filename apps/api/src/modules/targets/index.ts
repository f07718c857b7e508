/** Målvärden och budget: the targets of a unit's indicators for a year, and saving them. */
export { targetResolvers, targetRules } from './targets-resolvers';
