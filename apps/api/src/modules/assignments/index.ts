/** Assignments (uppdrag) and audit reports (revisionsrapporter) with their status over time. */
export { createAssignmentLoaders } from './assignment-loaders';
export { assignmentResolvers, assignmentRules } from './assignment-resolvers';
export { listAssignmentsOfSubtree } from './assignment-service';
export { findOverdueAssignments, findOverdueAuditActions } from './overdue-service';
export type { OverdueAssignmentRow, OverdueAuditActionRow } from './overdue-service';
