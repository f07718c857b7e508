/** Reporting discipline: per unit and period, what was reported on time, late or not at all. */
export { reportingDisciplineResolvers, reportingDisciplineRules } from './reporting-discipline-resolvers';
