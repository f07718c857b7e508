import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { openDatabase, openReadReplicas, READ_REPLICA_APPLICATION_NAME } from '@lagesbild/db';
import type { Database, ReadReplica } from '@lagesbild/db';
import { createTestDatabase } from '@lagesbild/db/testing';
import type { TestDatabase } from '@lagesbild/db/testing';
import { print } from 'graphql';
import { AnswerCache } from './answer-cache';
import { createSession } from './modules/access';
import { WROTE_COOKIE } from './read-routing';
import { createApolloServer } from './server';
import { createGoalFixture } from './testing/fixtures';
import { graphql } from './testing/generated';
import { startHttpTestServer } from './testing/http-test-server';
import type { ListeningServer } from './testing/http-test-server';

const SHEET = graphql(`
  query ReadRoutingTest_Sheet($period: MonthInput!) {
    dataEntrySheet(orgUnitCode: "intraservice", period: $period) {
      indicatorRows {
        indicator {
          id
          code
        }
        value {
          outcome
          version
        }
      }
    }
  }
`);

const SAVE_VALUES = graphql(`
  mutation ReadRoutingTest_SaveValues($input: IndicatorValuesInput!) {
    saveIndicatorValues(input: $input) {
      outcome
      version
    }
  }
`);

const PLAN_LOCK = graphql(`
  query ReadRoutingTest_PlanLock {
    orgUnit(code: "intraservice") {
      canPlan(year: 2023)
      planLock(year: 2023)
    }
  }
`);

const OVERVIEW = graphql(`
  query ReadRoutingTest_Overview {
    overview(orgUnitCode: "intraservice", upTo: { year: 2023, month: 5 }) {
      changeCount
      perspectives {
        __typename
      }
      keyIndicators {
        __typename
      }
      redProjects {
        __typename
      }
      topRisks {
        __typename
      }
      attention {
        redIndicators {
          __typename
        }
        notReportedIndicators {
          __typename
        }
        overdueAssignments {
          __typename
        }
        overdueAuditActions {
          __typename
        }
      }
    }
  }
`);

const VALUE_IMPORT = graphql(`
  query ReadRoutingTest_ValueImport($id: ID!) {
    valueImport(id: $id) {
      fileName
      status
    }
  }
`);

const START_REPLICA = path.resolve(__dirname, '..', '..', '..', 'scripts', 'start-test-replica.sh');
const MAY_2023 = { year: 2023, month: 5 };
const serverUrl = process.env.TEST_DATABASE_URL?.trim();

/** A browser: its cookies, kept from the responses it gets as a browser keeps them. */
class Browser {
  readonly cookies = new Map<string, string>();
  constructor(sessionToken: string) {
    this.cookies.set('lagesbild_session', sessionToken);
  }

  get header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  remember(response: Response): void {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, value] = pair!.split('=') as [string, string];
      this.cookies.set(name, value);
    }
  }
}

/**
 * Reads through a real streaming replica: a copy of the test cluster taken with pg_basebackup,
 * in hot standby on its own port. Pausing its replay makes it lag on purpose, so which database
 * answered shows in what the answer holds.
 */
(serverUrl ? describe : describe.skip)(
  'reading from a PostgreSQL read replica (skipped on PGlite: a streaming replica needs the PostgreSQL server of TEST_DATABASE_URL)',
  () => {
    let database: TestDatabase;
    let replicaDirect: Database;
    let readReplicas: ReadReplica[];
    let server: ListeningServer;
    let baseUrl: string;
    let analyst: Browser;
    let colleague: Browser;
    let indicatorId: number;
    const replicaEnv = {
      ...process.env,
      TEST_REPLICA_DIR: `/tmp/lagesbild-test-replica-${randomBytes(6).toString('hex')}`,
      TEST_REPLICA_PORT: '',
    };

    /** The SQL each database was sent, for the test that counts them. */
    const sentToPrimary: string[] = [];
    const sentToReplica: string[] = [];

    beforeAll(async () => {
      database = await createTestDatabase({ onQuery: (sql) => sentToPrimary.push(sql) });
      const fixture = await createGoalFixture(database.prisma, { committeeGoals: 1 });
      indicatorId = (await database.prisma.indicator.findFirstOrThrow({ where: { orgUnitId: fixture.committee.id } }))
        .id;
      const userWith = (name: string, role: 'ANALYST' | 'VIEWER') =>
        database.prisma.user.create({
          data: {
            email: `${name}@test.lagesbild.se`,
            name,
            roles: { create: { role, orgUnitId: fixture.committee.id } },
          },
        });
      analyst = new Browser(await createSession(database.prisma, (await userWith('analytiker', 'ANALYST')).id));
      colleague = new Browser(await createSession(database.prisma, (await userWith('kollega', 'VIEWER')).id));

      // The copy is taken after the fixture is written, and then streams what follows.
      replicaEnv.TEST_REPLICA_PORT = String(await freePort());
      const { stdout } = await promisify(execFile)(START_REPLICA, [serverUrl!], { env: replicaEnv });
      const replicaServerUrl = /TEST_REPLICA_URL=(\S+)/.exec(stdout)![1]!;
      const [{ name }] = await database.prisma.$queryRaw<[{ name: string }]>`SELECT current_database() AS name`;
      const replicaUrl = new URL(replicaServerUrl);
      replicaUrl.pathname = `/${name}`;

      replicaDirect = await openDatabase({ kind: 'postgres', url: replicaUrl.toString() });
      readReplicas = await openReadReplicas(database.prisma, [replicaUrl.toString()], {
        onQuery: (sql) => sentToReplica.push(sql),
      });
      // As `pnpm start` serves: with the answer cache, so a cached answer cannot hide a stale read.
      server = await startHttpTestServer({
        prisma: database.prisma,
        readReplicas,
        apollo: createApolloServer({ answerCache: new AnswerCache() }),
      });
      baseUrl = server.origin;
    });

    afterAll(async () => {
      await server?.close();
      await Promise.all((readReplicas ?? []).map((replica) => replica.close()));
      await replicaDirect?.close();
      await promisify(execFile)(START_REPLICA, ['stop'], { env: replicaEnv });
      await database?.destroy();
    });

    async function send<Data, Variables>(
      browser: Browser,
      document: TypedDocumentNode<Data, Variables>,
      variables: Variables,
    ): Promise<Data> {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: browser.header },
        body: JSON.stringify({ query: print(document), variables }),
      });
      browser.remember(response);
      const body = (await response.json()) as { data?: Data; errors?: unknown[] };
      if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body.data!;
    }

    /** The outcome of May 2023 as the Registrera page of `browser` shows it. */
    async function outcomeSeenBy(browser: Browser): Promise<number | null | undefined> {
      const { dataEntrySheet } = await send(browser, SHEET, { period: MAY_2023 });
      return dataEntrySheet?.indicatorRows.find((row) => row.indicator.id === String(indicatorId))?.value?.outcome;
    }

    const savedOutcome = async (db: Database) =>
      (
        await db.prisma.indicatorValue.findFirstOrThrow({
          where: { indicatorId, granularity: 'MONTH', year: 2023, periodNumber: 5 },
        })
      ).outcome;

    const pauseReplay = () => replicaDirect.prisma.$executeRawUnsafe('SELECT pg_wal_replay_pause()');
    const resumeReplay = () => replicaDirect.prisma.$executeRawUnsafe('SELECT pg_wal_replay_resume()');

    /** Waits until the replica has replayed everything the primary has written so far. */
    async function waitForReplay(): Promise<void> {
      const [{ lsn }] = await database.prisma.$queryRaw<[{ lsn: string }]>`SELECT pg_current_wal_lsn()::text AS lsn`;
      for (let attempt = 0; attempt < 100; attempt++) {
        const [{ done }] = await replicaDirect.prisma.$queryRaw<[{ done: boolean }]>`
          SELECT pg_last_wal_replay_lsn() >= ${lsn}::pg_lsn AS done`;
        if (done) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('the replica did not replay the primary within 5 s');
    }

    it('answers a query from the replica: while its replay is paused, a change on the primary is not seen', async () => {
      expect(await outcomeSeenBy(colleague)).toBe(5.9);
      await pauseReplay();
      // Written outside the API, as README says such writers must: with the data version advanced.
      await database.prisma.$transaction([
        database.prisma.indicatorValue.updateMany({
          where: { indicatorId, granularity: 'MONTH', year: 2023, periodNumber: 5 },
          data: { outcome: 6.3 },
        }),
        database.prisma.$executeRaw`UPDATE "DataVersion" SET "version" = "version" + 1`,
      ]);

      expect(await savedOutcome(database)).toBe(6.3);
      expect(await outcomeSeenBy(colleague)).toBe(5.9);

      await resumeReplay();
      await waitForReplay();
      expect(await outcomeSeenBy(colleague)).toBe(6.3);
      // The reads arrived on the replica's own connections, named for the purpose.
      const connections = await replicaDirect.prisma.$queryRaw<{ count: number }[]>`
        SELECT count(*)::int AS count FROM pg_stat_activity
        WHERE application_name = ${READ_REPLICA_APPLICATION_NAME} AND datname = current_database()`;
      expect(connections[0]!.count).toBeGreaterThan(0);
    });

    it("sends the overview's reads, raw SQL included, to the replica: the primary only finds the session", async () => {
      sentToPrimary.length = 0;
      sentToReplica.length = 0;
      const { overview } = await send(colleague, OVERVIEW, {});
      expect(overview?.changeCount).toBe(1);
      // The primary is asked only who the session belongs to (the sign-in must never lag), in
      // one statement joining the session, its user and the roles …
      expect(sentToPrimary).toHaveLength(1);
      expect(sentToPrimary[0]).toMatch(/FROM "Session" s\s+JOIN "User" u/);
      // … and the replica everything else: the data version (and the org tree, when it has moved), the overview's
      // model reads and its raw set-based SQL.
      expect(sentToReplica.filter((sql) => sql.includes('"DataVersion"')).length).toBeGreaterThan(0);
      expect(sentToReplica.filter((sql) => /^\s*WITH\b/.test(sql)).length).toBeGreaterThan(0);
      // The overview computed, not answered from a cache: its reads are many more than the two of a cached answer.
      expect(sentToReplica.length).toBeGreaterThan(10);
    });

    it('shows a user what they saved when they reload, though the replica has not replayed it yet', async () => {
      const { dataEntrySheet } = await send(analyst, SHEET, { period: MAY_2023 });
      const loaded = dataEntrySheet!.indicatorRows.find((row) => row.indicator.id === String(indicatorId))!.value!;
      await pauseReplay();
      const { saveIndicatorValues } = await send(analyst, SAVE_VALUES, {
        input: {
          values: [
            { indicatorId: String(indicatorId), period: '2023-05', outcome: 4.7, expectedVersion: loaded.version },
          ],
        },
      });

      // The write went to the primary, and its answer was read there.
      expect(saveIndicatorValues).toEqual([{ outcome: 4.7, version: loaded.version + 1 }]);
      expect(await savedOutcome(database)).toBe(4.7);
      expect(await savedOutcome(replicaDirect)).toBe(6.3);
      expect(analyst.cookies.get(WROTE_COOKIE)).toMatch(/^\d+$/);

      // Reloading: the browser that wrote reads from the primary until the replica catches up …
      expect(await outcomeSeenBy(analyst)).toBe(4.7);
      // … which is the cookie's doing: without it the same user reads the lagging replica,
      expect(await outcomeSeenBy(new Browser(analyst.cookies.get('lagesbild_session')!))).toBe(6.3);
      // as everyone else does for now.
      expect(await outcomeSeenBy(colleague)).toBe(6.3);

      await resumeReplay();
      await waitForReplay();
      expect(await outcomeSeenBy(colleague)).toBe(4.7);
      expect(await outcomeSeenBy(analyst)).toBe(4.7);
    });

    it("shows a file's preview right after its upload, which writes outside a mutation", async () => {
      await pauseReplay();
      try {
        const upload = await fetch(`${baseUrl}/api/value-imports?fileName=maj.csv`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/octet-stream', Cookie: analyst.header },
          body: 'Enhetskod;Indikatorkod;Period;Utfall\nintraservice;SJUKFRANVARO-1;2023-07;4,1\n',
        });
        expect(upload.status).toBe(201);
        const { id } = (await upload.json()) as { id: number };
        expect(await send(analyst, VALUE_IMPORT, { id: String(id) })).toEqual({
          valueImport: { fileName: 'maj.csv', status: 'PREVIEW' },
        });
      } finally {
        await resumeReplay();
      }
    });

    it('answers the plan lock from the replica: only a write locks the plan rows', async () => {
      // A write reads the plans FOR SHARE (planning/plan-lock.ts), which a hot standby refuses; a page does not.
      await database.prisma.plan.create({
        data: {
          orgUnitId: (await database.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'intraservice' } })).id,
          year: 2023,
          status: 'ADOPTED',
        },
      });
      await waitForReplay();
      sentToReplica.length = 0;
      expect(await send(colleague, PLAN_LOCK, {})).toEqual({ orgUnit: { canPlan: false, planLock: 'PLAN_ADOPTED' } });
      expect(sentToReplica.filter((sql) => sql.includes('FROM "Plan"'))).toHaveLength(1);
    });

    it('reads from the primary when the replica stops answering, and says so in the log', async () => {
      const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
      try {
        await promisify(execFile)(START_REPLICA, ['stop'], { env: replicaEnv });
        expect(await outcomeSeenBy(colleague)).toBe(4.7);
        expect(await outcomeSeenBy(analyst)).toBe(4.7);
        expect(logged).toHaveBeenCalledWith(
          expect.stringMatching(
            /^Read replica PostgreSQL at 127\.0\.0\.1:\d+\/\w+ did not answer .*; reading from the primary for 5 s$/,
          ),
        );
      } finally {
        logged.mockRestore();
      }
    });
  },
);

/** A loopback port no one listens on now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
