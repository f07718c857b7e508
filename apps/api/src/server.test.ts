import { createTestDatabase } from '@lagesbild/db/testing';
import type { TestDatabase } from '@lagesbild/db/testing';
import { startHttpTestServer } from './testing/http-test-server';
import type { ListeningServer } from './testing/http-test-server';

/** What the HTTP boundary answers to requests that are broken or too big: a 4xx, never a stack. */
describe('the HTTP boundary', () => {
  let database: TestDatabase;
  let server: ListeningServer;
  let origin: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = await startHttpTestServer({ prisma: database.prisma });
    origin = server.origin;
  });
  afterAll(async () => {
    await server.close();
    await database.destroy();
  });

  const postGraphql = (body: string) =>
    fetch(`${origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  it('answers the health check when the database does', async () => {
    const response = await fetch(`${origin}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it.each([
    ['a malformed query', JSON.stringify({ query: '{ orgUnits { code ' }), /Syntax Error/],
    ['an unknown field', JSON.stringify({ query: '{ secrets }' }), /Cannot query field \\"secrets\\"/],
    [
      'a variable of the wrong type',
      JSON.stringify({
        query: 'query ($year: Int!) { goals(orgUnitCode: "x", year: $year) { id } }',
        variables: { year: 'tjugotjugotre' },
      }),
      /Int cannot represent/,
    ],
    ['a body that is not JSON', '{ this is not json', /./],
  ])('refuses %s with a 400 and a clear message', async (_case, body, message) => {
    const response = await postGraphql(body);
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toMatch(message);
    expect(text).not.toMatch(/\bat .+\.(ts|js):\d+/);
  });

  it('refuses a query nested deeper than the limit', async () => {
    let selection = 'code';
    for (let depth = 0; depth < 15; depth++) selection = `parent { ${selection} }`;
    const response = await postGraphql(JSON.stringify({ query: `{ orgUnits { ${selection} } }` }));
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/depth/i);
  });

  it('refuses a query with too many aliases', async () => {
    const aliases = Array.from({ length: 30 }, (_, index) => `a${index}: viewer { id }`).join(' ');
    const response = await postGraphql(JSON.stringify({ query: `{ ${aliases} }` }));
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/aliases/i);
  });

  describe('refuses a query built to make validation slow, at once and without holding up others', () => {
    // Unguarded, such a query held the server for minutes. The bound leaves room for CI's two
    // cores busy with other tests, where even a plain request can take most of a second.
    const AT_ONCE_MS = 2000;

    /** The attack and a health check sent together: both answered, and how long each took. */
    async function sendBesideHealthCheck(query: string) {
      const started = performance.now();
      const [attack, health] = await Promise.all([
        postGraphql(JSON.stringify({ query })).then(async (response) => ({
          status: response.status,
          body: (await response.json()) as {
            data?: unknown;
            errors: { message: string; extensions: { code: string } }[];
          },
          milliseconds: performance.now() - started,
        })),
        fetch(`${origin}/health`).then((response) => ({
          status: response.status,
          milliseconds: performance.now() - started,
        })),
      ]);
      return { attack, health };
    }

    const repeatedField = (times: number) => `{ ${'viewer { name } '.repeat(times)}}`;
    const fragmentSpreads = (count: number) => {
      const names = Array.from({ length: count }, (_, index) => `F${index}`);
      return `{ ${names.map((name) => `...${name}`).join(' ')} } ${names.map((name) => `fragment ${name} on Query { viewer { name } }`).join(' ')}`;
    };

    it.each([
      ['one field repeated 8,000 times (100 KB)', repeatedField(8_000), /more tha[nt] 2000 tokens/],
      ['5,000 fragment spreads', fragmentSpreads(5_000), /more tha[nt] 2000 tokens/],
      [
        'one field repeated 400 times, within the token limit',
        repeatedField(400),
        /more than 10000 pairs share a name \("viewer" is selected 400 times\)/,
      ],
      ['60 fragment spreads, within the token limit', fragmentSpreads(60), /spreads more than 50 fragments/],
    ])('%s', async (_case, query, message) => {
      const { attack, health } = await sendBesideHealthCheck(query);
      expect(attack.status).toBe(400);
      expect(attack.body.errors).toHaveLength(1);
      expect(attack.body.errors[0]!.message).toMatch(message);
      expect(attack.body.errors[0]!.extensions.code).toMatch(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/);
      expect(attack.milliseconds).toBeLessThan(AT_ONCE_MS);
      expect(health.status).toBe(200);
      expect(health.milliseconds).toBeLessThan(AT_ONCE_MS);
    });

    it('validates the most repetitive query the limits let through in a fraction of a second', async () => {
      // 9,900 pairs of same-named fields, just under the limit of 10,000.
      const { attack, health } = await sendBesideHealthCheck(repeatedField(100).replaceAll('name', 'email'));
      // Past validation, it is run: nobody is signed in.
      expect(attack.status).toBe(200);
      expect(attack.body).toEqual({ data: { viewer: null } });
      expect(attack.milliseconds).toBeLessThan(AT_ONCE_MS);
      expect(health.status).toBe(200);
    });
  });

  it('refuses a body larger than 1 MB with 413', async () => {
    const response = await postGraphql(JSON.stringify({ query: '{ viewer { id } }', padding: 'x'.repeat(1_100_000) }));
    expect(response.status).toBe(413);
    expect(await response.text()).not.toMatch(/\bat .+\.(ts|js):\d+/);
  });
});
