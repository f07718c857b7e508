import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import type { CreateIndicatorInput, IndicatorDefinitionInput } from '../../testing/generated/graphql';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';
import type { SignedInUser } from '../access';

const CREATE = graphql(`
  mutation IndicatorLibraryTest_Create($input: CreateIndicatorInput!) {
    createIndicator(input: $input) {
      ...IndicatorLibraryTest_fields
    }
  }
`);
const UPDATE = graphql(`
  mutation IndicatorLibraryTest_Update($input: UpdateIndicatorInput!) {
    updateIndicator(input: $input) {
      ...IndicatorLibraryTest_fields
    }
  }
`);
graphql(`
  fragment IndicatorLibraryTest_fields on Indicator {
    id
    code
    name
    description
    dataSource
    externalCode
    unit
    periodicity
    direction
    cumulative
    levelAggregation
    unitRollup
    thresholdKind
    yellowThreshold
    redThreshold
    isKey
    owner {
      id
      name
    }
    orgUnit {
      code
    }
    retiredAt
    hasValues
    version
  }
`);
const RETIRE = graphql(`
  mutation IndicatorLibraryTest_Retire($input: SetIndicatorRetiredInput!) {
    setIndicatorRetired(input: $input) {
      id
      retiredAt
      version
    }
  }
`);
const LIBRARY = graphql(`
  query IndicatorLibraryTest_Library($filter: IndicatorLibraryFilter!) {
    indicatorLibrary(filter: $filter) {
      code
      orgUnit {
        code
      }
    }
  }
`);
const BY_CODE = graphql(`
  query IndicatorLibraryTest_ByCode($code: String!) {
    indicatorsByCode(code: $code) {
      orgUnit {
        code
      }
    }
  }
`);
const OWNER_OPTIONS = graphql(`
  query IndicatorLibraryTest_OwnerOptions {
    indicatorOwnerOptions {
      name
    }
  }
`);
const VALUE_STATUS = graphql(`
  query IndicatorLibraryTest_ValueStatus($id: ID!) {
    indicator(id: $id) {
      retiredAt
      thresholdKind
      yellowThreshold
      redThreshold
      value(period: "2023-05") {
        outcome
        status
      }
    }
  }
`);
const SHEET = graphql(`
  query IndicatorLibraryTest_Sheet {
    dataEntrySheet(orgUnitCode: "intraservice", period: { year: 2023, month: 7 }) {
      indicatorRows {
        indicator {
          code
        }
      }
    }
  }
`);
const SAVE_VALUES = graphql(`
  mutation IndicatorLibraryTest_SaveValues($input: IndicatorValuesInput!) {
    saveIndicatorValues(input: $input) {
      id
    }
  }
`);

const definition = (changes: Partial<IndicatorDefinitionInput> = {}): IndicatorDefinitionInput => ({
  name: 'Handläggningstid bygglov',
  description: 'Mediantid från komplett ansökan till beslut.',
  dataSource: 'Ärendesystemet',
  externalCode: 'U00809',
  unit: 'DAYS',
  periodicity: 'TERTIAL',
  direction: 'LOWER_IS_BETTER',
  cumulative: false,
  levelAggregation: 'AVERAGE',
  unitRollup: 'LIST',
  thresholdKind: 'ABSOLUTE',
  yellowThreshold: 2,
  redThreshold: 7,
  ownerId: null,
  isKey: true,
  ...changes,
});

describe('the indicator library', () => {
  let server: GraphqlTestServer;
  let fixture: Awaited<ReturnType<typeof createGoalFixture>>;
  let administrator: SignedInUser;
  let committeeAdministrator: SignedInUser;
  let analyst: SignedInUser;
  const codes = (errors: readonly { extensions?: Record<string, unknown> }[]) =>
    errors.map((error) => error.extensions?.code);

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    fixture = await createGoalFixture(server.prisma);
    administrator = await server.createUser([{ role: 'ADMIN', orgUnitCode: 'goteborg' }], 'Ada Administratör');
    committeeAdministrator = await server.createUser([{ role: 'ADMIN', orgUnitCode: 'intraservice' }]);
    analyst = await server.createUser(
      [
        { role: 'ANALYST', orgUnitCode: 'intraservice' },
        { role: 'ANALYST', orgUnitCode: 'kommunstyrelsen' },
      ],
      'Anna Analytiker',
    );
  });
  afterAll(() => server.stop());

  async function create(input: CreateIndicatorInput, as = administrator) {
    server.actAs(as);
    return (await server.query(CREATE, { input })).createIndicator;
  }
  const auditOf = (operation: string, entityId: string) =>
    server.prisma.auditEvent.findMany({ where: { operation, entityType: 'Indicator', entityId } });

  describe('createIndicator', () => {
    it('creates an indicator with its definition, thresholds and owner, audited', async () => {
      const indicator = await create({
        orgUnitId: String(fixture.committee.id),
        code: 'BYGGLOV',
        definition: definition({ ownerId: String(analyst.id) }),
      });
      expect(indicator).toMatchObject({
        code: 'BYGGLOV',
        unit: 'DAYS',
        unitRollup: 'LIST',
        thresholdKind: 'ABSOLUTE',
        yellowThreshold: 2,
        redThreshold: 7,
        externalCode: 'U00809',
        owner: { name: 'Anna Analytiker' },
        orgUnit: { code: 'intraservice' },
        retiredAt: null,
        hasValues: false,
        version: 1,
      });
      const [event] = await auditOf('createIndicator', indicator.id);
      expect(event).toMatchObject({ action: 'CREATE', userId: administrator.id, orgUnitId: fixture.committee.id });
      expect(event!.changes).toMatchObject({ code: { old: null, new: 'BYGGLOV' } });
    });

    it('lets a committee administrator create in their committee, and measures the same code in another unit', async () => {
      await create(
        { orgUnitId: String(fixture.otherCommittee.id), code: 'BYGGLOV', definition: definition() },
        administrator,
      );
      server.actAs(committeeAdministrator);
      const { indicatorsByCode } = await server.query(BY_CODE, { code: 'bygglov' });
      // Kommunstyrelsen's lies outside the committee administrator's scope.
      expect(indicatorsByCode.map((indicator) => indicator.orgUnit.code)).toEqual(['intraservice']);
    });

    it('refuses a code the unit already has, as a field error', async () => {
      server.actAs(administrator);
      const errors = await server.queryErrors(CREATE, {
        input: { orgUnitId: String(fixture.committee.id), code: 'bygglov', definition: definition() },
      });
      expect(errors[0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ field: 'input.code', message: 'indicatorCodeTaken' }],
      });
    });

    it('refuses a red threshold before the yellow one and a malformed Kolada id, field by field', async () => {
      server.actAs(administrator);
      const errors = await server.queryErrors(CREATE, {
        input: {
          orgUnitId: String(fixture.committee.id),
          code: 'NY',
          definition: definition({ yellowThreshold: 5, redThreshold: 3, externalCode: 'n945' }),
        },
      });
      expect(errors[0]!.extensions?.fieldErrors).toEqual(
        expect.arrayContaining([
          { field: 'input.definition.redThreshold', message: 'redBelowYellow' },
          { field: 'input.definition.externalCode', message: 'invalidExternalCode' },
        ]),
      );
    });

    it('is for administrators of the unit or a unit above it', async () => {
      const input = { orgUnitId: String(fixture.otherCommittee.id), code: 'ANNAN', definition: definition() };
      server.actAs(committeeAdministrator);
      expect(codes(await server.queryErrors(CREATE, { input }))).toEqual(['NOT_FOUND']);
      server.actAs(analyst);
      expect(codes(await server.queryErrors(CREATE, { input }))).toEqual(['FORBIDDEN']);
      expect(await server.prisma.indicator.count({ where: { code: 'ANNAN' } })).toBe(0);
    });
  });

  describe('updateIndicator', () => {
    it("changes name, thresholds and owner of an indicator with values; the values' statuses follow", async () => {
      server.actAs(committeeAdministrator);
      const current = await server.prisma.indicator.findFirstOrThrow({ where: { code: 'SJUKFRANVARO-1' } });
      const { updateIndicator } = await server.query(UPDATE, {
        input: {
          id: String(current.id),
          expectedVersion: current.version,
          definition: definition({
            name: 'Sjukfrånvaro, totalt',
            unit: 'PERCENT',
            periodicity: 'MONTH',
            direction: 'LOWER_IS_BETTER',
            levelAggregation: 'LATEST',
            // How units roll up reinterprets no saved value: it may change with values.
            unitRollup: 'LIST',
            thresholdKind: 'ABSOLUTE',
            yellowThreshold: 0.5,
            redThreshold: 1,
            externalCode: 'N00945',
          }),
          // From before May 2023: that value is judged by the new thresholds.
          thresholdsFrom: { year: 2023, month: 1 },
        },
      });
      expect(updateIndicator).toMatchObject({
        name: 'Sjukfrånvaro, totalt',
        unitRollup: 'LIST',
        hasValues: true,
        version: 2,
      });
      const [event] = await auditOf('updateIndicator', String(current.id));
      expect(event!.changes).toMatchObject({ name: { old: 'Sjukfrånvaro 1', new: 'Sjukfrånvaro, totalt' } });
      // 5,9 % against 5 %: red by the old 5 % tolerance, yellow within the new 1 percentage point.
      const { indicator } = await server.query(VALUE_STATUS, { id: String(current.id) });
      expect(indicator?.value?.status).toBe('YELLOW');
    });

    it('refuses to change periodicity, unit or direction once there are values, saying what to do', async () => {
      server.actAs(administrator);
      const current = await server.prisma.indicator.findFirstOrThrow({ where: { code: 'SJUKFRANVARO-2' } });
      const before = await server.prisma.auditEvent.count();
      const errors = await server.queryErrors(UPDATE, {
        input: {
          id: String(current.id),
          expectedVersion: current.version,
          definition: definition({ unit: 'PERCENT', periodicity: 'TERTIAL', direction: 'HIGHER_IS_BETTER' }),
        },
      });
      expect(errors[0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: [
          { field: 'input.definition.periodicity', message: 'definitionHasValues' },
          { field: 'input.definition.direction', message: 'definitionHasValues' },
          { field: 'input.definition.levelAggregation', message: 'definitionHasValues' },
        ],
      });
      expect(await server.prisma.indicator.findUniqueOrThrow({ where: { id: current.id } })).toEqual(current);
      expect(await server.prisma.auditEvent.count()).toBe(before);
    });

    it('lets an indicator without values change everything', async () => {
      const indicator = await create({
        orgUnitId: String(fixture.committee.id),
        code: 'TOM',
        definition: definition(),
      });
      const { updateIndicator } = await server.query(UPDATE, {
        input: {
          id: indicator.id,
          expectedVersion: 1,
          definition: definition({
            unit: 'COUNT',
            periodicity: 'MONTH',
            direction: 'HIGHER_IS_BETTER',
            cumulative: true,
          }),
        },
      });
      expect(updateIndicator).toMatchObject({ unit: 'COUNT', periodicity: 'MONTH', cumulative: true, version: 2 });
    });

    it('answers a stale version with the indicator as it now is', async () => {
      server.actAs(administrator);
      const current = await server.prisma.indicator.findFirstOrThrow({ where: { code: 'SJUKFRANVARO-1' } });
      const errors = await server.queryErrors(UPDATE, {
        input: { id: String(current.id), expectedVersion: current.version - 1, definition: definition() },
      });
      expect(errors[0]!.extensions).toMatchObject({
        code: 'CONFLICT',
        current: { name: 'Sjukfrånvaro, totalt', version: current.version },
      });
    });

    it('is refused to an analyst and, outside their scope, to a committee administrator', async () => {
      const other = fixture.otherIndicator;
      const input = { id: String(other.id), expectedVersion: 1, definition: definition() };
      server.actAs(committeeAdministrator);
      expect(codes(await server.queryErrors(UPDATE, { input }))).toEqual(['NOT_FOUND']);
      server.actAs(analyst);
      expect(codes(await server.queryErrors(UPDATE, { input }))).toEqual(['FORBIDDEN']);
    });
  });

  describe('retiring an indicator', () => {
    let retiredId: number;

    beforeAll(async () => {
      const indicator = await server.prisma.indicator.findFirstOrThrow({ where: { code: 'SJUKFRANVARO-2' } });
      retiredId = indicator.id;
      server.actAs(committeeAdministrator);
      const { setIndicatorRetired } = await server.query(RETIRE, {
        input: { id: String(indicator.id), expectedVersion: indicator.version, retired: true },
      });
      expect(setIndicatorRetired.retiredAt).toEqual(expect.any(String));
    });

    it('is audited and version-checked', async () => {
      expect(await auditOf('setIndicatorRetired', String(retiredId))).toHaveLength(1);
      server.actAs(administrator);
      const errors = await server.queryErrors(RETIRE, {
        input: { id: String(retiredId), expectedVersion: 1, retired: false },
      });
      expect(codes(errors)).toEqual(['CONFLICT']);
    });

    it('refuses new values from the data entry sheet with a field error', async () => {
      server.actAs(analyst);
      const errors = await server.queryErrors(SAVE_VALUES, {
        input: { values: [{ indicatorId: String(retiredId), period: '2023-07', outcome: 4.1 }] },
      });
      expect(errors[0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ field: 'input.values.0.indicatorId', message: 'indicatorRetired' }],
      });
    });

    it('leaves the sheet and the library, and keeps its history readable', async () => {
      server.actAs(analyst);
      const sheet = await server.query(SHEET);
      expect(sheet.dataEntrySheet?.indicatorRows.map((row) => row.indicator.code)).not.toContain('SJUKFRANVARO-2');
      const { indicator } = await server.query(VALUE_STATUS, { id: String(retiredId) });
      expect(indicator?.value?.outcome).toBe(5.9);
      expect(indicator?.retiredAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

      server.actAs(administrator);
      const library = (filter: { perspectiveId?: string; retirement?: 'RETIRED' | 'ALL' }) =>
        server
          .query(LIBRARY, { filter: { orgUnitCode: 'intraservice', ...filter } })
          .then(({ indicatorLibrary }) => indicatorLibrary.map((indicator) => indicator.code));
      expect(await library({})).not.toContain('SJUKFRANVARO-2');
      expect(await library({ retirement: 'RETIRED' })).toEqual(['SJUKFRANVARO-2']);
      // By name: "Sjukfrånvaro 2" before "Sjukfrånvaro, totalt" (renamed above).
      expect(await library({ perspectiveId: String(fixture.perspective.id), retirement: 'ALL' })).toEqual([
        'SJUKFRANVARO-2',
        'SJUKFRANVARO-1',
      ]);
    });
  });

  it('never saves a value an indicator changed at the same moment no longer accepts: one of the two is refused', async () => {
    // One user who both administers and reports, so that the two requests start together. On
    // PostgreSQL they run side by side and the indicator's row lock orders them.
    server.actAs(
      await server.createUser([
        { role: 'ADMIN', orgUnitCode: 'intraservice' },
        { role: 'ANALYST', orgUnitCode: 'intraservice' },
      ]),
    );
    for (let round = 1; round <= 4; round++) {
      const monthly = definition({ periodicity: 'MONTH' });
      const { createIndicator } = await server.query(CREATE, {
        input: { orgUnitId: String(fixture.committee.id), code: `SAMTIDIG-${round}`, definition: monthly },
      });
      const [saved, changed] = await Promise.allSettled([
        server.query(SAVE_VALUES, {
          input: { values: [{ indicatorId: createIndicator.id, period: '2023-05', outcome: 12 }] },
        }),
        server.query(UPDATE, {
          input: { id: createIndicator.id, expectedVersion: 1, definition: { ...monthly, periodicity: 'TERTIAL' } },
        }),
      ]);
      expect([round, [saved.status, changed.status].sort()]).toEqual([round, ['fulfilled', 'rejected']]);
      const refusal = String((saved.status === 'rejected' ? saved : (changed as PromiseRejectedResult)).reason);
      expect([round, refusal]).toEqual([
        round,
        expect.stringMatching(
          saved.status === 'rejected' ? /periodNotInPeriodicity/ : /definitionHasValues/,
        ) as unknown,
      ]);
    }
  });

  it('shows the tolerance of an indicator set up before thresholds as the thresholds it amounts to', async () => {
    server.actAs(administrator);
    const { indicator } = await server.query(VALUE_STATUS, { id: String(fixture.otherIndicator.id) });
    expect(indicator).toMatchObject({ thresholdKind: 'RELATIVE', yellowThreshold: 0, redThreshold: 5 });
  });

  it('offers active users as owners, to administrators only', async () => {
    server.actAs(committeeAdministrator);
    const { indicatorOwnerOptions } = await server.query(OWNER_OPTIONS);
    expect(indicatorOwnerOptions.map((owner) => owner.name)).toContain('Anna Analytiker');
    server.actAs(analyst);
    expect(codes(await server.queryErrors(OWNER_OPTIONS))).toEqual(['FORBIDDEN']);
  });
});
