/** Portfolios, projects and their status updates. */
export { createPortfolioLoaders } from './portfolio-loaders';
export { portfolioResolvers, portfolioRules } from './portfolio-resolvers';
export { listPortfoliosOfUnitTree } from './portfolio-service';
export { portfolioAdminResolvers, portfolioAdminRules } from './portfolio-admin-resolvers';
export { projectHistoryResolvers, projectHistoryRules } from './project-history-resolvers';
export { ENDED_STATES, endOfMonthDate, findProjectsAsOf } from './projects-as-of';
export type { ProjectAsOfRow } from './projects-as-of';
export { projectLineageResolvers, projectLineageRules } from './project-lineage-resolvers';
export { projectPeopleResolvers, projectPeopleRules } from './project-people-resolvers';
