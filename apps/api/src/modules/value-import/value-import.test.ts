import type { VariablesOf } from '@graphql-typed-document-node/core';
import { Workbook } from 'exceljs';
import type { PrismaClient } from '@lagesbild/db';
import { createRequestContext } from '../../context';
import { createGoalFixture } from '../../testing/fixtures';
import { graphql } from '../../testing/generated';
import { startGraphqlTestServer } from '../../testing/graphql-test-server';
import type { GraphqlTestServer } from '../../testing/graphql-test-server';
import type { SignedInUser } from '../access';
import { withAuditedWrites } from '../audit';
import { ImportFileError } from './import-table';
import { createValueImport } from './value-import-preview';

const PREVIEW = graphql(`
  query ValueImportTest_Preview($id: ID!, $status: ValueImportRowStatus, $offset: Int, $limit: Int) {
    valueImport(id: $id) {
      status
      writtenCount
      counts {
        new
        changed
        unchanged
        invalid
        total
      }
      rows(status: $status, offset: $offset, limit: $limit) {
        total
        rows {
          rowNumber
          status
          orgUnitCode
          indicator
          period
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
  mutation ValueImportTest_Commit($id: ID!) {
    commitValueImport(id: $id) {
      status
      writtenCount
    }
  }
`);

const CANCEL = graphql(`
  mutation ValueImportTest_Cancel($id: ID!) {
    cancelValueImport(id: $id) {
      status
    }
  }
`);

const HEADER = 'Enhetskod;Indikatorkod;Indikator;Period;Utfall;Periodmål;Årsmål;Prognos helår;Kommentar';
const csv = (...lines: string[]) => new TextEncoder().encode(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`);

describe('importing indicator values from a file', () => {
  let server: GraphqlTestServer;
  let guarded: PrismaClient;
  let analyst: SignedInUser;

  beforeAll(async () => {
    server = await startGraphqlTestServer();
    guarded = withAuditedWrites(server.prisma);
    const { committee } = await createGoalFixture(server.prisma);
    await server.prisma.indicator.create({
      data: {
        code: 'FAKTUROR',
        name: 'Hanterade fakturor',
        orgUnitId: committee.id,
        unit: 'COUNT',
        periodicity: 'MONTH',
        direction: 'HIGHER_IS_BETTER',
      },
    });
    analyst = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }], 'Analytiker');
  });
  afterAll(() => server.stop());

  /** Uploads a file as `user` (the HTTP route does the same) and returns the preview's id. */
  async function upload(bytes: Uint8Array, user = analyst, fileName = 'varden.csv'): Promise<string> {
    const { access } = await createRequestContext(guarded, user);
    return createValueImport(guarded, { id: user.id, access }, fileName, bytes);
  }

  async function preview(id: string, variables: Omit<VariablesOf<typeof PREVIEW>, 'id'> = {}) {
    server.actAs(analyst);
    return (await server.query(PREVIEW, { id, limit: 200, ...variables })).valueImport!;
  }

  async function refusal(bytes: Uint8Array): Promise<{ code: string; details: string[] }> {
    const before = await server.prisma.valueImport.count();
    try {
      await upload(bytes);
    } catch (error) {
      if (!(error instanceof ImportFileError)) throw error;
      // A refused file leaves nothing behind, not even a preview.
      expect(await server.prisma.valueImport.count()).toBe(before);
      return { code: error.code, details: error.details };
    }
    throw new Error('The file was accepted');
  }

  const auditEventCount = () => server.prisma.auditEvent.count({ where: { operation: 'commitValueImport' } });
  const valueOf = async (code: string, year: number, periodNumber: number) =>
    server.prisma.indicatorValue.findFirst({
      where: { indicator: { code }, granularity: 'MONTH', year, periodNumber },
    });

  const FILE = csv(
    'intraservice;SJUKFRANVARO-1;;2023-05;6,1;5;5;5,5;Fler långa sjukskrivningar', // changed: outcome and comment
    'intraservice;SJUKFRANVARO-2;;maj 2023;5,9;5;5;5,5;', // unchanged: what is stored
    'intraservice;;Sjukfrånvaro 1;2023-07;4,8;;;;', // new, the indicator named instead of coded
    'intraservice;SJUKFRANVARO-1;;2023-08;120;;;;', // a percentage above 100
    'intraservice;OKAND;;2023-05;1;;;;', // no such indicator
    'intraservice;SJUKFRANVARO-2;;2023-13;1;;;;', // no such month
    'intraservice;SJUKFRANVARO-2;;2023-T2;1;;;;', // a tertial of a monthly indicator
    'intraservice;SJUKFRANVARO-2;;2023-09;fem;;;;', // not a number
    'kommunstyrelsen;PERSONALOMSATTNING;;2023-05;8;;;;', // outside the analyst's scope
    'finnsinte;X;;2023-05;1;;;;', // no such unit
    'intraservice;SJUKFRANVARO-1;;2023-07;4,9;;;;', // the same indicator and period as row 4
  );

  it('lists every row as new, changed, unchanged or invalid with its reasons and columns', async () => {
    const id = await upload(FILE);
    const { status, counts, rows } = await preview(id);
    expect(status).toBe('PREVIEW');
    expect(counts).toEqual({ new: 1, changed: 1, unchanged: 1, invalid: 8, total: 11 });
    const byRow = new Map(rows.rows.map((row) => [row.rowNumber, row]));
    expect(byRow.get(2)).toEqual({
      rowNumber: 2,
      status: 'CHANGED',
      orgUnitCode: 'intraservice',
      indicator: 'Sjukfrånvaro 1',
      period: '2023-05',
      changes: [
        { field: 'OUTCOME', old: '5.9', new: '6.1' },
        { field: 'COMMENT', old: null, new: 'Fler långa sjukskrivningar' },
      ],
      errors: [],
    });
    expect(byRow.get(3)).toMatchObject({ status: 'UNCHANGED', period: '2023-05', changes: [] });
    expect(byRow.get(4)).toMatchObject({
      status: 'NEW',
      indicator: 'Sjukfrånvaro 1',
      period: '2023-07',
      changes: [{ field: 'OUTCOME', old: null, new: '4.8' }],
    });
    const reasons = (rowNumber: number) => byRow.get(rowNumber)!.errors;
    expect(reasons(5)).toEqual([{ column: 'Utfall', message: 'percentRange' }]);
    expect(reasons(6)).toEqual([{ column: 'Indikatorkod', message: 'unknownIndicator' }]);
    expect(reasons(7)).toEqual([{ column: 'Period', message: 'invalidPeriod' }]);
    expect(reasons(8)).toEqual([{ column: 'Period', message: 'periodNotInPeriodicity' }]);
    expect(reasons(9)).toEqual([{ column: 'Utfall', message: 'notANumber' }]);
    expect(reasons(10)).toEqual([{ column: 'Enhetskod', message: 'outOfScope' }]);
    expect(reasons(11)).toEqual([{ column: 'Enhetskod', message: 'unknownOrgUnit' }]);
    expect(reasons(12)).toEqual([{ column: 'Period', message: 'duplicateRow:4' }]);

    // Filtered and paged.
    const invalid = await preview(id, { status: 'INVALID', offset: 2, limit: 3 });
    expect(invalid.rows.total).toBe(8);
    expect(invalid.rows.rows.map((row) => row.rowNumber)).toEqual([7, 8, 9]);
    await server.query(CANCEL, { id });
  });

  it('commits every valid row in one go, each audited, and a second import of the same file changes nothing', async () => {
    const id = await upload(FILE);
    const eventsBefore = await auditEventCount();
    server.actAs(analyst);
    const { commitValueImport } = await server.query(COMMIT, { id });
    expect(commitValueImport).toEqual({ status: 'COMMITTED', writtenCount: 2 });

    const changed = await valueOf('SJUKFRANVARO-1', 2023, 5);
    expect(changed).toMatchObject({
      outcome: 6.1,
      periodTarget: 5,
      comment: 'Fler långa sjukskrivningar',
      version: 2,
      updatedById: analyst.id,
      source: 'Importerat i Lägesbild',
    });
    expect(await valueOf('SJUKFRANVARO-1', 2023, 7)).toMatchObject({ outcome: 4.8, version: 1 });
    // Invalid rows are skipped, never half-written.
    expect(await valueOf('SJUKFRANVARO-1', 2023, 8)).toBeNull();

    const events = await server.prisma.auditEvent.findMany({
      where: { operation: 'commitValueImport' },
      orderBy: { id: 'asc' },
    });
    expect(events).toHaveLength(eventsBefore + 2);
    const update = events.find((event) => event.entityId === String(changed!.id))!;
    expect(update).toMatchObject({ action: 'UPDATE', entityType: 'IndicatorValue', userId: analyst.id });
    expect(update.changes).toMatchObject({
      outcome: { old: 5.9, new: 6.1 },
      comment: { old: null, new: 'Fler långa sjukskrivningar' },
      updatedById: { old: null, new: analyst.id },
    });
    expect(update.changes).not.toHaveProperty('periodTarget');
    const created = events.find((event) => event.action === 'CREATE')!;
    expect(created.changes).toMatchObject({ outcome: { old: null, new: 4.8 }, year: { old: null, new: 2023 } });

    // The same file again: every valid row is unchanged, and the commit writes and audits nothing.
    const again = await upload(FILE);
    expect((await preview(again)).counts).toEqual({ new: 0, changed: 0, unchanged: 3, invalid: 8, total: 11 });
    server.actAs(analyst);
    expect((await server.query(COMMIT, { id: again })).commitValueImport).toEqual({
      status: 'COMMITTED',
      writtenCount: 0,
    });
    expect(await auditEventCount()).toBe(eventsBefore + 2);
    expect(await valueOf('SJUKFRANVARO-1', 2023, 5)).toMatchObject({ version: 2 });
    // A committed preview cannot be committed twice.
    const errors = await server.queryErrors(COMMIT, { id });
    expect(errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ message: 'importFinished' }],
    });
  });

  it('imports a file with only the required columns: the optional ones left out keep what is saved', async () => {
    const id = await upload(
      new TextEncoder().encode('Enhetskod;Indikator;Period;Utfall\nintraservice;Sjukfrånvaro 2;2023-03;3,5\n'),
    );
    const { counts, rows } = await preview(id);
    expect(counts).toMatchObject({ new: 1, invalid: 0, total: 1 });
    expect(rows.rows[0]).toMatchObject({
      status: 'NEW',
      period: '2023-03',
      changes: [{ field: 'OUTCOME', old: null, new: '3.5' }],
    });
    server.actAs(analyst);
    expect((await server.query(COMMIT, { id })).commitValueImport).toEqual({ status: 'COMMITTED', writtenCount: 1 });
    expect(await valueOf('SJUKFRANVARO-2', 2023, 3)).toMatchObject({
      outcome: 3.5,
      annualTarget: null,
      fullYearForecast: null,
    });
  });

  it('refuses a preview someone has since saved over, and writes none of it', async () => {
    const id = await upload(
      csv('intraservice;SJUKFRANVARO-2;;2023-05;7;;;;', 'intraservice;SJUKFRANVARO-2;;2023-10;3;;;;'),
    );
    expect((await preview(id)).counts).toMatchObject({ new: 1, changed: 1 });
    const stored = (await valueOf('SJUKFRANVARO-2', 2023, 5))!;
    server.actAs(analyst);
    await server.query(
      graphql(`
        mutation ValueImportTest_SaveValues($input: IndicatorValuesInput!) {
          saveIndicatorValues(input: $input) {
            version
          }
        }
      `),
      {
        input: {
          values: [
            {
              indicatorId: String(stored.indicatorId),
              period: '2023-05',
              outcome: 6.5,
              expectedVersion: stored.version,
            },
          ],
        },
      },
    );
    const eventsBefore = await auditEventCount();
    const errors = await server.queryErrors(COMMIT, { id });
    expect(errors[0]?.extensions).toMatchObject({ code: 'STALE_PREVIEW', rowNumbers: [2] });
    expect(await valueOf('SJUKFRANVARO-2', 2023, 5)).toMatchObject({ outcome: 6.5 });
    expect(await valueOf('SJUKFRANVARO-2', 2023, 10)).toBeNull();
    expect(await auditEventCount()).toBe(eventsBefore);
    expect((await preview(id)).status).toBe('PREVIEW');
  });

  it("keeps each preview to its uploader: another user's commit finds nothing", async () => {
    const id = await upload(csv('intraservice;SJUKFRANVARO-2;;2023-11;3;;;;'));
    const colleague = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'intraservice' }], 'Kollega');
    server.actAs(colleague);
    expect((await server.query(PREVIEW, { id })).valueImport).toBeNull();
    expect((await server.queryErrors(COMMIT, { id }))[0]?.extensions?.code).toBe('NOT_FOUND');
    server.actAs(analyst);
    expect((await server.query(CANCEL, { id })).cancelValueImport).toEqual({
      status: 'CANCELLED',
    });
    expect(await server.prisma.valueImportRow.count({ where: { importId: id } })).toBe(0);
    expect(await valueOf('SJUKFRANVARO-2', 2023, 11)).toBeNull();
    // An id no preview could have is refused at the boundary, beside the argument.
    const refusals = [
      await server.queryErrors(COMMIT, { id: 'inte-ett-id' }),
      await server.queryErrors(CANCEL, { id: 'inte-ett-id' }),
    ];
    for (const errors of refusals) {
      expect(errors[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ field: 'id', message: 'invalidId' }],
      });
    }
  });

  it('marks rows outside the scope invalid for an analyst of a business area only', async () => {
    const areaAnalyst = await server.createUser([{ role: 'ANALYST', orgUnitCode: 'digital-infrastruktur' }]);
    const id = await upload(csv('intraservice;SJUKFRANVARO-2;;2023-12;3;;;;'), areaAnalyst);
    server.actAs(areaAnalyst);
    const { valueImport } = await server.query(PREVIEW, { id });
    expect(valueImport!.rows.rows[0]).toMatchObject({
      status: 'INVALID',
      errors: [{ column: 'Enhetskod', message: 'outOfScope' }],
    });
  });

  it("keeps a changed forecast as the open round's, audited, and refuses one for a year whose rounds are closed", async () => {
    const round = await server.prisma.forecastRound.create({
      data: { year: 2022, name: 'Prognos maj', asOf: new Date('2022-05-31') },
    });
    await server.prisma.forecastRound.create({
      data: { year: 2021, name: 'Prognos mars', asOf: new Date('2021-03-31'), status: 'CLOSED' },
    });
    const id = await upload(
      csv(
        'intraservice;SJUKFRANVARO-1;;2022-04;4,4;;;4,8;Första prognosen',
        'intraservice;SJUKFRANVARO-1;;2022-05;;;;4,6;Sänkt prognos',
        'intraservice;SJUKFRANVARO-1;;2021;;;;5;',
      ),
    );
    const { rows } = await preview(id);
    expect(rows.rows.map((row) => row.status)).toEqual(['NEW', 'CHANGED', 'INVALID']);
    expect(rows.rows[2]!.errors).toEqual([{ column: 'Prognos helår', message: 'forecastRoundClosed' }]);

    server.actAs(analyst);
    await server.query(COMMIT, { id });
    // One entry per indicator and round: the file's last row of the year wins, as in the grid.
    const kept = await server.prisma.indicatorForecast.findMany({ where: { roundId: round.id } });
    expect(kept).toMatchObject([{ fullYearForecast: 4.6, comment: 'Sänkt prognos', updatedById: analyst.id }]);
    const event = await server.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: 'IndicatorForecast', entityId: String(kept[0]!.id) },
    });
    expect(event).toMatchObject({ action: 'CREATE', operation: 'commitValueImport', userId: analyst.id });
    expect(event.changes).toMatchObject({ fullYearForecast: { old: null, new: 4.6 }, roundId: { new: round.id } });
  });

  it("reads an R12 column, previews and commits a monthly indicator's R12, audited, and refuses one of a tertial", async () => {
    await server.prisma.indicator.create({
      data: {
        code: 'NKI',
        name: 'Nöjd kund-index',
        orgUnitId: (await server.prisma.orgUnit.findUniqueOrThrow({ where: { code: 'intraservice' } })).id,
        unit: 'INDEX',
        periodicity: 'TERTIAL',
        direction: 'HIGHER_IS_BETTER',
      },
    });
    const file = (header: string, ...lines: string[]) =>
      new TextEncoder().encode([`Enhetskod;Indikatorkod;Period;Utfall;${header}`, ...lines].join('\r\n'));
    const id = await upload(
      file(
        'R12',
        'intraservice;FAKTUROR;2023-01;1 200;14 000',
        'intraservice;FAKTUROR;2023-02;;15 500', // the R12 alone
        'intraservice;NKI;2023-T2;80;81', // a tertial has no R12
        'intraservice;NKI;2023-T1;78;',
      ),
    );
    const { rows } = await preview(id);
    expect(rows.rows.map(({ status, period, changes, errors }) => ({ status, period, changes, errors }))).toEqual([
      {
        status: 'NEW',
        period: '2023-01',
        changes: [
          { field: 'OUTCOME', old: null, new: '1200' },
          { field: 'ROLLING_12', old: null, new: '14000' },
        ],
        errors: [],
      },
      { status: 'NEW', period: '2023-02', changes: [{ field: 'ROLLING_12', old: null, new: '15500' }], errors: [] },
      {
        status: 'INVALID',
        period: '2023-T2',
        changes: [],
        errors: [{ column: 'R12', message: 'rolling12MonthsOnly' }],
      },
      { status: 'NEW', period: '2023-T1', changes: [{ field: 'OUTCOME', old: null, new: '78' }], errors: [] },
    ]);
    server.actAs(analyst);
    expect((await server.query(COMMIT, { id })).commitValueImport).toEqual({ status: 'COMMITTED', writtenCount: 3 });
    const january = (await valueOf('FAKTUROR', 2023, 1))!;
    expect(january).toMatchObject({ outcome: 1200, rolling12: 14000, version: 1 });
    expect(await valueOf('FAKTUROR', 2023, 2)).toMatchObject({ outcome: null, rolling12: 15500 });
    const created = await server.prisma.auditEvent.findFirstOrThrow({
      where: { operation: 'commitValueImport', entityType: 'IndicatorValue', entityId: String(january.id) },
    });
    expect(created.changes).toMatchObject({ rolling12: { old: null, new: 14000 } });

    // Named as HR exports name it; an empty R12 cell keeps what is saved, as every empty cell does.
    const again = await upload(
      file('Rullande 12', 'intraservice;FAKTUROR;2023-01;;14 100', 'intraservice;FAKTUROR;2023-02;1 300;'),
    );
    expect((await preview(again)).rows.rows.map((row) => row.changes)).toEqual([
      [{ field: 'ROLLING_12', old: '14000', new: '14100' }],
      [{ field: 'OUTCOME', old: null, new: '1300' }],
    ]);
    server.actAs(analyst);
    await server.query(COMMIT, { id: again });
    expect(await valueOf('FAKTUROR', 2023, 1)).toMatchObject({ outcome: 1200, rolling12: 14100, version: 2 });
    expect(await valueOf('FAKTUROR', 2023, 2)).toMatchObject({ outcome: 1300, rolling12: 15500 });
    const updated = await server.prisma.auditEvent.findMany({
      where: { operation: 'commitValueImport', action: 'UPDATE', entityId: String(january.id) },
    });
    expect(updated.map((event) => event.changes)).toEqual([
      expect.objectContaining({ rolling12: { old: 14000, new: 14100 } }),
    ]);
  });

  it('reads an Excel workbook: numbers as numbers, a typed month as a date, the year as a number', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Värden');
    sheet.addRow(HEADER.split(';'));
    sheet.addRow(['intraservice', 'SJUKFRANVARO-2', null, new Date(Date.UTC(2024, 2, 1)), 4.25, 5, 5, 5.1, 'Mars']);
    sheet.addRow(['intraservice', 'SJUKFRANVARO-2', null, 2024, 4.5, null, null, null, null]);
    const id = await upload(new Uint8Array(await workbook.xlsx.writeBuffer()), analyst, 'varden.xlsx');
    const { rows } = await preview(id);
    expect(rows.rows.map(({ rowNumber, status, period, changes }) => ({ rowNumber, status, period, changes }))).toEqual(
      [
        {
          rowNumber: 2,
          status: 'NEW',
          period: '2024-03',
          changes: [
            { field: 'OUTCOME', old: null, new: '4.25' },
            { field: 'PERIOD_TARGET', old: null, new: '5' },
            { field: 'ANNUAL_TARGET', old: null, new: '5' },
            { field: 'FULL_YEAR_FORECAST', old: null, new: '5.1' },
            { field: 'COMMENT', old: null, new: 'Mars' },
          ],
        },
        { rowNumber: 3, status: 'NEW', period: '2024', changes: [{ field: 'OUTCOME', old: null, new: '4.5' }] },
      ],
    );
  });

  it('reads CSV that Swedish Excel saves: Windows-1252, no byte order mark, spaces in thousands', async () => {
    const latin1 = Uint8Array.from(
      [HEADER, 'intraservice;FAKTUROR;;2023-05;1\u00a0506\u00a0000;1 500 000;;;Fler fakturor än väntat'].join('\r\n'),
      (character) => character.charCodeAt(0),
    );
    const id = await upload(latin1);
    const { rows } = await preview(id);
    expect(rows.rows[0]).toMatchObject({
      status: 'NEW',
      indicator: 'Hanterade fakturor',
      changes: [
        { field: 'OUTCOME', old: null, new: '1506000' },
        { field: 'PERIOD_TARGET', old: null, new: '1500000' },
        { field: 'COMMENT', old: null, new: 'Fler fakturor än väntat' },
      ],
    });
  });

  it('reads comma-separated CSV with quoted decimal commas', async () => {
    const id = await upload(
      new TextEncoder().encode(
        `${HEADER.replaceAll(';', ',')}\nintraservice,SJUKFRANVARO-2,,2022-05,"4,5",,,,"Stabil, låg"\n`,
      ),
    );
    expect((await preview(id)).rows.rows[0]).toMatchObject({
      status: 'CHANGED',
      changes: [{ field: 'COMMENT', old: null, new: 'Stabil, låg' }],
    });
  });

  describe('refuses a malformed file as a whole, writing nothing', () => {
    it.each([
      ['an empty file', new Uint8Array(), 'emptyFile', []],
      ['a file of blank lines', new TextEncoder().encode('\uFEFF\r\n\r\n'), 'emptyFile', []],
      ['a header without rows', csv(), 'noRows', []],
      [
        'a PNG renamed .csv',
        Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
        'binaryFile',
        [],
      ],
      [
        'a PDF renamed .csv',
        new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nstream\n\u0001\u0002\u0003'),
        'binaryFile',
        [],
      ],
      ['an old .xls workbook', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'oldExcelFormat', []],
      ['a broken .xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'unreadableExcel', []],
      [
        'bytes no Windows-1252 text holds',
        Uint8Array.from([...new TextEncoder().encode(`${HEADER}\nintraservice;X;;2023;1;;;;`), 0x81, 0x8d]),
        'unknownEncoding',
        [],
      ],
      [
        'UTF-8 that was read as Windows-1252 once',
        csv('intraservice;SJUKFRANVARO-2;;2023-05;1;;;;LÃ¥ngtid'),
        'unknownEncoding',
        [],
      ],
      [
        'missing required columns',
        new TextEncoder().encode('Indikatorkod;Årsmål;Prognos helår;Kommentar\nX;1;;\n'),
        'missingColumns',
        ['Enhetskod', 'Period', 'Utfall'],
      ],
      [
        'no indicator column',
        new TextEncoder().encode('Enhetskod;Period;Utfall;Periodmål;Årsmål;Prognos helår;Kommentar\nx;2023;1;;;;\n'),
        'missingColumns',
        ['Indikatorkod'],
      ],
      [
        'columns not in the layout',
        new TextEncoder().encode(`${HEADER};Enhet\nintraservice;X;;2023;1;;;;;%\n`),
        'unknownColumns',
        ['Enhet'],
      ],
      [
        'formulas',
        csv('intraservice;SJUKFRANVARO-2;;2023-05;=1+1;;;;', 'intraservice;SJUKFRANVARO-2;;2023-06;1;;;;@SUMMA(A1)'),
        'formulas',
        ['E2', 'I3'],
      ],
      ['a quote never closed', csv('intraservice;SJUKFRANVARO-2;;2023-05;1;;;;"open'), 'malformedCsv', ['3']],
      ['more than 20 MB', new Uint8Array(20 * 1024 * 1024 + 1), 'tooLarge', []],
    ])('%s', async (_name, bytes, code, details) => {
      expect(await refusal(bytes)).toEqual({ code, details });
    });

    it('formula cells in an Excel workbook', async () => {
      const workbook = new Workbook();
      const sheet = workbook.addWorksheet('Värden');
      sheet.addRow(HEADER.split(';'));
      sheet.addRow(['intraservice', 'SJUKFRANVARO-2', null, '2023-05', { formula: '1+1', result: 2 }]);
      expect(await refusal(new Uint8Array(await workbook.xlsx.writeBuffer()))).toEqual({
        code: 'formulas',
        details: ['E2'],
      });
    });

    it('reads negative numbers and text the export defused, which are not formulas', async () => {
      const id = await upload(
        csv(
          'intraservice;SJUKFRANVARO-2;;2022-05;4,5;;;-2,5;',
          "intraservice;SJUKFRANVARO-1;;2022-02;;;;;'=inte en formel",
        ),
      );
      const [negative, defused] = (await preview(id)).rows.rows;
      // Read as the number it is, and then refused as a percentage below zero.
      expect(negative).toMatchObject({
        status: 'INVALID',
        errors: [{ column: 'Prognos helår', message: 'percentRange' }],
      });
      expect(defused).toMatchObject({
        status: 'NEW',
        changes: [{ field: 'COMMENT', old: null, new: '=inte en formel' }],
      });
    });
  });
});
