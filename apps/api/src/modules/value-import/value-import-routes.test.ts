import { createTestDatabase } from '@lagesbild/db/testing';
import type { TestDatabase } from '@lagesbild/db/testing';
import { print } from 'graphql';
import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { sessionCookieOf, startHttpTestServer } from '../../testing/http-test-server';
import type { ListeningServer } from '../../testing/http-test-server';

const PREVIEW = graphql(`
  query ValueImportRoutesTest_Preview($id: ID!) {
    valueImport(id: $id) {
      fileName
      counts {
        new
        total
      }
    }
  }
`);

/** The upload as the browser makes it: the file as the body, the session cookie, then GraphQL. */
describe('POST /api/value-imports', () => {
  let database: TestDatabase;
  let server: ListeningServer;
  let origin: string;
  let analystCookie: string;
  let viewerCookie: string;
  let adminCookie: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const { committee } = await createGoalFixture(database.prisma, { committeeGoals: 1 });
    const user = async (email: string, role: 'ANALYST' | 'VIEWER' | 'ADMIN') => {
      const created = await database.prisma.user.create({
        data: { email, name: email, roles: { create: { role, orgUnitId: committee.id } } },
      });
      return sessionCookieOf(database.prisma, created.id);
    };
    analystCookie = await user('analytiker@test.lagesbild.se', 'ANALYST');
    viewerCookie = await user('visare@test.lagesbild.se', 'VIEWER');
    adminCookie = await user('administrator@test.lagesbild.se', 'ADMIN');
    server = await startHttpTestServer({ prisma: database.prisma });
    origin = server.origin;
  });
  afterAll(async () => {
    await server.close();
    await database.destroy();
  });

  const FILE =
    '\uFEFFEnhetskod;Indikatorkod;Indikator;Period;Utfall;Periodmål;Årsmål;Prognos helår;Kommentar\r\nintraservice;SJUKFRANVARO-1;;2023-07;4,8;;;;\r\n';
  const post = (body: string | Uint8Array, headers: Record<string, string>) =>
    fetch(`${origin}/api/value-imports?fileName=v%C3%A4rden.csv`, { method: 'POST', body, headers });

  it('answers an analyst with the preview, which GraphQL then reads', async () => {
    const response = await post(FILE, { 'content-type': 'application/octet-stream', cookie: analystCookie });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const previewed = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: analystCookie },
      body: JSON.stringify({ query: print(PREVIEW), variables: { id } }),
    });
    expect(await previewed.json()).toEqual({
      data: { valueImport: { fileName: 'värden.csv', counts: { new: 1, total: 1 } } },
    });
  });

  it('names what is wrong with a refused file', async () => {
    const response = await post('Enhetskod;Period\r\nx;2023\r\n', {
      'content-type': 'application/octet-stream',
      cookie: analystCookie,
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      error: 'missingColumns',
      details: ['Indikatorkod', 'Utfall'],
    });
  });

  it.each([
    ['nobody signed in', {}, 401, 'notSignedIn'],
    ['a viewer', { cookie: 'viewer' }, 403, 'forbidden'],
    ['a form post', { cookie: 'analyst', 'content-type': 'application/x-www-form-urlencoded' }, 415, 'unsupportedType'],
  ])('refuses %s', async (_name, headers: Record<string, string>, status, error) => {
    const cookie =
      headers.cookie === 'viewer' ? viewerCookie : headers.cookie === 'analyst' ? analystCookie : undefined;
    const response = await post(FILE, {
      'content-type': 'application/octet-stream',
      ...headers,
      ...(cookie ? { cookie } : {}),
    });
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ error });
  });

  it('takes a file of org units from an administrator only, and no kind it does not know', async () => {
    const orgFile = 'Enhetskod;Namn;Överordnad enhetskod;Typ\r\nny-enhet;Ny enhet;intraservice;Avdelning\r\n';
    const postKind = (kind: string, cookie: string) =>
      fetch(`${origin}/api/value-imports?fileName=org.csv&kind=${kind}`, {
        method: 'POST',
        body: orgFile,
        headers: { 'content-type': 'application/octet-stream', cookie },
      });
    expect((await postKind('ORG_UNITS', analystCookie)).status).toBe(403);
    const asAdmin = await postKind('ORG_UNITS', adminCookie);
    expect(asAdmin.status).toBe(201);
    const { id } = (await asAdmin.json()) as { id: string };
    expect(await database.prisma.valueImport.findUnique({ where: { id } })).toMatchObject({
      kind: 'ORG_UNITS',
      newCount: 1,
    });
    const unknown = await postKind('PEOPLE', adminCookie);
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({ error: 'unknownKind', details: [] });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const response = await post(new Uint8Array(20 * 1024 * 1024 + 1), {
      'content-type': 'application/octet-stream',
      cookie: analystCookie,
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'tooLarge', details: [] });
  });
});
