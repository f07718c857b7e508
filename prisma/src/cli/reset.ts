/** `pnpm db:reset`: empties the configured database, migrates it and loads the demo data. */
import { prepareDatabase } from '../prepare-database';
import { resetDatabase } from '../migrations';
import { runCli } from './run-cli';

runCli(async (database) => {
  console.log(`Resetting ${database.description}…`);
  await resetDatabase(database.adapterFactory);
  const { appliedMigrations } = await prepareDatabase(database, { seedDemoDataIfEmpty: true });
  console.log(`Applied ${appliedMigrations.length} migration(s) and loaded the demo data.`);
});
