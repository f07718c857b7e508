import { constants } from 'node:fs';
import { access, mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { Client } from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from './generated/prisma/client';
import { readDemoImage } from './demo-image';
import { DatabaseConfigError, describeDatabase } from './database-config';
import { LOCK_FILE, lockDataDir } from './data-dir-lock';
import type { DataDirLock } from './data-dir-lock';
import type { DatabaseConfig } from './database-config';

export interface Database {
  prisma: PrismaClient;
  /** The driver adapter for the schema engine (migrations). */
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  description: string;
  /** True when a fresh embedded database started from the demo image (see demo-image.ts), data and all. */
  seededFromImage: boolean;
  close(): Promise<void>;
}

export interface OpenOptions {
  /**
   * A fresh embedded database starts from the demo image, when the build made one, instead of
   * being created, migrated and seeded (the server's default when the demo data is wanted).
   */
  startFromDemoImage?: boolean;
  /**
   * A PGlite data folder image (PGlite's dumpDataDir) that a fresh in-memory database starts
   * from: the tests' migrated empty database, made once and copied for each test file.
   */
  startFromImage?: Blob;
  /** Called with every SQL statement the client sends (tests count them, benchmarks too). */
  onQuery?: (sql: string) => void;
}

/**
 * Opens the configured database, or fails with a DatabaseConfigError that names the
 * problem. An existing data folder is never recreated or reset.
 */
export async function openDatabase(config: DatabaseConfig, options: OpenOptions = {}): Promise<Database> {
  return config.kind === 'pglite' ? openPglite(config.dataDir, options) : openPostgres(config.url, options);
}

export function createClient(adapter: SqlMigrationAwareDriverAdapterFactory, { onQuery }: OpenOptions): PrismaClient {
  if (!onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (event) => onQuery(event.query));
  return client;
}

async function openPglite(dataDir: string, options: OpenOptions): Promise<Database> {
  let lock: DataDirLock | undefined;
  let fresh = true;
  if (!dataDir.startsWith('memory://')) {
    fresh = await checkDataDir(dataDir);
    lock = await lockDataDir(dataDir);
  }
  const demoImage = fresh && options.startFromDemoImage ? await readDemoImage() : undefined;
  const image = fresh ? (options.startFromImage ?? demoImage) : undefined;
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(dataDir, image ? { loadDataDir: image } : {});
  } catch (error) {
    await lock?.release();
    throw new DatabaseConfigError(`Cannot open the embedded database in ${dataDir}: ${errorMessage(error)}`);
  }
  const adapterFactory = new PrismaPGlite(pglite);
  const prisma = createClient(adapterFactory, options);
  return {
    prisma,
    adapterFactory,
    description: describeDatabase({ kind: 'pglite', dataDir }),
    seededFromImage: image !== undefined && image === demoImage,
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      await lock?.release();
    },
  };
}

/**
 * A missing folder is created; an existing one must be a readable, writable PGlite folder.
 * True when the folder holds no database yet.
 */
async function checkDataDir(dataDir: string): Promise<boolean> {
  const existing = await stat(dataDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new DatabaseConfigError(`Cannot read the data folder ${dataDir}: ${error.message}`);
  });
  if (!existing) {
    await mkdir(dataDir, { recursive: true }).catch((error: Error) => {
      throw new DatabaseConfigError(`Cannot create the data folder ${dataDir}: ${error.message}`);
    });
    return true;
  }
  if (!existing.isDirectory()) {
    throw new DatabaseConfigError(`The data folder ${dataDir} is a file, not a folder`);
  }
  try {
    await access(dataDir, constants.R_OK | constants.W_OK | constants.X_OK);
    const entries = await readdir(dataDir);
    const databaseEntries = entries.filter((entry) => entry !== LOCK_FILE);
    if (databaseEntries.length > 0 && !entries.includes('PG_VERSION')) {
      throw new DatabaseConfigError(
        `The data folder ${dataDir} is not empty and holds no database (no PG_VERSION); refusing to use it`,
      );
    }
    if (!entries.includes('PG_VERSION')) return true;
    await access(path.join(dataDir, 'PG_VERSION'), constants.R_OK);
    return false;
  } catch (error) {
    if (error instanceof DatabaseConfigError) throw error;
    throw new DatabaseConfigError(`Cannot read the data folder ${dataDir}: ${errorMessage(error)}`);
  }
}

async function openPostgres(url: string, options: OpenOptions): Promise<Database> {
  const description = describeDatabase({ kind: 'postgres', url });
  await checkPostgresReachable(url, description);
  const prisma = createClient(new PrismaPg({ connectionString: url, connectionTimeoutMillis: 5000 }), options);
  // The schema engine takes pg_advisory_lock and releases it later; both must run in the
  // same session, so its pool holds exactly one connection (with more, the release can
  // land on another connection and the lock stays taken until the first one closes).
  const adapterFactory = new PrismaPg({ connectionString: url, connectionTimeoutMillis: 5000, max: 1 });
  return {
    prisma,
    adapterFactory,
    description,
    seededFromImage: false,
    async close() {
      await prisma.$disconnect();
    },
  };
}

/** Connects once, so a wrong host, password or database name is reported before anything starts. */
export async function checkPostgresReachable(url: string, description: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new DatabaseConfigError(`Cannot connect to ${description}: ${postgresErrorReason(error)}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function postgresErrorReason(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused (is the server running and listening there?)';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'host not found';
    case '28P01':
    case '28000':
      return 'authentication failed (check the user and password)';
    case '3D000':
      return 'the database does not exist';
    default:
      return errorMessage(error);
  }
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
