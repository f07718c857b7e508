import { chmod, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from './connect';
import { LOCK_FILE } from './data-dir-lock';
import { DatabaseConfigError, databaseConfigFromEnv } from './database-config';
import { openReadReplicas } from './read-replicas';

describe('database configuration', () => {
  it('uses the embedded database in the data folder by default', () => {
    expect(databaseConfigFromEnv({ DATA_DIR: '/srv/lagesbild' })).toEqual({
      kind: 'pglite',
      dataDir: '/srv/lagesbild',
    });
    expect(databaseConfigFromEnv({})).toMatchObject({ kind: 'pglite' });
  });

  it('uses a PostgreSQL server when DATABASE_URL names one', () => {
    expect(databaseConfigFromEnv({ DATABASE_URL: 'postgresql://app:secret@db:5432/lagesbild' })).toEqual({
      kind: 'postgres',
      url: 'postgresql://app:secret@db:5432/lagesbild',
    });
  });

  it.each([
    ['not a url', /not a valid URL/],
    ['mysql://db:3306/lagesbild', /must start with postgresql:\/\//],
  ])('names the problem with a malformed DATABASE_URL (%s)', (url, message) => {
    expect(() => databaseConfigFromEnv({ DATABASE_URL: url })).toThrow(DatabaseConfigError);
    expect(() => databaseConfigFromEnv({ DATABASE_URL: url })).toThrow(message);
  });
});

describe('opening the database fails loudly', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'lagesbild-connect-'));
  });

  it('when the PostgreSQL server cannot be reached', async () => {
    await expect(
      openDatabase({ kind: 'postgres', url: 'postgresql://app:secret@127.0.0.1:1/lagesbild' }),
    ).rejects.toThrow('Cannot connect to PostgreSQL at 127.0.0.1:1/lagesbild: connection refused');
  });

  it('when a read replica cannot be reached, naming it, although the primary answers', async () => {
    const primary = await openDatabase({ kind: 'pglite', dataDir: 'memory://' });
    try {
      await expect(openReadReplicas(primary.prisma, ['postgresql://app:secret@127.0.0.1:1/lagesbild'])).rejects.toThrow(
        new DatabaseConfigError(
          'Cannot connect to the read replica PostgreSQL at 127.0.0.1:1/lagesbild: connection refused (is the server running and listening there?)',
        ),
      );
    } finally {
      await primary.close();
    }
  });

  it('when the data folder is a file', async () => {
    const file = path.join(scratch, 'a-file');
    await writeFile(file, 'not a database');
    await expect(openDatabase({ kind: 'pglite', dataDir: file })).rejects.toThrow(/is a file, not a folder/);
  });

  it('when the data folder holds something that is not a database, and leaves it as it was', async () => {
    const folder = path.join(scratch, 'other-files');
    await mkdir(folder);
    await writeFile(path.join(folder, 'notes.txt'), 'keep me');
    await expect(openDatabase({ kind: 'pglite', dataDir: folder })).rejects.toThrow(/holds no database/);
  });

  it('when the data folder lies inside a file and so cannot be read', async () => {
    const file = path.join(scratch, 'plain-file');
    await writeFile(file, '');
    await expect(openDatabase({ kind: 'pglite', dataDir: path.join(file, 'pglite') })).rejects.toThrow(
      /Cannot read the data folder .*plain-file\/pglite/,
    );
  });

  // Root reads any folder whatever its mode, so this one runs only for other users.
  const runsAsRoot = process.getuid?.() === 0;
  (runsAsRoot ? it.skip : it)('when the data folder cannot be read', async () => {
    const folder = path.join(scratch, 'locked');
    await mkdir(folder);
    await chmod(folder, 0o000);
    await expect(openDatabase({ kind: 'pglite', dataDir: folder })).rejects.toThrow(/Cannot read the data folder/);
    await chmod(folder, 0o700);
  });

  it('creates a missing data folder and opens it again with its data kept', async () => {
    const folder = path.join(scratch, 'new', 'pglite');
    const first = await openDatabase({ kind: 'pglite', dataDir: folder });
    await first.prisma.$executeRawUnsafe('CREATE TABLE kept (id int)');
    await first.prisma.$executeRawUnsafe('INSERT INTO kept VALUES (42)');
    await first.close();
    const second = await openDatabase({ kind: 'pglite', dataDir: folder });
    expect(await second.prisma.$queryRawUnsafe('SELECT id FROM kept')).toEqual([{ id: 42 }]);
    await second.close();
  });
});

describe('one process holds an embedded data folder', () => {
  let folder: string;
  beforeAll(async () => {
    folder = path.join(await mkdtemp(path.join(tmpdir(), 'lagesbild-lock-')), 'pglite');
  });

  it('refuses a second opener while the first holds it, and lets it in once the first has closed', async () => {
    const first = await openDatabase({ kind: 'pglite', dataDir: folder });
    expect((await readFile(path.join(folder, LOCK_FILE), 'utf8')).trim()).toBe(String(process.pid));
    await expect(openDatabase({ kind: 'pglite', dataDir: folder })).rejects.toThrow(
      `The data folder ${folder} is in use by another Lägesbild process (pid ${process.pid}); stop it first`,
    );
    await first.close();
    const second = await openDatabase({ kind: 'pglite', dataDir: folder });
    await second.close();
  });

  it('takes over the lock of a process that died without closing', async () => {
    const deadPid = 2 ** 22 + 1; // above Linux's largest pid, so no process has it
    await writeFile(path.join(folder, LOCK_FILE), `${deadPid}\n`);
    const database = await openDatabase({ kind: 'pglite', dataDir: folder });
    expect((await readFile(path.join(folder, LOCK_FILE), 'utf8')).trim()).toBe(String(process.pid));
    await database.close();
  });

  it('creates a database in a new folder that holds only a dead lock', async () => {
    const fresh = path.join(path.dirname(folder), 'fresh');
    await mkdir(fresh);
    await writeFile(path.join(fresh, LOCK_FILE), `${2 ** 22 + 1}\n`);
    const database = await openDatabase({ kind: 'pglite', dataDir: fresh });
    expect(await database.prisma.$queryRawUnsafe('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    await database.close();
  });
});
