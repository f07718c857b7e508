import type { DocumentNode } from 'graphql';
import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlError, GraphqlTestServer } from '../../testing/graphql-test-server';

/**
 * Bad input thrown at the perspectives' mutations, in the shape of ../bad-input.test.ts: each
 * refusal comes back with a stable code (and the field at fault where our validation refuses
 * it), leaks nothing of the server, and leaves the perspectives and the audit log as they were.
 */

const CREATE = graphql(`
  mutation PerspectiveBadInputTest_Create($input: CreatePerspectiveInput!) {
    createPerspective(input: $input) {
      id
    }
  }
`);
const UPDATE = graphql(`
  mutation PerspectiveBadInputTest_Update($input: UpdatePerspectiveInput!) {
    updatePerspective(input: $input) {
      id
    }
  }
`);
const REORDER = graphql(`
  mutation PerspectiveBadInputTest_Reorder($input: ReorderPerspectivesInput!) {
    reorderPerspectives(input: $input) {
      id
    }
  }
`);
const REMOVE = graphql(`
  mutation PerspectiveBadInputTest_Remove($input: RemovePerspectiveInput!) {
    removePerspective(input: $input) {
      id
    }
  }
`);
const COPY = graphql(`
  mutation PerspectiveBadInputTest_Copy($input: CopyPerspectivesInput!) {
    copyPerspectivesFromPreviousYear(input: $input) {
      id
    }
  }
`);

const HUGE_TEXT = 'x'.repeat(100_001);
const LONE_SURROGATE = 'Medarbetare \uD800';
const ID_BEYOND_INT4 = '2147483648';
const UNUSED_ID = '999999';

type Actor = 'cityAdministrator' | 'committeeAdministrator' | 'analyst';

interface World {
  /** Medarbetare, used by the fixture's goals of 2023; its 2023 row is at version 2. */
  staffId: string;
}

type Refusal =
  | { code: 'BAD_USER_INPUT'; field: string; messages: string[] }
  | { code: 'BAD_USER_INPUT'; notCoercible: true }
  | { code: 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' };

interface BadInput {
  name: string;
  input: (world: World) => Record<string, unknown>;
  refusal: Refusal;
  as?: Actor;
}

/** Refused by our validation: the field, with one message per reason. */
const invalid = (field: string, ...messages: string[]): Refusal => ({ code: 'BAD_USER_INPUT', field, messages });
const notCoercible: Refusal = { code: 'BAD_USER_INPUT', notCoercible: true };
const forbidden: Refusal = { code: 'FORBIDDEN' };
const conflict: Refusal = { code: 'CONFLICT' };
const notFound: Refusal = { code: 'NOT_FOUND' };

const newPerspective = (changes: Record<string, unknown> = {}) => ({ year: 2023, name: 'Hållbarhet', ...changes });
const change = (world: World, changes: Record<string, unknown> = {}) => ({
  id: world.staffId,
  year: 2023,
  expectedVersion: 2,
  name: 'Medarbetare och ledarskap',
  ...changes,
});

const MUTATIONS: { mutation: string; document: DocumentNode; cases: BadInput[] }[] = [
  {
    mutation: 'createPerspective',
    document: CREATE,
    cases: [
      { name: 'without a name', input: () => ({ year: 2023 }), refusal: notCoercible },
      { name: 'with a year as text', input: () => newPerspective({ year: 'i år' }), refusal: notCoercible },
      {
        name: 'with a blank name',
        input: () => newPerspective({ name: '   ' }),
        refusal: invalid('input.name', 'required'),
      },
      {
        name: 'with a huge name',
        input: () => newPerspective({ name: HUGE_TEXT }),
        refusal: invalid('input.name', 'tooLong'),
      },
      {
        name: 'with a lone surrogate',
        input: () => newPerspective({ name: LONE_SURROGATE }),
        refusal: invalid('input.name', 'invalidCharacters'),
      },
      {
        name: 'with a huge description',
        input: () => newPerspective({ description: HUGE_TEXT }),
        refusal: invalid('input.description', 'tooLong'),
      },
      {
        name: 'in a year out of range',
        input: () => newPerspective({ year: 1066 }),
        refusal: invalid('input.year', 'outOfRange'),
      },
      {
        name: 'with a name the year has',
        input: () => newPerspective({ name: ' medarbetare' }),
        refusal: invalid('input.name', 'nameTaken'),
      },
      {
        name: 'from a committee’s administrator',
        input: () => newPerspective(),
        refusal: forbidden,
        as: 'committeeAdministrator',
      },
      { name: 'from an analyst', input: () => newPerspective(), refusal: forbidden, as: 'analyst' },
    ],
  },
  {
    mutation: 'updatePerspective',
    document: UPDATE,
    cases: [
      {
        name: 'without an expected version',
        input: (w) => without(change(w), 'expectedVersion'),
        refusal: notCoercible,
      },
      { name: 'with an empty name', input: (w) => change(w, { name: '' }), refusal: invalid('input.name', 'required') },
      {
        name: 'with a malformed id',
        input: (w) => change(w, { id: 'abc' }),
        refusal: invalid('input.id', 'invalidId'),
      },
      {
        name: 'with an id beyond the database’s',
        input: (w) => change(w, { id: ID_BEYOND_INT4 }),
        refusal: invalid('input.id', 'invalidId'),
      },
      {
        name: 'with a version of zero',
        input: (w) => change(w, { expectedVersion: 0 }),
        refusal: invalid('input.expectedVersion', 'invalidVersion'),
      },
      { name: 'with a stale version', input: (w) => change(w, { expectedVersion: 1 }), refusal: conflict },
      { name: 'of a perspective that does not exist', input: (w) => change(w, { id: UNUSED_ID }), refusal: notFound },
      { name: 'in a year it is not in', input: (w) => change(w, { year: 2030 }), refusal: notFound },
      {
        name: 'from a committee’s administrator',
        input: (w) => change(w),
        refusal: forbidden,
        as: 'committeeAdministrator',
      },
    ],
  },
  {
    mutation: 'reorderPerspectives',
    document: REORDER,
    cases: [
      { name: 'without ids', input: () => ({ year: 2023 }), refusal: notCoercible },
      {
        name: 'without the order it was shown',
        input: (w) => ({ year: 2023, ids: [w.staffId] }),
        refusal: notCoercible,
      },
      {
        name: 'with no ids',
        input: () => ({ year: 2023, ids: [], expectedIds: [] }),
        refusal: invalid('input.ids', 'required'),
      },
      {
        name: 'with an id twice',
        input: (w) => ({ year: 2023, ids: [w.staffId, w.staffId], expectedIds: [] }),
        refusal: invalid('input.ids', 'duplicate'),
      },
      {
        name: 'with another year’s list',
        input: (w) => ({ year: 2030, ids: [w.staffId], expectedIds: [] }),
        refusal: invalid('input.ids', 'notTheYearsPerspectives'),
      },
      {
        name: 'from an analyst',
        input: (w) => ({ year: 2023, ids: [w.staffId], expectedIds: [w.staffId] }),
        refusal: forbidden,
        as: 'analyst',
      },
    ],
  },
  {
    mutation: 'removePerspective',
    document: REMOVE,
    cases: [
      { name: 'without a year', input: (w) => ({ id: w.staffId, expectedVersion: 2 }), refusal: notCoercible },
      {
        name: 'while the year’s goals point at it',
        input: (w) => ({ id: w.staffId, year: 2023, expectedVersion: 2 }),
        refusal: invalid('input.id', 'usedByGoals', 'usedByActivities'),
      },
      {
        name: 'with a stale version',
        input: (w) => ({ id: w.staffId, year: 2023, expectedVersion: 1 }),
        refusal: conflict,
      },
      {
        name: 'from a committee’s administrator',
        input: (w) => ({ id: w.staffId, year: 2023, expectedVersion: 2 }),
        refusal: forbidden,
        as: 'committeeAdministrator',
      },
    ],
  },
  {
    mutation: 'copyPerspectivesFromPreviousYear',
    document: COPY,
    cases: [
      { name: 'without a year', input: () => ({}), refusal: notCoercible },
      {
        name: 'into a year that has perspectives',
        input: () => ({ year: 2023 }),
        refusal: invalid('input.year', 'yearHasPerspectives'),
      },
      {
        name: 'into a year with no earlier one',
        input: () => ({ year: 1999 }),
        refusal: invalid('input.year', 'noEarlierYear'),
      },
      { name: 'into a year out of range', input: () => ({ year: 2101 }), refusal: invalid('input.year', 'outOfRange') },
      { name: 'from an analyst', input: () => ({ year: 2024 }), refusal: forbidden, as: 'analyst' },
    ],
  },
];

function without(input: Record<string, unknown>, field: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([key]) => key !== field));
}

describe('bad input to the perspectives’ mutations', () => {
  let server: GraphqlTestServer;
  let world: World;
  let actors: Record<Actor, Awaited<ReturnType<GraphqlTestServer['createUser']>>>;
  let consoleError: jest.SpiedFunction<typeof console.error>;

  async function snapshot() {
    const { prisma } = server;
    return {
      auditEvents: await prisma.auditEvent.count(),
      perspectives: await prisma.perspective.findMany({ orderBy: { id: 'asc' } }),
      years: await prisma.perspectiveYear.findMany({ orderBy: { id: 'asc' } }),
    };
  }

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    const fixture = await createGoalFixture(server.prisma);
    // As if someone else had saved since the forms of the stale-version cases were opened.
    await server.prisma.perspectiveYear.updateMany({
      where: { perspectiveId: fixture.perspective.id, year: 2023 },
      data: { version: 2 },
    });
    world = { staffId: String(fixture.perspective.id) };
    actors = {
      cityAdministrator: await server.createUser([{ role: 'ADMIN', orgUnitCode: 'goteborg' }]),
      committeeAdministrator: await server.createUser([{ role: 'ADMIN', orgUnitCode: 'intraservice' }]),
      analyst: await server.createUser([{ role: 'ANALYST', orgUnitCode: 'goteborg' }]),
    };
  });
  afterAll(() => server.stop());
  beforeEach(() => {
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => consoleError.mockRestore());

  function expectNothingLeaked(errors: readonly GraphqlError[]): void {
    for (const { message, extensions } of errors) {
      expect(message).not.toMatch(/\n\s+at |\bat .+:\d+:\d+|node_modules|\.ts:\d+/);
      expect(message).not.toMatch(/prisma|sql/i);
      expect(Object.keys(extensions ?? {})).not.toContain('stacktrace');
    }
  }

  describe.each(MUTATIONS)('$mutation refuses input', ({ document, cases }) => {
    it.each(cases)('$name', async ({ input, refusal, as = 'cityAdministrator' }) => {
      server.actAs(actors[as]);
      const before = await snapshot();
      const errors = await server.queryErrorsWithUncheckedVariables(document, { input: input(world) });
      const { extensions, message } = errors[0]!;
      expect(extensions?.code).toBe(refusal.code);
      if ('notCoercible' in refusal) expect(message).toMatch(/^Variable "\$input" got invalid value/);
      else if ('field' in refusal)
        expect(extensions?.fieldErrors).toEqual(refusal.messages.map((message) => ({ field: refusal.field, message })));
      expectNothingLeaked(errors);
      expect(consoleError).not.toHaveBeenCalled();
      expect(await snapshot()).toEqual(before);
    });
  });
});
