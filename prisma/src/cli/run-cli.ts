import { DatabaseConfigError, databaseConfigFromEnv } from '../database-config';
import { openDatabase } from '../connect';
import type { Database } from '../connect';

/**
 * Runs a database command: opens the configured database, runs the work, closes it.
 * A configuration problem ends in one line naming it and exit code 1.
 */
export function runCli(work: (database: Database) => Promise<void>): void {
  void (async () => {
    let database: Database | undefined;
    try {
      database = await openDatabase(databaseConfigFromEnv());
      await work(database);
    } catch (error) {
      if (error instanceof DatabaseConfigError) {
        console.error(`Error: ${error.message}`);
      } else {
        console.error(error);
      }
      process.exitCode = 1;
    } finally {
      await database?.close();
    }
  })();
}
