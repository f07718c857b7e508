/** Monthly, interim and annual reports: compiled, written, approved, frozen and exported. */
export { createPlanExportRouter, createReportExportRouter } from './export/report-export-router';
export type { ReadPlanDocument } from './export/report-export-router';
export { createReportLoaders } from './report-loaders';
export { reportContentReader } from './report-export-content';
export { reportResolvers, reportRules } from './report-resolvers';
