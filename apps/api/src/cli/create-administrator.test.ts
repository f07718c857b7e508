import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '@lagesbild/db';

const API_DIR = path.resolve(__dirname, '..', '..');
const TSX = path.join(API_DIR, 'node_modules', '.bin', 'tsx');

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `pnpm admin:create` as a person would, with `stdin` piped in (so not a terminal). */
function createAdministrator(args: string[], stdin: string, dataDir: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['src/cli/create-administrator.ts', ...args], {
      cwd: API_DIR,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', NODE_OPTIONS: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += String(chunk)));
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe('pnpm admin:create', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = path.join(await mkdtemp(path.join(tmpdir(), 'lagesbild-admin-create-')), 'pglite');
  });

  it('refuses without a password on standard input, in one line, before touching the data folder', async () => {
    const outcome = await createAdministrator(['--email', 'anna@kommun.se', '--name', 'Anna'], '', dataDir);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toBe('No password given: type it at the prompt or send it on standard input\n');
  });

  it('refuses a password on the command line and bad input, naming each field', async () => {
    const onCommandLine = await createAdministrator(
      ['--email', 'anna@kommun.se', '--name', 'Anna', '--password', 'ett långt lösenord'],
      '',
      dataDir,
    );
    expect(onCommandLine.code).toBe(1);
    expect(onCommandLine.stderr).toMatch(/^Unknown option '--password'; usage: pnpm admin:create/);
    const bad = await createAdministrator(['--email', 'anna.kommun.se', '--name', ' '], 'kort\n', dataDir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe(
      'Refused: --email is not an email address; --name is empty; the password is shorter than 10 characters\n',
    );
  });

  it('migrates an empty data folder and makes an administrator of a new city with the default perspectives and risk categories, audited', async () => {
    const outcome = await createAdministrator(
      ['--email', 'anna@kommun.se', '--name', 'Anna Administratör', '--city', 'Göteborgs Stad'],
      'ett långt lösenord\n',
      dataDir,
    );
    expect(outcome.stderr).toBe('');
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toMatch(/^Applied \d+ migration\(s\)/);
    expect(outcome.stdout).toContain(
      'Created the root unit Göteborgs Stad.\nCreated the 5 default perspectives.\nCreated the 6 default risk categories.\n',
    );
    expect(outcome.stdout).toContain('Anna Administratör <anna@kommun.se> is an administrator of Göteborgs Stad');

    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const user = await database.prisma.user.findUniqueOrThrow({
        where: { email: 'anna@kommun.se' },
        include: { roles: { include: { orgUnit: true } } },
      });
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
      expect(user.roles.map((role) => [role.role, role.orgUnit.name, role.orgUnit.kind])).toEqual([
        ['ADMIN', 'Göteborgs Stad', 'CITY'],
      ]);
      expect(await database.prisma.perspective.count()).toBe(5);
      // This year's, so the administration page and the next year's copy start from them.
      expect(
        (
          await database.prisma.perspectiveYear.findMany({
            where: { year: new Date().getFullYear() },
            orderBy: { sortOrder: 'asc' },
          })
        ).map((row) => row.name),
      ).toEqual(['Kund och ägare', 'Medarbetare', 'Process', 'Ekonomi', 'Hållbarhet']);
      const events = await database.prisma.auditEvent.groupBy({
        by: ['operation', 'userId', 'entityType'],
        _count: true,
        orderBy: { entityType: 'asc' },
      });
      expect(events.map((event) => [event.operation, event.userId, event.entityType, event._count])).toEqual([
        ['admin:create', null, 'OrgUnit', 1],
        ['admin:create', null, 'Perspective', 5],
        ['admin:create', null, 'PerspectiveYear', 5],
        ['admin:create', null, 'RiskCategory', 6],
        ['admin:create', null, 'RoleAssignment', 1],
        ['admin:create', null, 'User', 1],
      ]);
    } finally {
      await database.close();
    }
  }, 120_000);

  it('refuses while a server holds the data folder, and refuses an email that exists', async () => {
    // The server opens its data folder exactly so; this test process stands in for it.
    const server = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const held = await createAdministrator(
        ['--email', 'bertil@kommun.se', '--name', 'Bertil'],
        'ett långt lösenord\n',
        dataDir,
      );
      expect(held.code).toBe(1);
      expect(held.stderr).toBe(
        `Error: The data folder ${dataDir} is in use by another Lägesbild process (pid ${process.pid}); stop it first\n`,
      );
    } finally {
      await server.close();
    }
    const taken = await createAdministrator(
      ['--email', 'Anna@Kommun.se', '--name', 'Anna igen'],
      'ett långt lösenord\n',
      dataDir,
    );
    expect(taken.code).toBe(1);
    expect(taken.stderr).toBe(
      'Refused: a user with the email Anna@Kommun.se exists already; an administrator gives them the role on Användare\n',
    );
  }, 120_000);
});
