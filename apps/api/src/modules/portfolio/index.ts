/** Portfolios, projects and their status updates. */
export { createPortfolioLoaders } from './portfolio-loaders';
export { portfolioResolvers, portfolioRules } from './portfolio-resolvers';
export { listPortfoliosOfUnitTree } from './portfolio-service';
export { portfolioAdminResolvers, portfolioAdminRules } from './portfolio-admin-resolvers';
