/** `pnpm db:migrate`: applies the committed migrations the database has not seen yet. */
import { applyPendingMigrations } from '../migrations';
import { runCli } from './run-cli';

runCli(async (database) => {
  const applied = await applyPendingMigrations(database.adapterFactory);
  console.log(
    applied.length === 0
      ? `${database.description} is up to date.`
      : `Applied ${applied.length} migration(s) to ${database.description}: ${applied.join(', ')}`,
  );
});
