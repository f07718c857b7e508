import { createTestDatabase } from '@lagesbild/db/testing';
import type { TestDatabase } from '@lagesbild/db/testing';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { startHttpTestServer } from '../../testing/http-test-server';
import type { ListeningServer } from '../../testing/http-test-server';
import { graphql } from '../../testing/generated';
import { SetupCode } from './setup-code';

const FIRST_RUN_DUE = graphql(`
  query FirstRunTest_Due {
    signInOptions {
      firstRun
    }
  }
`);

const VIEWER = graphql(`
  query FirstRunTest_Viewer {
    viewer {
      name
      isAdministrator
      roles {
        role
        orgUnit {
          name
        }
      }
    }
  }
`);

const RISK_CATEGORIES = graphql(`
  query FirstRunTest_RiskCategories {
    riskCategories {
      id
      name
    }
    viewer {
      roles {
        orgUnit {
          id
        }
      }
    }
  }
`);

const CREATE_USER = graphql(`
  mutation FirstRunTest_CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      email
    }
  }
`);

const CREATE_RISK = graphql(`
  mutation FirstRunTest_CreateRisk($input: CreateRiskInput!) {
    createRisk(input: $input) {
      title
      category {
        name
      }
    }
  }
`);

const CODE = 'ABCD-EFGH-JKMN';
const firstRun = {
  setupCode: CODE,
  cityName: 'Göteborgs Stad',
  name: 'Anna Administratör',
  email: 'anna@goteborg.se',
  password: 'ett långt lösenord',
};

/** The first-run page's endpoint through the real HTTP app, on an empty database. */
describe('the first run', () => {
  let database: TestDatabase;
  let server: ListeningServer;
  let baseUrl: string;
  let setupCode: SetupCode;

  async function startServer(): Promise<void> {
    database = await createTestDatabase();
    setupCode = new SetupCode(CODE);
    server = await startHttpTestServer({ prisma: database.prisma, setupCode });
    baseUrl = server.origin;
  }

  async function stopServer(): Promise<void> {
    await server.close();
    await database.destroy();
  }

  function submit(body: unknown): Promise<Response> {
    return fetch(`${baseUrl}/auth/first-run`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  /** An operation over HTTP, as the browser sends it, with the session cookie if any. */
  async function query<Data, Variables>(
    document: TypedDocumentNode<Data, Variables>,
    cookie?: string,
    variables?: Variables,
  ): Promise<Data | undefined> {
    const response = await fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        // Apollo Server's CSRF prevention wants this header on a request that could be a form's.
        'apollo-require-preflight': 'true',
        ...(cookie ? { Cookie: cookie } : {}),
      },
      body: JSON.stringify({ query: print(document), variables }),
    });
    return ((await response.json()) as { data?: Data }).data;
  }

  describe('before anyone has set up the installation', () => {
    beforeAll(startServer);
    afterAll(stopServer);
    beforeEach(() => database.prisma.signInFailure.deleteMany());

    it('tells the sign-in page that the first run is due', async () => {
      expect(await query(FIRST_RUN_DUE)).toEqual({ signInOptions: { firstRun: true } });
    });

    it.each([
      [
        'every field missing',
        {},
        [
          ['email', 'invalidType'],
          ['name', 'invalidType'],
          ['password', 'invalidType'],
          ['setupCode', 'invalidType'],
          ['cityName', 'invalidType'],
        ],
      ],
      [
        'blank names, a short password, a malformed address and an empty code',
        { ...firstRun, setupCode: ' ', cityName: '  ', name: '', email: 'anna.goteborg.se', password: 'kort' },
        [
          ['email', 'invalidEmail'],
          ['name', 'required'],
          ['password', 'passwordTooShort'],
          ['setupCode', 'required'],
          ['cityName', 'required'],
        ],
      ],
      ['a city name of 201 characters', { ...firstRun, cityName: 'x'.repeat(201) }, [['cityName', 'tooLong']]],
      ['a name with a NUL', { ...firstRun, name: 'Anna\u0000' }, [['name', 'invalidCharacters']]],
    ])('answers %s with field errors and creates nothing', async (_case, body, expected) => {
      const response = await submit(body);
      expect(response.status).toBe(400);
      const { fieldErrors } = (await response.json()) as { fieldErrors: { field: string; message: string }[] };
      const messages = fieldErrors.map((error) => [error.field, error.message]);
      for (const [field, message] of expected) {
        if (message === 'invalidType') expect(messages.map(([name]) => name)).toContain(field);
        else expect(messages).toContainEqual([field, message]);
      }
      expect(await database.prisma.user.count()).toBe(0);
    });

    it('refuses a wrong code beside its field, counts it as a failed attempt and creates nothing', async () => {
      const response = await submit({ ...firstRun, setupCode: 'ABCD-EFGH-JKMP' });
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        error: 'invalidInput',
        fieldErrors: [{ field: 'setupCode', message: 'invalidSetupCode' }],
      });
      expect(await database.prisma.signInFailure.count({ where: { subject: 'setup-code' } })).toBe(1);
      expect(await database.prisma.orgUnit.count()).toBe(0);
    });

    it('slows down guessing as sign-in does: after 5 wrong codes the next must wait', async () => {
      for (let attempt = 0; attempt < 5; attempt += 1) {
        expect((await submit({ ...firstRun, setupCode: `WRONG-${attempt}` })).status).toBe(400);
      }
      const response = await submit(firstRun);
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('30');
      expect(await database.prisma.user.count()).toBe(0);
    });

    it('of two submissions sent at once, creates one administrator and refuses the other', async () => {
      const responses = await Promise.all([
        submit(firstRun),
        submit({ ...firstRun, email: 'bertil@goteborg.se', name: 'Bertil' }),
      ]);
      expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
      expect(await database.prisma.user.count()).toBe(1);
      expect(await database.prisma.orgUnit.count()).toBe(1);
    });

    it('created the city, its five perspectives, six risk categories and its administrator, audited without a user, and signed them in', async () => {
      const user = await database.prisma.user.findFirstOrThrow({ include: { roles: { include: { orgUnit: true } } } });
      expect(user.roles.map((role) => [role.role, role.orgUnit.name, role.orgUnit.kind, role.orgUnit.code])).toEqual([
        ['ADMIN', 'Göteborgs Stad', 'CITY', 'goteborgs-stad'],
      ]);
      const perspectives = await database.prisma.perspectiveYear.findMany({
        where: { year: new Date().getFullYear(), perspective: { cityId: user.roles[0]!.orgUnitId } },
        orderBy: { sortOrder: 'asc' },
      });
      expect(perspectives.map((perspective) => perspective.name)).toEqual([
        'Kund och ägare',
        'Medarbetare',
        'Process',
        'Ekonomi',
        'Hållbarhet',
      ]);
      const events = await database.prisma.auditEvent.findMany({ orderBy: { id: 'asc' } });
      expect(new Set(events.map((event) => [event.operation, event.userId, event.action].join()))).toEqual(
        new Set(['firstRun,,CREATE']),
      );
      expect(events.map((event) => event.entityType)).toEqual([
        'OrgUnit',
        ...Array<string[]>(5).fill(['Perspective', 'PerspectiveYear']).flat(),
        ...Array<string>(6).fill('RiskCategory'),
        'User',
        'RoleAssignment',
      ]);
      expect(JSON.stringify(events.map((event) => event.changes))).not.toContain(user.passwordHash);
      expect(await database.prisma.session.count({ where: { userId: user.id } })).toBe(1);
    });

    it('refuses the used code once the administrator exists, and the sign-in page no longer offers the first run', async () => {
      const response = await submit({ ...firstRun, email: 'cecilia@goteborg.se' });
      expect(response.status).toBe(409);
      expect(await response.json()).toEqual({ error: 'alreadySetUp' });
      expect(await query(FIRST_RUN_DUE)).toEqual({ signInOptions: { firstRun: false } });
      expect(await database.prisma.user.count()).toBe(1);
    });
  });

  describe('the administrator it creates', () => {
    beforeAll(startServer);
    afterAll(stopServer);

    let administratorCookie: string;

    it('is signed in with a session cookie and administers the city', async () => {
      const response = await submit(firstRun);
      expect(response.status).toBe(201);
      expect(await response.json()).toMatchObject({ user: { name: firstRun.name, email: firstRun.email } });
      const cookie = response.headers
        .getSetCookie()
        .find((header) => header.startsWith('lagesbild_session='))!
        .split(';')[0]!;
      administratorCookie = cookie;
      expect(await query(VIEWER, cookie)).toEqual({
        viewer: {
          name: firstRun.name,
          isAdministrator: true,
          roles: [{ role: 'ADMIN', orgUnit: { name: 'Göteborgs Stad' } }],
        },
      });
      expect(setupCode.used).toBe(true);
    });

    it("gives the city's first analyst the default risk categories to register its first risk in", async () => {
      // A risk must have a category, and nothing but the first run makes any.
      const { viewer } = (await query(RISK_CATEGORIES, administratorCookie))!;
      const cityId = viewer!.roles[0]!.orgUnit.id;
      const analyst = { email: 'bo@goteborg.se', password: 'ett annat långt lösenord' };
      expect(
        await query(CREATE_USER, administratorCookie, {
          input: { ...analyst, name: 'Bo Analytiker', roles: [{ role: 'ANALYST', orgUnitId: cityId }] },
        }),
      ).toMatchObject({ createUser: { email: analyst.email } });
      const signIn = await fetch(`${baseUrl}/auth/sign-in`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(analyst),
      });
      const cookie = signIn.headers
        .getSetCookie()
        .find((header) => header.startsWith('lagesbild_session='))!
        .split(';')[0]!;

      const { riskCategories } = (await query(RISK_CATEGORIES, cookie))!;
      expect(riskCategories.map((category) => category.name)).toEqual([
        'Omvärld',
        'Strategiska',
        'Finansiella',
        'Operativa',
        'Regelefterlevnad och oegentligheter',
        'Stadenleveranser',
      ]);
      const created = await query(CREATE_RISK, cookie, {
        input: {
          orgUnitId: cityId,
          categoryId: riskCategories[3]!.id,
          title: 'Svårt att rekrytera systemförvaltare',
          valuation: { probability: 3, consequence: 3, valuedOn: new Date().toISOString().slice(0, 10) },
        },
      });
      expect(created).toEqual({
        createRisk: { title: 'Svårt att rekrytera systemförvaltare', category: { name: 'Operativa' } },
      });
    });
  });

  describe('an installation with users', () => {
    beforeAll(startServer);
    afterAll(stopServer);

    it('refuses the first run even with the right code', async () => {
      await database.prisma.user.create({ data: { email: 'someone@goteborg.se', name: 'Någon' } });
      const response = await submit(firstRun);
      expect(response.status).toBe(409);
      expect(await database.prisma.orgUnit.count()).toBe(0);
    });
  });
});

describe('the setup code', () => {
  it('is three groups of four characters that cannot be misread, different each time', () => {
    const codes = new Set(Array.from({ length: 20 }, () => SetupCode.generate().code));
    expect(codes.size).toBe(20);
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){2}$/);
  });

  it('matches as typed, whatever the case, spaces and dashes, and nothing once used', () => {
    const code = new SetupCode('ABCD-EFGH-JKMN');
    expect(code.matches('abcd efgh jkmn')).toBe(true);
    expect(code.matches('ABCDEFGHJKMN')).toBe(true);
    expect(code.matches('ABCD-EFGH-JKMP')).toBe(false);
    expect(code.matches('')).toBe(false);
    code.consume();
    expect(code.matches('ABCD-EFGH-JKMN')).toBe(false);
  });
});
