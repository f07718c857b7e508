/** Every write audited by construction, and the audit log and record history that read it. */
export { auditResolvers, auditRules } from './audit-resolvers';
export { currentAuditScope, runAudited, withAuditedWrites } from './audited-writes';
export { readDataVersion } from './data-version';
export type { AuditedTransactionOptions, Transaction } from './audited-writes';
export { auditEventOf, insertAuditEventsSql } from './audit-event';
export type { AuditEventContent, WrittenRecordsSql } from './audit-event';
export { createAuditLoaders } from './audit-loaders';
