import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import { MIGRATIONS_DIR, SCHEMA_FILE, openSchemaEngine } from './schema-engine';

const NO_FILTERS = { externalTables: [], externalEnums: [] };

export async function readMigrationList(): Promise<MigrationList> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true }).catch(() => []);
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const lockfilePath = path.join(MIGRATIONS_DIR, 'migration_lock.toml');
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: {
      path: 'migration_lock.toml',
      content: await readFile(lockfilePath, 'utf8').catch(() => null),
    },
    shadowDbInitScript: '',
    migrationDirectories: await Promise.all(
      folders.map(async (folder) => ({
        path: folder,
        migrationFile: {
          path: 'migration.sql',
          content: await readFile(path.join(MIGRATIONS_DIR, folder, 'migration.sql'), 'utf8').then(
            (sql) => ({ tag: 'ok' as const, value: sql }),
            (error: Error) => ({ tag: 'error' as const, value: error.message }),
          ),
        },
      })),
    ),
  };
}

/**
 * A key for everything a database built from the migrations depends on: each committed
 * migration's folder and SQL. Images and templates of a migrated database are kept under it, so
 * a new or edited migration never meets an image built without it.
 */
export async function migrationsFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  for (const { path: folder, migrationFile } of (await readMigrationList()).migrationDirectories) {
    hash.update(folder);
    hash.update(migrationFile.content.tag === 'ok' ? migrationFile.content.value : '');
  }
  return hash.digest('hex');
}

async function withEngine<T>(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const engine = await openSchemaEngine(adapterFactory);
  try {
    return await work(engine);
  } finally {
    engine.free();
  }
}

/**
 * Applies the committed migrations that the database has not seen yet, recording them in
 * `_prisma_migrations` exactly as `prisma migrate deploy` would. Returns their names.
 */
export async function applyPendingMigrations(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  const migrationsList = await readMigrationList();
  // Most starts find nothing to do: one query says so, without the schema engine's WebAssembly
  // (about half a second of every start).
  if (await hasAppliedAll(adapterFactory, migrationsList)) return [];
  return withEngine(adapterFactory, async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return appliedMigrationNames;
  });
}

/**
 * Whether `_prisma_migrations` records every committed migration as applied, unchanged (the
 * checksum Prisma records is the SHA-256 of migration.sql) and not rolled back. Anything else
 * (no such table yet, a failed or edited migration, a new folder) is left to the schema engine.
 */
export async function hasAppliedAll(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  migrationsList: MigrationList,
): Promise<boolean> {
  const adapter = await adapterFactory.connect();
  try {
    const recorded = await adapter.queryRaw({
      sql: 'SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
      args: [],
      argTypes: [],
    });
    const applied = new Set(recorded.rows.map(([name, checksum]) => `${String(name)} ${String(checksum)}`));
    return migrationsList.migrationDirectories.every(
      ({ path: folder, migrationFile }) =>
        migrationFile.content.tag === 'ok' &&
        applied.has(`${folder} ${createHash('sha256').update(migrationFile.content.value).digest('hex')}`),
    );
  } catch {
    return false;
  } finally {
    await adapter.dispose();
  }
}

/**
 * The SQL that takes a database built from the committed migrations to the current
 * schema.prisma; empty when they agree. Replays the migrations on the adapter's shadow database.
 */
export async function diffMigrationsToSchema(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string> {
  const migrationsList = await readMigrationList();
  const schemaText = await readFile(SCHEMA_FILE, 'utf8');
  return withEngine(adapterFactory, async (engine) => {
    const from =
      migrationsList.migrationDirectories.length === 0
        ? ({ tag: 'empty' } as const)
        : ({ tag: 'migrations', ...migrationsList } as const);
    const result = await engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files: [{ path: SCHEMA_FILE, content: schemaText }] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    const script = result.stdout ?? '';
    return script.includes('-- This is an empty migration.') ? '' : script.trim();
  });
}

/** Writes a new migration folder, named like Prisma's own, holding the given SQL. */
export async function writeMigration(name: string, sql: string, now = new Date()): Promise<string> {
  const timestamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  const folder = `${timestamp}_${name.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}`;
  await mkdir(path.join(MIGRATIONS_DIR, folder), { recursive: true });
  await writeFile(path.join(MIGRATIONS_DIR, folder, 'migration.sql'), `${sql}\n`);
  await writeFile(
    path.join(MIGRATIONS_DIR, 'migration_lock.toml'),
    '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
  );
  return folder;
}

/** Drops everything in the database (schema and data). Used by `pnpm db:reset` and tests. */
export async function resetDatabase(adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<void> {
  await withEngine(adapterFactory, (engine) => engine.reset({ filter: NO_FILTERS }));
}
