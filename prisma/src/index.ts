export { PrismaClient, Prisma } from './generated/prisma/client';
export type * from './generated/prisma/models';
export * from './generated/prisma/enums';
export { openDatabase } from './connect';
export type { Database, OpenOptions } from './connect';
export { databaseConfigFromEnv, describeDatabase, DatabaseConfigError, DEFAULT_DATA_DIR } from './database-config';
export type { DatabaseConfig } from './database-config';
export { applyPendingMigrations, diffMigrationsToSchema } from './migrations';
