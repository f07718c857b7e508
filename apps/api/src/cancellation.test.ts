import { request as httpRequest } from 'node:http';
import { createTestDatabase } from '@lagesbild/db/testing';
import type { TestDatabase } from '@lagesbild/db/testing';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { AnswerCache } from './answer-cache';
import { runAudited } from './modules/audit';
import { OperationLimiter } from './operation-limiter';
import { createApolloServer } from './server';
import { createGoalFixture } from './testing/fixtures';
import { graphql } from './testing/generated';
import { sessionCookieOf, startHttpTestServer } from './testing/http-test-server';
import type { ListeningServer } from './testing/http-test-server';

const GOALS = graphql(`
  query CancellationGoals($year: Int!) {
    goals(orgUnitCode: "intraservice", year: $year) {
      title
      parents {
        title
      }
      assessment(upTo: { year: 2023, month: 5 }) {
        fulfilment
      }
      indicators {
        name
        latestValue(upTo: { year: 2023, month: 5 }) {
          outcome
          status
        }
      }
    }
  }
`);

const titlesOf = (data: unknown) => (data as ResultOf<typeof GOALS>).goals.map((goal) => goal.title);

interface Sent {
  /** The answer's status and body; rejects when the request is abandoned. */
  answer: Promise<{ status: number; body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } }>;
  /** Closes the connection without waiting for the answer, as a client that gives up does. */
  abandon(): void;
}

/** What the server sends to the database, and the HTTP app with its queue and cache, over a test database. */
describe('work for a client that has gone', () => {
  let database: TestDatabase;
  const statements: string[] = [];
  let onStatement: (() => void) | null = null;
  let limiter: OperationLimiter;
  let server: ListeningServer;
  let port: number;
  let cookie: string;

  beforeAll(async () => {
    database = await createTestDatabase({
      onQuery: (sql) => {
        statements.push(sql);
        onStatement?.();
      },
    });
    await createGoalFixture(database.prisma, { committeeGoals: 3 });
    const city = await database.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'goteborg' } });
    const user = await database.prisma.user.create({
      data: {
        email: 'chef@test.lagesbild.se',
        name: 'Chef',
        roles: { create: { role: 'VIEWER', orgUnitId: city.id } },
      },
    });
    cookie = await sessionCookieOf(database.prisma, user.id);
    limiter = new OperationLimiter({ concurrency: 1 });
    server = await startHttpTestServer({
      prisma: database.prisma,
      apollo: (httpServer) =>
        createApolloServer({ httpServer, answerCache: new AnswerCache(), operationLimiter: limiter }),
    });
    port = Number(new URL(server.origin).port);
  });
  afterAll(async () => {
    await server.close();
    await database.destroy();
  });

  /** A write elsewhere: the answer cache computes its next answers afresh. */
  const somethingChanged = () => runAudited(database.prisma, 'testWrite', null, () => Promise.resolve());

  /** Asks for the goals of a year. */
  function askForGoals(year: number): Sent {
    const body = JSON.stringify({ query: print(GOALS), variables: { year } });
    const request = httpRequest({
      host: '127.0.0.1',
      port,
      path: '/graphql',
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', cookie, 'content-length': Buffer.byteLength(body) },
    });
    const answer = new Promise<Awaited<Sent['answer']>>((resolve, reject) => {
      request.on('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode!, body: JSON.parse(text) as never }));
      });
      request.on('error', reject);
    });
    request.end(body);
    return { answer, abandon: () => request.destroy() };
  }

  /** Statements sent while `work` runs. */
  async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
    const before = statements.length;
    await work();
    return statements.slice(before);
  }

  /** Waits until the server has sent no statement for a while: whatever it was doing has ended. */
  async function settled(): Promise<void> {
    let seen = -1;
    while (seen !== statements.length) {
      seen = statements.length;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }

  async function until(condition: () => boolean): Promise<void> {
    while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  it('stops sending statements for a request whose client closed the connection', async () => {
    const complete = await statementsDuring(async () => {
      const { answer } = askForGoals(2023);
      const { body } = await answer;
      expect(body.errors).toBeUndefined();
      expect(titlesOf(body.data)).toContain('Nämndmål 2');
    });

    await somethingChanged();
    const abandoned = await statementsDuring(async () => {
      const sent = askForGoals(2023);
      sent.answer.catch(() => undefined);
      const before = statements.length;
      // The client gives up once the server has started (signed the user in).
      onStatement = () => {
        if (statements.length > before) sent.abandon();
      };
      await settled();
      onStatement = null;
    });

    expect(complete.length).toBeGreaterThan(10);
    // Who is signing in (three reads) and a statement or two before the close is noticed, and no more.
    expect(abandoned.length).toBeLessThan(complete.length / 2);
    // And the next request is answered as usual.
    const { body } = await askForGoals(2023).answer;
    expect(body.errors).toBeUndefined();
  });

  it('drops a request from the queue when its client goes before its turn, without a statement for it', async () => {
    let finishHeldWork!: () => void;
    const held = limiter.withTurn(
      new AbortController().signal,
      () => new Promise<void>((done) => (finishHeldWork = done)),
    );
    const sent = askForGoals(2021);
    sent.answer.catch(() => undefined);
    await until(() => limiter.waitingCount === 1);

    sent.abandon();
    await until(() => limiter.waitingCount === 0);
    const afterItsTurn = await statementsDuring(async () => {
      finishHeldWork();
      await held;
      await settled();
    });
    expect(afterItsTurn).toEqual([]);
  });

  it('computes an answer for the clients still waiting when the client who asked first has gone', async () => {
    let finishHeldWork!: () => void;
    const held = limiter.withTurn(
      new AbortController().signal,
      () => new Promise<void>((done) => (finishHeldWork = done)),
    );
    await somethingChanged();
    const first = askForGoals(2023);
    first.answer.catch(() => undefined);
    // The first asker computes the answer: it waits for its turn in the queue.
    await until(() => limiter.waitingCount === 1);
    // The second asks the same of the cache and waits for the first one's answer.
    const second = askForGoals(2023);
    await settled();
    expect(limiter.waitingCount).toBe(1);

    first.abandon();
    await expect(first.answer).rejects.toThrow();
    // The second takes over the computation: it waits for its own turn.
    await settled();
    expect(limiter.waitingCount).toBe(1);
    finishHeldWork();
    await held;
    const { status, body } = await second.answer;
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(titlesOf(body.data)).toEqual(expect.arrayContaining(['Nämndmål 1', 'Nämndmål 2', 'Nämndmål 3']));
  });
});
