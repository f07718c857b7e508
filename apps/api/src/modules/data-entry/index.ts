/** Registrera: the month's sheet of a unit and the saving of indicator values. */
export { dataEntryResolvers, dataEntryRules } from './data-entry-resolvers';
