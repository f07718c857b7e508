import type { Database } from './connect';
import { applyPendingMigrations } from './migrations';
import { seedDemoData } from '../seed/demo-seed';
import { demoDataset } from '../seed/demo';
import { DEMO_USERS } from '../seed/demo-users';

export interface PreparedDatabase {
  appliedMigrations: string[];
  seededDemoData: boolean;
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
  if (options.seedDemoDataIfEmpty && (await database.prisma.orgUnit.count()) === 0) {
    await seedDemoData(database.prisma, demoDataset, DEMO_USERS);
    seededDemoData = true;
  }
  return { appliedMigrations, seededDemoData };
}
