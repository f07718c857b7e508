export { PrismaClient, Prisma } from './generated/prisma/client';
export type * from './generated/prisma/models';
export * from './generated/prisma/enums';
export { openDatabase } from './connect';
export type { Database, OpenOptions } from './connect';
export {
  databaseConfigFromEnv,
  describeDatabase,
  DatabaseConfigError,
  DEFAULT_DATA_DIR,
  validatePostgresUrl,
} from './database-config';
export { openReadReplicas, READ_REPLICA_APPLICATION_NAME } from './read-replicas';
export type { ReadReplica } from './read-replicas';
export type { DatabaseConfig } from './database-config';
export { applyPendingMigrations, diffMigrationsToSchema } from './migrations';
export { writeDemoImage } from './demo-image';
export { hashPassword, verifyPassword } from './password-hashing';
export { DEMO_USERS } from '../seed/demo-users';
export type { DemoUser } from '../seed/demo-users';
export { planReportSections } from './report-sections';
export { snapshotOfPlan, unitsCoveredByPlan } from './plan-snapshot';
export type { PlanSnapshot } from './plan-snapshot';
export type { ReportSectionPlan } from './report-sections';
export { perspectives as DEFAULT_PERSPECTIVES } from '../seed/demo/perspectives';
export { riskCategories as DEFAULT_RISK_CATEGORIES } from '../seed/demo/risks';
export { LOCK_FILE } from './data-dir-lock';
