/** Every write audited by construction, and the audit log and record history that read it. */
export { auditResolvers, auditRules } from './audit-resolvers';
export { runAudited, withAuditedWrites } from './audited-writes';
export type { Transaction } from './audited-writes';
