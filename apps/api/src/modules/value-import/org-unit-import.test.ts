import type { PrismaClient } from '@lagesbild/db';
import { createRequestContext } from '../../context';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';
import type { SignedInUser } from '../access';
import { withAuditedWrites } from '../audit';
import { ImportFileError } from './import-table';
import { createOrgUnitImport } from './org-unit-import-preview';

const PREVIEW = graphql(`
  query OrgUnitImportTest_Preview($id: ID!) {
    valueImport(id: $id) {
      kind
      status
      writtenCount
      counts {
        new
        changed
        unchanged
        invalid
        total
      }
      rows(limit: 200) {
        rows {
          rowNumber
          status
          orgUnitCode
          indicator
          period
          orgUnit {
            name
            parentCode
            kind
            validFrom
          }
          changes {
            field
            old
            new
          }
          errors {
            column
            message
          }
        }
      }
    }
  }
`);

const COMMIT = graphql(`
  mutation OrgUnitImportTest_Commit($id: ID!) {
    commitValueImport(id: $id) {
      status
      writtenCount
    }
  }
`);

const RENAME = graphql(`
  mutation OrgUnitImportTest_Rename($input: RenameOrgUnitInput!) {
    renameOrgUnit(input: $input) {
      version
    }
  }
`);

const HEADER = 'Enhetskod;Namn;Överordnad enhetskod;Typ;Giltig från';
const csv = (...lines: string[]) => new TextEncoder().encode(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`);

describe('importing the organisation from a file', () => {
  let server: GraphqlTestServer;
  let guarded: PrismaClient;
  let admin: SignedInUser;
  let socialAdmin: SignedInUser;
  let ids: Record<string, number>;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    guarded = withAuditedWrites(server.prisma);
    const unit = async (code: string, name: string, kind: 'CITY' | 'COMMITTEE' | 'BUSINESS_AREA', parent?: string) => {
      const created = await server.prisma.orgUnit.create({
        data: { code, name, kind, parentId: parent ? ids[parent] : null },
      });
      ids[code] = created.id;
    };
    ids = {};
    await unit('stad', 'Staden', 'CITY');
    await unit('social', 'Socialnämnden', 'COMMITTEE', 'stad');
    await unit('utbildning', 'Utbildningsnämnden', 'COMMITTEE', 'stad');
    await unit('aldreomsorg', 'Äldreomsorg', 'BUSINESS_AREA', 'social');
    await unit('stangd', 'Stängda nämnden', 'COMMITTEE', 'stad');
    await server.prisma.orgUnit.update({ where: { id: ids.stangd }, data: { validTo: new Date('2022-12-31') } });
    admin = await server.createUser([{ role: 'ADMIN', orgUnitCode: 'stad' }], 'Administratör');
    socialAdmin = await server.createUser([{ role: 'ADMIN', orgUnitCode: 'social' }], 'Socialens administratör');
  });
  afterAll(() => server.stop());

  /** Uploads a file as `user` (the HTTP route does the same) and returns the preview's id. */
  async function upload(bytes: Uint8Array, user = admin): Promise<string> {
    const { access } = await createRequestContext(guarded, user);
    return createOrgUnitImport(guarded, { id: user.id, access }, 'organisation.csv', bytes);
  }

  async function preview(id: string, user = admin) {
    server.actAs(user);
    return (await server.query(PREVIEW, { id })).valueImport!;
  }

  const written = async () => ({
    units: await server.prisma.orgUnit.count(),
    versions: await server.prisma.orgUnitVersion.count(),
    events: await server.prisma.auditEvent.count(),
  });

  it('lists every row as new, changed, unchanged or invalid, with each reason and its column', async () => {
    const before = await written();
    const id = await upload(
      csv(
        'stad;Staden;;Stad', // 2 the city as it is
        'social;Socialnämnden Nord;stad;Nämnd', // 3 renamed
        'aldreomsorg;Äldreomsorg;utbildning;Verksamhetsområde;2024-01-01', // 4 moved
        'hemtjanst;Hemtjänst;aldreomsorg;Avdelning', // 5 new
        'nattpatrull;Nattpatrullen;hemtjanst-natt;Avdelning', // 6 new, its parent comes later
        'hemtjanst-natt;Hemtjänst natt;hemtjanst;Avdelning', // 7 new
        'okand-forälder;X;finnsinte;Avdelning', // 8 unknown parent (and a code with ä)
        'okand;Okänd förälder;finnsinte;Avdelning', // 9 unknown parent
        'c1;Ett;c2;Avdelning', // 10 a cycle …
        'c2;Två;c1;Avdelning', // 11 … with this row
        'hemtjanst;Hemtjänsten igen;stad;Avdelning', // 12 the same code as row 5
        ';Utan kod;stad;Avdelning', // 13
        'utan-namn;;stad;Avdelning', // 14
        'utan-typ;Utan typ;stad;', // 15
        'sektion;Sektion;stad;Sektion', // 16 not a kind
        'under-stangd;Under stängd;stangd;Avdelning', // 17 a closed parent
        'utbildning;Utbildningsnämnden;stad;Avdelning', // 18 a committee cannot become a department
        'barn;Barn;okand;Avdelning', // 19 under an invalid row
        'foraldralos;Föräldralös;;Avdelning', // 20 no parent
        'stangd;Stängda nämnden, nytt namn;stad;Nämnd', // 21 a closed unit
        'datum;Datum;stad;Avdelning;2023-13-01', // 22 no such day
        'stad;Staden;aldreomsorg;Stad', // 23 the city under a unit below it (and a duplicate)
        'social;Socialnämnden;stad;Nämnd;2099-01-01', // 24 duplicate
      ),
    );
    const { kind, status, counts, rows } = await preview(id);
    expect(kind).toBe('ORG_UNITS');
    expect(status).toBe('PREVIEW');
    expect(counts).toEqual({ new: 3, changed: 2, unchanged: 1, invalid: 17, total: 23 });
    const byRow = new Map(rows.rows.map((row) => [row.rowNumber, row]));
    expect(byRow.get(2)).toMatchObject({ status: 'UNCHANGED', orgUnitCode: 'stad', changes: [], errors: [] });
    expect(byRow.get(3)).toEqual({
      rowNumber: 3,
      status: 'CHANGED',
      orgUnitCode: 'social',
      indicator: null,
      period: null,
      orgUnit: { name: 'Socialnämnden Nord', parentCode: 'stad', kind: 'COMMITTEE', validFrom: null },
      changes: [{ field: 'NAME', old: 'Socialnämnden', new: 'Socialnämnden Nord' }],
      errors: [],
    });
    expect(byRow.get(4)).toMatchObject({
      status: 'CHANGED',
      orgUnit: { validFrom: '2024-01-01' },
      changes: [{ field: 'PARENT', old: 'social', new: 'utbildning' }],
    });
    expect(byRow.get(5)).toMatchObject({
      status: 'NEW',
      changes: [
        { field: 'NAME', old: null, new: 'Hemtjänst' },
        { field: 'PARENT', old: null, new: 'aldreomsorg' },
        { field: 'KIND', old: null, new: 'DEPARTMENT' },
      ],
    });
    expect(byRow.get(6)).toMatchObject({ status: 'NEW' });
    expect(byRow.get(7)).toMatchObject({ status: 'NEW' });
    const reasons = (rowNumber: number) => byRow.get(rowNumber)!.errors;
    expect(reasons(8)).toEqual([
      { column: 'Enhetskod', message: 'invalidCode' },
      // Every reason of a row is listed, but the parent is looked for only among valid rows.
    ]);
    expect(reasons(9)).toEqual([{ column: 'Överordnad enhetskod', message: 'unknownParent' }]);
    expect(reasons(10)).toEqual([{ column: 'Överordnad enhetskod', message: 'cycle' }]);
    expect(reasons(11)).toEqual([{ column: 'Överordnad enhetskod', message: 'cycle' }]);
    expect(reasons(12)).toEqual([{ column: 'Enhetskod', message: 'duplicateRow:5' }]);
    expect(reasons(13)).toEqual([{ column: 'Enhetskod', message: 'required' }]);
    expect(reasons(14)).toEqual([{ column: 'Namn', message: 'required' }]);
    expect(reasons(15)).toEqual([{ column: 'Typ', message: 'required' }]);
    expect(reasons(16)).toEqual([{ column: 'Typ', message: 'unknownKind' }]);
    expect(reasons(17)).toEqual([{ column: 'Överordnad enhetskod', message: 'parentClosed' }]);
    expect(reasons(18)).toEqual([{ column: 'Typ', message: 'kindCannotChange' }]);
    expect(reasons(19)).toEqual([{ column: 'Överordnad enhetskod', message: 'parentInvalid:9' }]);
    expect(reasons(20)).toEqual([{ column: 'Överordnad enhetskod', message: 'required' }]);
    expect(reasons(21)).toEqual([{ column: 'Enhetskod', message: 'unitClosed' }]);
    expect(reasons(22)).toEqual([{ column: 'Giltig från', message: 'invalidDate' }]);
    expect(reasons(23)).toEqual([{ column: 'Enhetskod', message: 'duplicateRow:2' }]);
    expect(reasons(24)).toEqual([{ column: 'Enhetskod', message: 'duplicateRow:3' }]);

    // A preview writes nothing but itself.
    expect(await written()).toEqual(before);
  });

  it('refuses a move that would put a unit below itself, and a rename dated in the future', async () => {
    const id = await upload(
      csv('stad;Staden;aldreomsorg;Stad', 'utbildning;Utbildningsnämnden 2;stad;Nämnd;2099-01-01'),
    );
    const { rows } = await preview(id);
    expect(rows.rows.map((row) => row.errors)).toEqual([
      [{ column: 'Överordnad enhetskod', message: 'cycle' }],
      [{ column: 'Giltig från', message: 'dateInFuture' }],
    ]);
  });

  it('lets an administrator change only what they administer', async () => {
    const id = await upload(
      csv(
        'social;Socialnämnden;stad;Nämnd', // unchanged: nothing to authorise
        'aldreomsorg;Äldreomsorgen;social;Verksamhetsområde', // renamed within their unit
        'ny-under-social;Ny;aldreomsorg;Avdelning', // new within their unit
        'utbildning;Utbildning;stad;Nämnd', // another committee renamed
        'ny-under-stad;Ny;stad;Nämnd', // new under the city
        'aldreomsorg2;Flyttad;utbildning;Avdelning', // new under another committee
      ),
      socialAdmin,
    );
    const { rows } = await preview(id, socialAdmin);
    expect(rows.rows.map((row) => [row.status, row.errors])).toEqual([
      ['UNCHANGED', []],
      ['CHANGED', []],
      ['NEW', []],
      ['INVALID', [{ column: 'Enhetskod', message: 'outOfScope' }]],
      ['INVALID', [{ column: 'Överordnad enhetskod', message: 'outOfScope' }]],
      ['INVALID', [{ column: 'Överordnad enhetskod', message: 'outOfScope' }]],
    ]);
    const moveOut = await upload(csv('aldreomsorg;Äldreomsorg;utbildning;Verksamhetsområde'), socialAdmin);
    expect((await preview(moveOut, socialAdmin)).rows.rows[0]?.errors).toEqual([
      { column: 'Överordnad enhetskod', message: 'outOfScope' },
    ]);
  });

  it('refuses the commit of a user who is no longer an administrator of a row', async () => {
    const user = await server.createUser([{ role: 'ADMIN', orgUnitCode: 'social' }], 'Snart utan roll');
    const id = await upload(csv('ny-x;Ny X;social;Avdelning'), user);
    const before = await written();
    // Their role moved to another committee since the preview.
    server.actAs({ ...user, roles: [{ role: 'ADMIN', orgUnitId: ids.utbildning! }] });
    expect((await server.queryErrors(COMMIT, { id }))[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await written()).toEqual(before);
  });

  it('refuses the commit when the tree changed after the preview, and writes nothing', async () => {
    const id = await upload(csv('ny-y;Ny Y;social;Avdelning'));
    server.actAs(admin);
    await server.query(RENAME, {
      input: { id: String(ids.utbildning), expectedVersion: 1, name: 'Utbildningsnämnden' + ' (ny)' },
    });
    const before = await written();
    const errors = await server.queryErrors(COMMIT, { id });
    expect(errors[0]?.extensions?.code).toBe('STALE_PREVIEW');
    expect(await written()).toEqual(before);
    expect(await server.prisma.orgUnit.findUnique({ where: { code: 'ny-y' } })).toBeNull();
  });

  it('commits new units, renames and moves in one audited transaction, each with its dated version', async () => {
    const file = csv(
      'barnomsorg;Barnomsorg;forskola;Avdelning', // a child before its parent
      'forskola;Förskola;utbildning;Verksamhetsområde;2024-01-01',
      'social;Socialnämnden Syd;stad;Nämnd;2024-02-01', // renamed from 1 February
      'aldreomsorg;Äldreomsorgen;utbildning;Verksamhetsområde;2024-03-01', // renamed and moved
      'felaktig;Felaktig;finnsinte;Avdelning', // skipped
    );
    const id = await upload(file);
    const eventsBefore = await server.prisma.auditEvent.count({ where: { operation: 'commitValueImport' } });
    server.actAs(admin);
    expect((await server.query(COMMIT, { id })).commitValueImport).toEqual({ status: 'COMMITTED', writtenCount: 4 });

    const unit = (code: string) =>
      server.prisma.orgUnit.findUniqueOrThrow({ where: { code }, include: { parent: true, versions: true } });
    const forskola = await unit('forskola');
    expect(forskola).toMatchObject({ name: 'Förskola', kind: 'BUSINESS_AREA', parent: { code: 'utbildning' } });
    expect(forskola.validFrom?.toISOString().slice(0, 10)).toBe('2024-01-01');
    expect(await unit('barnomsorg')).toMatchObject({ kind: 'DEPARTMENT', parent: { code: 'forskola' } });
    const social = await unit('social');
    expect(social).toMatchObject({ name: 'Socialnämnden Syd', version: 2 });
    expect(
      social.versions.map((version) => [version.validFrom.toISOString().slice(0, 10), version.name]).sort(),
    ).toEqual([
      ['1900-01-01', 'Socialnämnden'],
      ['2024-02-01', 'Socialnämnden Syd'],
    ]);
    const aldreomsorg = await unit('aldreomsorg');
    expect(aldreomsorg).toMatchObject({ name: 'Äldreomsorgen', parent: { code: 'utbildning' }, version: 3 });
    expect(
      aldreomsorg.versions.find((version) => version.validFrom.toISOString().startsWith('2024-03-01')),
    ).toMatchObject({ name: 'Äldreomsorgen', parentId: ids.utbildning });
    expect(await server.prisma.orgUnit.findUnique({ where: { code: 'felaktig' } })).toBeNull();

    // Each unit's writes are audited under the commit, in the same transaction.
    const events = await server.prisma.auditEvent.findMany({
      where: { operation: 'commitValueImport', entityType: 'OrgUnit' },
      select: { action: true, entityId: true, userId: true },
    });
    expect(await server.prisma.auditEvent.count({ where: { operation: 'commitValueImport' } })).toBeGreaterThan(
      eventsBefore,
    );
    expect(
      events
        .filter((event) => event.action === 'CREATE')
        .map((event) => event.entityId)
        .sort(),
    ).toEqual([String(forskola.id), String((await unit('barnomsorg')).id)].sort());
    expect(events.every((event) => event.userId === admin.id)).toBe(true);

    // The same file again: nothing to write.
    const again = await upload(file);
    const { counts } = await preview(again);
    expect(counts).toMatchObject({ new: 0, changed: 0, unchanged: 4, invalid: 1 });
  });

  it('swaps two units in the tree, moving the upper one first', async () => {
    const ab = await upload(csv('sektion-a;A;utbildning;Avdelning', 'sektion-b;B;sektion-a;Avdelning'));
    server.actAs(admin);
    await server.query(COMMIT, { id: ab });
    // B goes up under the committee, A down under B: in file order A's move would be a cycle.
    const swap = await upload(csv('sektion-a;A;sektion-b;Avdelning', 'sektion-b;B;utbildning;Avdelning'));
    expect((await preview(swap)).counts).toMatchObject({ changed: 2, invalid: 0 });
    expect((await server.query(COMMIT, { id: swap })).commitValueImport.writtenCount).toBe(2);
    const parentOf = async (code: string) =>
      (await server.prisma.orgUnit.findUniqueOrThrow({ where: { code }, include: { parent: true } })).parent?.code;
    expect(await parentOf('sektion-b')).toBe('utbildning');
    expect(await parentOf('sektion-a')).toBe('sektion-b');
  });

  it('reads the English headers of an HR export and refuses a file without the required columns', async () => {
    const english = new TextEncoder().encode('code,name,parent code,kind\r\nsektion-c,C,utbildning,Department\r\n');
    expect((await preview(await upload(english))).counts).toMatchObject({ new: 1, invalid: 0 });
    try {
      await upload(new TextEncoder().encode('Enhetskod;Namn\r\nx;X\r\n'));
      throw new Error('The file was accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(ImportFileError);
      expect((error as ImportFileError).details).toEqual(['Överordnad enhetskod', 'Typ']);
    }
  });
});
