import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from './generated/prisma/client';
import { migrationsFingerprint } from './migrations';
import { prepareDatabase } from './prepare-database';

/**
 * The demo database as a PGlite data folder image, made by `pnpm build`: a fresh embedded
 * database starts from it instead of creating a cluster (initdb), applying the migrations and
 * loading the demo data, which take several seconds of every first start together.
 *
 * Only the compiled server uses it (the image sits beside dist/db.js). It is used only when its
 * key matches: the compiled code (the seed is in it), the migrations, the PGlite version and the
 * year (the demo data names this year's perspectives); otherwise the database is built as before.
 */
const DIST_DIR = path.resolve(__dirname, '..', 'dist');
const IMAGE_FILE = path.join(DIST_DIR, 'demo-database.tar.gz');
const KEY_FILE = path.join(DIST_DIR, 'demo-database.key');

async function imageKey(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await readFile(path.join(DIST_DIR, 'db.js')));
  const pgliteEntry = require.resolve('@electric-sql/pglite');
  hash.update(await readFile(path.join(path.dirname(pgliteEntry), '..', 'package.json')));
  hash.update(await migrationsFingerprint());
  hash.update(String(new Date().getFullYear()));
  return hash.digest('hex');
}

/** The image when there is one for this code, these migrations and this year; otherwise undefined. */
export async function readDemoImage(): Promise<Blob | undefined> {
  if (__filename.endsWith('.ts')) return undefined;
  try {
    const [recordedKey, key] = await Promise.all([readFile(KEY_FILE, 'utf8'), imageKey()]);
    if (recordedKey.trim() !== key) return undefined;
    return new Blob([await readFile(IMAGE_FILE)]);
  } catch {
    return undefined;
  }
}

/** Writes the image (at build time, from the compiled code); does nothing when the one there is current. */
export async function writeDemoImage(): Promise<'written' | 'current'> {
  const key = await imageKey();
  const recordedKey = await readFile(KEY_FILE, 'utf8').catch(() => '');
  if (recordedKey.trim() === key) return 'current';
  const pglite = await PGlite.create();
  const adapterFactory = new PrismaPGlite(pglite);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  try {
    await prepareDatabase(
      { prisma, adapterFactory, description: 'the demo image', seededFromImage: false, close: () => Promise.resolve() },
      { seedDemoDataIfEmpty: true },
    );
    await prisma.$disconnect();
    const image = await pglite.dumpDataDir('gzip');
    await writeFile(IMAGE_FILE, Buffer.from(await image.arrayBuffer()));
    await writeFile(KEY_FILE, `${key}\n`);
    return 'written';
  } finally {
    await pglite.close();
  }
}
