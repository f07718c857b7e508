/** Ekonomi: the financial lines and the result per business area. */
export { economyResolvers, economyRules } from './economy-resolvers';
export { findEconomy } from './economy-service';
