/** The org tree: units, their codes and their places. */
export { createOrganisationLoaders } from './organisation-loaders';
export { organisationResolvers, organisationRules } from './organisation-resolvers';
export { findOrgUnitByCode, findOrgUnitsByCodes, findSubtreeIds } from './organisation-service';
