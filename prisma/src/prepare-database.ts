import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { Database } from './connect';
import { applyPendingMigrations } from './migrations';
import { seedDemoData } from '../seed/demo-seed';
import { demoDataset } from '../seed/demo';
import { DEMO_USERS } from '../seed/demo-users';

export interface PreparedDatabase {
  appliedMigrations: string[];
  seededDemoData: boolean;
  /** Whether anyone can sign in; without users the first administrator is created in the app. */
  hasUsers: boolean;
}

/**
 * Brings a database up to date: applies pending migrations, then loads the demo data if
 * the database holds no organisation at all (a fresh install). Existing data is never touched.
 */
export async function prepareDatabase(
  database: Database,
  options: { seedDemoDataIfEmpty: boolean },
): Promise<PreparedDatabase> {
  const appliedMigrations = await applyPendingMigrations(database.adapterFactory);
  let seededDemoData = database.seededFromImage;
  let contents = await readContents(database.adapterFactory);
  if (options.seedDemoDataIfEmpty && !contents.hasOrgUnits) {
    await seedDemoData(database.prisma, demoDataset, DEMO_USERS);
    seededDemoData = true;
    contents = await readContents(database.adapterFactory);
  }
  return { appliedMigrations, seededDemoData, hasUsers: contents.hasUsers };
}

/**
 * Whether the database holds an organisation and users, asked through the driver itself as the
 * migrations are: the Prisma client's query compiler takes a quarter of a second to load, which
 * the process that only readies the database for the API processes (main.ts) need not spend.
 */
async function readContents(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
): Promise<{ hasOrgUnits: boolean; hasUsers: boolean }> {
  const adapter = await adapterFactory.connect();
  try {
    const { rows } = await adapter.queryRaw({
      sql: 'SELECT EXISTS (SELECT 1 FROM "OrgUnit"), EXISTS (SELECT 1 FROM "User")',
      args: [],
      argTypes: [],
    });
    const [hasOrgUnits, hasUsers] = rows[0]!;
    return { hasOrgUnits: hasOrgUnits === true, hasUsers: hasUsers === true };
  } finally {
    await adapter.dispose();
  }
}
