import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createTestDatabase } from '@lagesbild/db/testing';
import type { TestDatabase } from '@lagesbild/db/testing';
import { createApolloServer, createHttpApp } from '../../server';
import { listenOnLoopback } from '../../testing/http-test-server';
import type { ListeningServer } from '../../testing/http-test-server';

/**
 * Single sign-on end to end: a real OpenID Connect provider (oidc-provider, in its own
 * process) and this app's real routes, driven over HTTP the way a browser follows redirects.
 */
describe('single sign-on with OpenID Connect', () => {
  let database: TestDatabase;
  let provider: ChildProcess;
  let app: ListeningServer;
  let appOrigin: string;

  /** Cookies per host:port, as a browser keeps them. */
  const jar = new Map<string, Map<string, string>>();
  const cookiesFor = (url: URL) =>
    [...(jar.get(url.host) ?? new Map<string, string>())].map(([name, value]) => `${name}=${value}`).join('; ');
  const keepCookies = (url: URL, response: Response) => {
    const cookies = jar.get(url.host) ?? new Map<string, string>();
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, ...value] = pair!.split('=');
      cookies.set(name!.trim(), value.join('='));
    }
    jar.set(url.host, cookies);
  };

  /** One request as a browser makes it: with the host's cookies, keeping those set. */
  async function browse(url: URL, init: RequestInit = {}): Promise<Response> {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: { ...init.headers, cookie: cookiesFor(url) },
    });
    keepCookies(url, response);
    return response;
  }

  /** Follows redirects and the provider's sign-in and consent forms until back at this app. */
  async function signInThroughProvider(login: string): Promise<Response> {
    let url = new URL('/auth/oidc/sign-in?nasta=/mal', appOrigin);
    for (let step = 0; step < 20; step++) {
      const response = await browse(url);
      const location = response.headers.get('location');
      if (location) {
        url = new URL(location, url);
        if (url.origin === appOrigin && !url.pathname.startsWith('/auth/')) return response;
        continue;
      }
      const page = await response.text();
      const action = /action="([^"]+)"/.exec(page)?.[1];
      if (!action) throw new Error(`Neither a redirect nor a form at ${url.href}: ${page.slice(0, 200)}`);
      const form = page.includes('name="login"')
        ? new URLSearchParams({ prompt: 'login', login, password: 'any' })
        : new URLSearchParams({ prompt: 'consent' });
      const submitted = await browse(new URL(action, url), {
        method: 'POST',
        body: form,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      url = new URL(submitted.headers.get('location')!, url);
    }
    throw new Error('Too many redirects');
  }

  async function viewerName(): Promise<string | null> {
    const url = new URL('/graphql', appOrigin);
    const response = await browse(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ viewer { name } }' }),
    });
    const body = (await response.json()) as { data: { viewer: { name: string } | null } };
    return body.data.viewer?.name ?? null;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    const unit = await database.prisma.orgUnit.create({
      data: { code: 'intraservice', name: 'Intraservice', kind: 'COMMITTEE' },
    });
    await database.prisma.user.create({
      data: {
        email: 'anna@goteborg.se',
        name: 'Anna Analytiker',
        roles: { create: { role: 'ANALYST', orgUnitId: unit.id } },
      },
    });

    app = await listenOnLoopback();
    appOrigin = app.origin;
    const redirectUrl = `${appOrigin}/auth/oidc/callback`;

    const providerPort = 20_000 + Math.floor(Math.random() * 20_000);
    provider = spawn(
      process.execPath,
      [
        path.join(__dirname, '../../testing/oidc-test-provider.mjs'),
        String(providerPort),
        'lagesbild',
        'hemligt',
        redirectUrl,
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, NODE_OPTIONS: '' },
      },
    );
    const issuer = await new Promise<string>((resolve, reject) => {
      provider.stdout!.on('data', (chunk: Buffer) => {
        const ready = /ready (\S+)/.exec(chunk.toString());
        if (ready) resolve(ready[1]!);
      });
      provider.once('exit', (code) => reject(new Error(`The provider exited with ${code}`)));
    });

    const httpApp = await createHttpApp({
      prisma: database.prisma,
      apollo: createApolloServer(),
      oidc: { issuer, clientId: 'lagesbild', clientSecret: 'hemligt', redirectUrl, allowInsecureHttp: true },
    });
    app.httpServer.on('request', httpApp);
  });

  afterAll(async () => {
    provider?.kill();
    await app?.close();
    await database?.destroy();
  });

  beforeEach(() => jar.clear());

  it('signs in a known person, links the account by email and returns to the page asked for', async () => {
    const back = await signInThroughProvider('anna@goteborg.se');
    expect(new URL(back.headers.get('location')!, appOrigin).pathname).toBe('/mal');
    expect(await viewerName()).toBe('Anna Analytiker');

    const user = await database.prisma.user.findUniqueOrThrow({ where: { email: 'anna@goteborg.se' } });
    expect(user.oidcSubject).toBe('anna@goteborg.se');
    const link = await database.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: 'User', entityId: String(user.id) },
    });
    expect(link.operation).toBe('linkSingleSignOn');
  });

  it('signs the same person in again by their subject', async () => {
    await signInThroughProvider('anna@goteborg.se');
    expect(await viewerName()).toBe('Anna Analytiker');
  });

  it('does not let in someone without an account', async () => {
    const back = await signInThroughProvider('okand@example.com');
    expect(back.headers.get('location')).toBe('/logga-in?fel=sso-no-account');
    expect(await viewerName()).toBeNull();
  });

  it('refuses an answer that does not belong to a sign-in it started', async () => {
    const response = await browse(new URL('/auth/oidc/callback?code=forged&state=forged', appOrigin));
    expect(response.headers.get('location')).toBe('/logga-in?fel=sso-expired');
  });
});
