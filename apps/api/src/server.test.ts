import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestDatabase } from '@lagesbild/db/testing';
import type { TestDatabase } from '@lagesbild/db/testing';
import { createApolloServer, createHttpApp } from './server';

/** What the HTTP boundary answers to requests that are broken or too big: a 4xx, never a stack. */
describe('the HTTP boundary', () => {
  let database: TestDatabase;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    server = createServer(await createHttpApp({ prisma: database.prisma, apollo: createApolloServer() }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
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

  it('refuses a body larger than 1 MB with 413', async () => {
    const response = await postGraphql(JSON.stringify({ query: '{ viewer { id } }', padding: 'x'.repeat(1_100_000) }));
    expect(response.status).toBe(413);
    expect(await response.text()).not.toMatch(/\bat .+\.(ts|js):\d+/);
  });
});
