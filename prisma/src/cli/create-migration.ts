/**
 * Writes a new migration from the difference between the committed migrations and
 * schema.prisma: `pnpm --filter @lagesbild/db migration:create <name>`. The replacement
 * for `prisma migrate dev`, which needs the native engine.
 */
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { diffMigrationsToSchema, writeMigration } from '../migrations';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name) {
    console.error('Usage: migration:create <name>');
    process.exitCode = 1;
    return;
  }
  const scratch = new PGlite();
  try {
    const sql = await diffMigrationsToSchema(new PrismaPGlite(scratch));
    if (!sql) {
      console.log('The migrations already match schema.prisma; nothing to write.');
      return;
    }
    console.log(`Wrote prisma/migrations/${await writeMigration(name, sql)}/migration.sql`);
  } finally {
    await scratch.close();
  }
}

void main();
