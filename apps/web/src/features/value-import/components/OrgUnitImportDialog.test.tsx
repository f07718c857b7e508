import { MockedProvider } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render-with-providers';
import { orgUnitImportTemplate } from '../org-unit-import-template';
import { ImportPreview_Query } from './ImportPreview';
import { ValueImportDialog, ValueImportDialog_Commit, ValueImportDialog_Counts } from './ValueImportDialog';

/** The server's side of the upload: answers with a preview's id and records where the file went. */
function answerUploadsWithPreview(id: string): { urls: string[] } {
  const urls: string[] = [];
  class ServerSide {
    status = 0;
    responseText = '';
    upload: { onload?: () => void } = {};
    onload?: () => void;
    open(_method: string, url: string) {
      urls.push(url);
    }
    setRequestHeader() {}
    send() {
      setTimeout(() => {
        this.upload.onload?.();
        this.status = 201;
        this.responseText = JSON.stringify({ id });
        this.onload?.();
      }, 0);
    }
  }
  window.XMLHttpRequest = ServerSide as unknown as typeof XMLHttpRequest;
  return { urls };
}

const COUNTS = { new: 1, changed: 1, unchanged: 0, invalid: 1, total: 3 };
const row = (rowNumber: number, status: 'NEW' | 'CHANGED' | 'INVALID', code: string, rest: object) => ({
  rowNumber,
  status,
  orgUnitCode: code,
  indicator: null,
  period: null,
  changes: [],
  errors: [],
  ...rest,
});
const ROWS = [
  row(2, 'NEW', 'hemtjanst', {
    orgUnit: { name: 'Hemtjänst', parentCode: 'social', kind: 'DEPARTMENT', validFrom: null },
    changes: [
      { field: 'NAME', old: null, new: 'Hemtjänst' },
      { field: 'PARENT', old: null, new: 'social' },
      { field: 'KIND', old: null, new: 'DEPARTMENT' },
    ],
  }),
  row(3, 'CHANGED', 'social', {
    orgUnit: { name: 'Socialnämnden Nord', parentCode: 'stad', kind: 'COMMITTEE', validFrom: '2024-01-01' },
    changes: [{ field: 'NAME', old: 'Socialnämnden', new: 'Socialnämnden Nord' }],
  }),
  row(4, 'INVALID', 'x', {
    orgUnit: { name: 'X', parentCode: 'finnsinte', kind: 'Sektion', validFrom: null },
    errors: [
      { column: 'Överordnad enhetskod', message: 'unknownParent' },
      { column: 'Typ', message: 'unknownKind' },
    ],
  }),
];

describe('importing the organisation from a file', () => {
  const realRequest = window.XMLHttpRequest;
  afterEach(() => {
    window.XMLHttpRequest = realRequest;
  });

  it('describes the layout, uploads the file as org units, shows each unit and commits the valid ones', async () => {
    const { urls } = answerUploadsWithPreview('org-1');
    let commits = 0;
    renderWithProviders(
      <MockedProvider
        mocks={[
          {
            request: { query: ValueImportDialog_Counts, variables: { id: 'org-1' } },
            result: {
              data: { valueImport: { __typename: 'ValueImport', id: 'org-1', fileName: 'hr.csv', counts: COUNTS } },
            },
          },
          {
            request: { query: ImportPreview_Query, variables: { id: 'org-1', status: null, offset: 0, limit: 50 } },
            result: {
              data: {
                valueImport: {
                  __typename: 'ValueImport',
                  id: 'org-1',
                  kind: 'ORG_UNITS',
                  fileName: 'hr.csv',
                  counts: COUNTS,
                  rows: { total: 3, rows: ROWS },
                },
              },
            },
          },
          {
            request: { query: ValueImportDialog_Commit, variables: { id: 'org-1' } },
            result: {
              data: {
                commitValueImport: { __typename: 'ValueImport', id: 'org-1', status: 'COMMITTED', writtenCount: 2 },
              },
            },
          },
        ]}
      >
        <ValueImportDialog
          kind="ORG_UNITS"
          template={() => orgUnitImportTemplate('Organisation', [])}
          onClose={() => undefined}
          onCommitted={() => commits++}
        />
      </MockedProvider>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Importera enheter från fil' });
    expect(within(dialog).getByText('Överordnad enhetskod', { exact: false })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'CSV' })).toBeInTheDocument();

    await userEvent.upload(screen.getByLabelText('Välj fil …'), new File(['Enhetskod;…'], 'hr.csv'));
    expect(urls).toEqual(['/api/value-imports?fileName=hr.csv&kind=ORG_UNITS']);
    const table = await screen.findByRole('table', { name: 'Förhandsgranskning av hr.csv' });
    const rows = within(table).getAllByRole('row');
    expect(within(table).getByRole('columnheader', { name: 'Enhet' })).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('Hemtjänst');
    expect(rows[1]).toHaveTextContent('Typ: (tomt) → Avdelning');
    expect(rows[2]).toHaveTextContent('Namn: Socialnämnden → Socialnämnden Nord');
    expect(rows[2]).toHaveTextContent('Nämnd/förvaltning · 2024-01-01');
    expect(rows[3]).toHaveTextContent(
      'Överordnad enhetskod: Det finns ingen enhet med den koden, varken i filen eller i organisationen.',
    );
    expect(rows[3]).toHaveTextContent('Typ: Okänd typ.');

    await userEvent.click(screen.getByRole('button', { name: 'Spara 2 rader' }));
    expect(await screen.findByText('2 enheter skapade eller ändrade.')).toBeInTheDocument();
    expect(commits).toBe(1);
  });
});

describe('the org unit template', () => {
  it('is the layout pre-filled with the tree, kinds in words, so importing it unchanged changes nothing', () => {
    const table = orgUnitImportTemplate('Organisation', [
      { code: 'stad', name: 'Staden', parentCode: null, kind: 'CITY' },
      { code: 'social', name: 'Socialnämnden', parentCode: 'stad', kind: 'COMMITTEE' },
    ]);
    expect(table.columns.map((column) => column.header)).toEqual([
      'Enhetskod',
      'Namn',
      'Överordnad enhetskod',
      'Typ',
      'Giltig från',
    ]);
    expect(table.rows).toEqual([
      ['stad', 'Staden', '', 'Stad', null],
      ['social', 'Socialnämnden', 'stad', 'Nämnd/förvaltning', null],
    ]);
  });
});
