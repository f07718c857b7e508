import { hashPassword } from '@lagesbild/db';
import { createTestDatabase } from '@lagesbild/db/testing';
import type { TestDatabase } from '@lagesbild/db/testing';
import { startHttpTestServer } from '../../testing/http-test-server';
import type { ListeningServer } from '../../testing/http-test-server';

const PASSWORD = 'ett långt lösenord';

interface GraphqlBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

interface SessionCookie {
  /** `lagesbild_session=<token>`, as the browser sends it back. */
  pair: string;
  /** The attributes after the value: `HttpOnly`, `SameSite=Lax`, `Max-Age=…`. */
  attributes: string[];
}

/** The session cookie a response sets, or undefined when it sets none. */
function sessionCookieOf(response: Response): SessionCookie | undefined {
  const header = response.headers.getSetCookie().find((cookie) => cookie.startsWith('lagesbild_session='));
  if (header === undefined) return undefined;
  const [pair, ...attributes] = header.split(';').map((part) => part.trim());
  return { pair: pair!, attributes };
}

/** Local sign-in through the real HTTP app: cookies, throttling, sign-out and the session's end. */
describe('local sign-in over HTTP', () => {
  let database: TestDatabase;
  let server: ListeningServer;
  let baseUrl: string;
  let userCount = 0;

  /** A user who signs in with PASSWORD and may read (or, as an administrator, administer) the whole city. */
  async function createUserWithPassword(
    name: string,
    role: 'VIEWER' | 'ADMIN' = 'VIEWER',
  ): Promise<{ id: number; name: string; email: string }> {
    const city = await database.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'goteborg' } });
    return database.prisma.user.create({
      data: {
        email: `${name.toLowerCase().replace(/\W+/g, '.')}.${++userCount}@test.lagesbild.se`,
        name,
        passwordHash: await hashPassword(PASSWORD),
        roles: { create: { role, orgUnitId: city.id } },
      },
      select: { id: true, name: true, email: true },
    });
  }

  function signIn(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${baseUrl}/auth/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  }

  /** Signs in and returns the cookie, failing the test if that does not work. */
  async function signedInCookie(email: string): Promise<string> {
    const response = await signIn({ email, password: PASSWORD });
    expect(response.status).toBe(200);
    return sessionCookieOf(response)!.pair;
  }

  async function graphql(query: string, cookie?: string, variables?: Record<string, unknown>): Promise<GraphqlBody> {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlBody;
  }

  async function viewerWith(cookie?: string): Promise<unknown> {
    return (await graphql('{ viewer { name email } }', cookie)).data?.viewer;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.prisma.orgUnit.create({ data: { code: 'goteborg', name: 'Göteborgs Stad', kind: 'CITY' } });
    server = await startHttpTestServer({ prisma: database.prisma });
    baseUrl = server.origin;
  });

  afterAll(async () => {
    await server.close();
    await database.destroy();
  });

  // Every request here comes from 127.0.0.1, so without this the failures of one test would
  // count against the address in the next and throttle it.
  beforeEach(() => database.prisma.signInFailure.deleteMany());

  describe('signing in', () => {
    it('answers the user and sets a session cookie that scripts cannot read and other sites do not post', async () => {
      const anna = await createUserWithPassword('Anna Analytiker');
      const response = await signIn({ email: anna.email, password: PASSWORD });

      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ user: anna });
      const cookie = sessionCookieOf(response);
      expect(cookie?.pair).toMatch(/^lagesbild_session=[\w-]{43}$/);
      expect(cookie?.attributes).toEqual(
        expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Path=/', 'Max-Age=28800']),
      );
      // Secure is left out only on this machine (127.0.0.1), where there is no TLS to demand.
      expect(cookie?.attributes).not.toContain('Secure');
    });

    it('finds the account whatever the case of the email and spaces around it', async () => {
      const anna = await createUserWithPassword('Anna Versal');
      const response = await signIn({ email: `  ${anna.email.toUpperCase()} `, password: PASSWORD });
      expect(response.status).toBe(200);
      expect(sessionCookieOf(response)).toBeDefined();
    });

    it('signs in the account written exactly as given when two differ only by case', async () => {
      // Accounts made before adding one took the address's lock: the one typed exactly is found.
      const lower = await createUserWithPassword('Bo Gemen');
      const upper = await database.prisma.user.create({
        data: { email: lower.email.toUpperCase(), name: 'Bo Versal', passwordHash: await hashPassword(PASSWORD) },
        select: { id: true, name: true, email: true },
      });
      for (const account of [upper, lower]) {
        const response = await signIn({ email: account.email, password: PASSWORD });
        expect(await response.json()).toEqual({ user: account });
      }
    });

    it('signs the following GraphQL requests in with the cookie', async () => {
      const anna = await createUserWithPassword('Anna Inloggad');
      const cookie = await signedInCookie(anna.email);

      expect(await viewerWith(cookie)).toEqual({ name: anna.name, email: anna.email });
      expect(await graphql('{ orgUnits { code } }', cookie)).toEqual({ data: { orgUnits: [{ code: 'goteborg' }] } });
    });

    it('without a session, there is no viewer and no data', async () => {
      expect(await viewerWith(undefined)).toBeNull();
      const { errors } = await graphql('{ orgUnits { code } }');
      expect(errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    });

    it('answers a wrong password and an unknown account alike, so neither reveals whether the account exists', async () => {
      const anna = await createUserWithPassword('Anna Felskriven');
      const wrongPassword = await signIn({ email: anna.email, password: 'fel lösenord igen' });
      const unknownAccount = await signIn({ email: 'ingen.alls@test.lagesbild.se', password: PASSWORD });

      expect([wrongPassword.status, unknownAccount.status]).toEqual([401, 401]);
      expect(await wrongPassword.json()).toEqual({ error: 'invalidCredentials' });
      expect(await unknownAccount.json()).toEqual({ error: 'invalidCredentials' });
      expect([sessionCookieOf(wrongPassword), sessionCookieOf(unknownAccount)]).toEqual([undefined, undefined]);
    });

    it('refuses a body that is not JSON, which is what a cross-site form would send', async () => {
      const anna = await createUserWithPassword('Anna Formulär');
      const formPost = await fetch(`${baseUrl}/auth/sign-in`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ email: anna.email, password: PASSWORD }).toString(),
      });

      expect(formPost.status).toBe(415);
      expect(await formPost.json()).toMatchObject({ error: 'unsupportedMediaType' });
      expect(sessionCookieOf(formPost)).toBeUndefined();
    });

    it('refuses an invalid email with 400, naming the field', async () => {
      const response = await signIn({ email: 'inte-en-adress', password: PASSWORD });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        error: 'invalidInput',
        fieldErrors: [{ field: 'email', message: 'invalidEmail' }],
      });
    });

    it('refuses a missing password with 400, naming the field', async () => {
      const response = await signIn({ email: 'anna@test.lagesbild.se' });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'invalidInput', fieldErrors: [{ field: 'password' }] });
    });

    it.each([
      { what: 'malformed JSON', body: '{"email": "anna@test.lagesbild.se", ', status: 400 },
      {
        what: 'a body over the 10 kB limit',
        body: JSON.stringify({ email: 'anna@test.lagesbild.se', password: 'x'.repeat(20_000) }),
        status: 413,
      },
    ])('refuses $what with $status and shows no stack trace', async ({ body, status }) => {
      const response = await fetch(`${baseUrl}/auth/sign-in`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });
      expect(response.status).toBe(status);
      expect(await response.text()).not.toMatch(/\bat .+:\d+:\d+|node_modules/);
    });
  });

  describe('slowing down guessing', () => {
    it('makes even the right password wait after five failures for the account', async () => {
      const bo = await createUserWithPassword('Bo Begränsad');
      for (let attempt = 1; attempt <= 5; attempt++) {
        expect((await signIn({ email: bo.email, password: `gissning ${attempt}` })).status).toBe(401);
      }

      const rightPassword = await signIn({ email: bo.email, password: PASSWORD });
      expect(rightPassword.status).toBe(429);
      const retryAfter = rightPassword.headers.get('Retry-After');
      // 30 seconds after the fifth failure, less the moments the test itself took.
      expect(Number(retryAfter)).toBeGreaterThan(20);
      expect(Number(retryAfter)).toBeLessThanOrEqual(30);
      expect(await rightPassword.json()).toEqual({ error: 'tooManyAttempts', retryAfterSeconds: Number(retryAfter) });
      expect(sessionCookieOf(rightPassword)).toBeUndefined();

      // The account's own count applies whichever address the next guess comes from (the app
      // trusts X-Forwarded-For from a proxy on this machine).
      const fromElsewhere = await signIn({ email: bo.email, password: PASSWORD }, { 'X-Forwarded-For': '203.0.113.7' });
      expect(fromElsewhere.status).toBe(429);
    });

    it('tries only five of 40 guesses sent at once', async () => {
      const greta = await createUserWithPassword('Greta Gissad');
      const guesses = Array.from({ length: 40 }, (_, index) =>
        signIn({ email: greta.email, password: `gissning ${index}` }),
      );
      const statuses = (await Promise.all(guesses)).map((response) => response.status);
      expect(statuses.filter((status) => status === 401)).toHaveLength(5);
      expect(statuses.filter((status) => status === 429)).toHaveLength(35);
    });
  });

  describe('the end of a session', () => {
    it('signs out with 204, clears the cookie, and the old cookie signs nothing in any more', async () => {
      const sven = await createUserWithPassword('Sven Utloggad');
      const cookie = await signedInCookie(sven.email);

      // As the web app does it: an empty POST with the JSON content type.
      const response = await fetch(`${baseUrl}/auth/sign-out`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie },
      });

      expect(response.status).toBe(204);
      expect(sessionCookieOf(response)?.pair).toBe('lagesbild_session=');
      expect(await viewerWith(cookie)).toBeNull();
      expect(await database.prisma.session.count({ where: { userId: sven.id } })).toBe(0);
    });

    it('refuses a sign-out that is not JSON, so another site cannot sign the user out', async () => {
      const stina = await createUserWithPassword('Stina Kvar');
      const cookie = await signedInCookie(stina.email);

      const formPost = await fetch(`${baseUrl}/auth/sign-out`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie },
        body: '',
      });

      expect(formPost.status).toBe(415);
      expect(await viewerWith(cookie)).toEqual({ name: stina.name, email: stina.email });
    });

    it('does not let a deactivated account sign in, and ends the sessions it had', async () => {
      const dag = await createUserWithPassword('Dag Avslutad');
      const cookie = await signedInCookie(dag.email);
      await database.prisma.user.update({ where: { id: dag.id }, data: { isActive: false } });

      const response = await signIn({ email: dag.email, password: PASSWORD });
      expect(response.status).toBe(401);
      // The same answer as a wrong password: a deactivated account is not told apart either.
      expect(await response.json()).toEqual({ error: 'invalidCredentials' });
      expect(sessionCookieOf(response)).toBeUndefined();
      expect(await viewerWith(cookie)).toBeNull();
    });

    /** The administrator signed in with `cookie` sets (or, without one, keeps) the user's password. */
    async function changeUser(cookie: string, userId: number, password?: string): Promise<GraphqlBody> {
      const user = await database.prisma.user.findUniqueOrThrow({ where: { id: userId }, include: { roles: true } });
      return graphql('mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id version } }', cookie, {
        input: {
          id: String(user.id),
          expectedVersion: user.version,
          name: user.name,
          isActive: true,
          roles: user.roles.map(({ role, orgUnitId }) => ({ role, orgUnitId: String(orgUnitId) })),
          password,
        },
      });
    }

    it("ends the user's sessions when an administrator sets a new password, so a stolen session does not outlive it", async () => {
      const rut = await createUserWithPassword('Rut Återställd');
      const onHerLaptop = await signedInCookie(rut.email);
      const stolen = await signedInCookie(rut.email);
      const admin = await createUserWithPassword('Alma Administratör', 'ADMIN');
      const adminCookie = await signedInCookie(admin.email);

      // A change of name leaves her signed in.
      expect((await changeUser(adminCookie, rut.id)).errors).toBeUndefined();
      expect(await viewerWith(stolen)).toEqual({ name: rut.name, email: rut.email });

      expect((await changeUser(adminCookie, rut.id, 'ett nytt långt lösenord')).errors).toBeUndefined();

      expect(await viewerWith(stolen)).toBeNull();
      expect(await viewerWith(onHerLaptop)).toBeNull();
      const { errors } = await graphql('{ orgUnits { code } }', stolen);
      expect(errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(await viewerWith(adminCookie)).toEqual({ name: admin.name, email: admin.email });
      expect((await signIn({ email: rut.email, password: PASSWORD })).status).toBe(401);
      expect((await signIn({ email: rut.email, password: 'ett nytt långt lösenord' })).status).toBe(200);
    });

    it('keeps the session of an administrator who sets their own password, and ends their others', async () => {
      const admin = await createUserWithPassword('Ali Administratör', 'ADMIN');
      const here = await signedInCookie(admin.email);
      const elsewhere = await signedInCookie(admin.email);

      expect((await changeUser(here, admin.id, 'mitt nya långa lösenord')).errors).toBeUndefined();

      expect(await viewerWith(here)).toEqual({ name: admin.name, email: admin.email });
      expect(await viewerWith(elsewhere)).toBeNull();
    });

    it('does not accept an expired session', async () => {
      const eva = await createUserWithPassword('Eva Utgången');
      const cookie = await signedInCookie(eva.email);
      await database.prisma.session.updateMany({
        where: { userId: eva.id },
        data: { expiresAt: new Date(Date.now() - 60_000) },
      });

      expect(await viewerWith(cookie)).toBeNull();
      const { errors } = await graphql('{ orgUnits { code } }', cookie);
      expect(errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('HTTP hardening', () => {
    it('sends security headers and no framework banner', async () => {
      const response = await fetch(`${baseUrl}/health`);

      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(response.headers.get('x-powered-by')).toBeNull();
    });

    it("refuses a simple cross-site GraphQL request (Apollo's CSRF prevention)", async () => {
      const query = new URLSearchParams({ query: '{ __typename }' }).toString();

      const simpleGet = await fetch(`${baseUrl}/graphql?${query}`);
      expect(simpleGet.status).toBe(400);
      expect(await simpleGet.text()).toMatch(/CSRF/);

      const textPost = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(textPost.status).toBe(400);

      // The same GET with a header only a preflighted (same-site) request can carry is answered.
      const preflighted = await fetch(`${baseUrl}/graphql?${query}`, {
        headers: { 'Apollo-Require-Preflight': 'true' },
      });
      expect(preflighted.status).toBe(200);
      expect(await preflighted.json()).toEqual({ data: { __typename: 'Query' } });
    });
  });
});
