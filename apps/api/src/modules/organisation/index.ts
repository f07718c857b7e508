/** The org tree: units, their codes, their places and their dated history. */
export { createOrganisationLoaders } from './organisation-loaders';
export { organisationResolvers, organisationRules } from './organisation-resolvers';
export {
  findCity,
  findOrgUnitsByCodes,
  findSubtreeIds,
  findUnitByCode,
  readOrgUnitsInDisplayOrder,
} from './organisation-service';
export type { OrgTreeUnit } from './organisation-service';
export { listOrgUnitsAsOf, orgUnitNameOn } from './org-unit-history-service';
// The org unit import writes each unit through the same rules as the administrator's forms.
export { createOrgUnit, lockOrgTree, moveOrgUnit, renameOrgUnit } from './org-unit-admin-service';
