/** Importing indicator values from CSV and Excel: upload, preview, commit. */
export { createValueImportRouter } from './value-import-routes';
export { valueImportResolvers, valueImportRules } from './value-import-resolvers';
