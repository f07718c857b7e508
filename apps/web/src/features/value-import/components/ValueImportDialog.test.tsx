import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render-with-providers';
import { ValueImportDialog, ValueImportDialog_Commit, ValueImportDialog_Counts } from './ValueImportDialog';
import { ImportPreview_Query } from './ImportPreview';

/**
 * The server's side of the upload, as XMLHttpRequest sees it: the body's progress, then the
 * answer. Installed in place of jsdom's, which cannot reach a server.
 */
function answerUploadsWith(status: number, body: unknown): { sent: unknown[] } {
  const sent: unknown[] = [];
  class ServerSide {
    status = 0;
    responseText = '';
    upload: { onprogress?: (event: ProgressEvent) => void; onload?: () => void } = {};
    onload?: () => void;
    onerror?: () => void;
    open() {}
    setRequestHeader() {}
    send(file: unknown) {
      sent.push(file);
      setTimeout(() => {
        this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 } as ProgressEvent);
        this.upload.onload?.();
        this.status = status;
        this.responseText = JSON.stringify(body);
        this.onload?.();
      }, 0);
    }
  }
  window.XMLHttpRequest = ServerSide as unknown as typeof XMLHttpRequest;
  return { sent };
}

const COUNTS = { new: 1, changed: 1, unchanged: 0, invalid: 1, total: 3 };
const PREVIEW_ROWS = [
  {
    rowNumber: 2,
    status: 'CHANGED' as const,
    orgUnitCode: 'intraservice',
    indicator: 'Sjukfrånvaro',
    period: '2023-05',
    orgUnit: null,
    changes: [{ field: 'OUTCOME' as const, old: '5.9', new: '6.1' }],
    errors: [],
  },
  {
    rowNumber: 3,
    status: 'NEW' as const,
    orgUnitCode: 'intraservice',
    indicator: 'Hanterade fakturor',
    period: '2023-05',
    orgUnit: null,
    changes: [{ field: 'OUTCOME' as const, old: null, new: '1506000' }],
    errors: [],
  },
  {
    rowNumber: 4,
    status: 'INVALID' as const,
    orgUnitCode: 'kommunstyrelsen',
    indicator: 'PERSONALOMSATTNING',
    period: '2023-05',
    orgUnit: null,
    changes: [],
    errors: [{ column: 'Enhetskod', message: 'outOfScope' }],
  },
];

const previewMocks = (
  id: string,
  rows: readonly object[] = PREVIEW_ROWS,
  counts = COUNTS,
): MockLink.MockedResponse[] => [
  {
    request: { query: ValueImportDialog_Counts, variables: { id } },
    result: { data: { valueImport: { __typename: 'ValueImport', id, fileName: 'varden.csv', counts } } },
  },
  {
    request: { query: ImportPreview_Query, variables: { id, status: null, offset: 0, limit: 50 } },
    result: {
      data: {
        valueImport: {
          __typename: 'ValueImport',
          id,
          kind: 'VALUES',
          fileName: 'varden.csv',
          counts,
          rows: { total: rows.length, rows },
        },
      },
    },
  },
];

/** Renders the dialog; returns how many times it reported a commit that wrote values. */
function renderDialog(mocks: MockLink.MockedResponse[]): { commits: number } {
  const reported = { commits: 0 };
  renderWithProviders(
    <MockedProvider mocks={mocks}>
      <ValueImportDialog
        templateTitle="Importmall"
        templateRows={[]}
        onClose={() => undefined}
        onCommitted={() => reported.commits++}
      />
    </MockedProvider>,
  );
  return reported;
}

const file = () => new File(['Enhetskod;…'], 'varden.csv', { type: 'text/csv' });

describe('the import dialog', () => {
  const realRequest = window.XMLHttpRequest;
  afterEach(() => {
    window.XMLHttpRequest = realRequest;
  });

  it('describes the layout, uploads the file, shows every row with its status and commits the valid ones', async () => {
    const { sent } = answerUploadsWith(201, { id: 'preview-1' });
    const reported = renderDialog([
      ...previewMocks('preview-1'),
      {
        request: { query: ValueImportDialog_Commit, variables: { id: 'preview-1' } },
        result: {
          data: {
            commitValueImport: { __typename: 'ValueImport', id: 'preview-1', status: 'COMMITTED', writtenCount: 2 },
          },
        },
      },
    ]);
    const dialog = screen.getByRole('dialog', { name: 'Importera värden från fil' });
    expect(within(dialog).getByText('Prognos helår', { exact: false })).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'CSV' })).toBeInTheDocument();

    await userEvent.upload(screen.getByLabelText('Välj fil …'), file());
    expect(sent).toHaveLength(1);
    expect(
      await screen.findByText(
        'varden.csv: 3 rader: 1 nya, 1 ändrade, 0 oförändrade, 1 ogiltiga. Ogiltiga och oförändrade rader sparas inte.',
      ),
    ).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Förhandsgranskning av varden.csv' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Ändrad');
    expect(rows[1]).toHaveTextContent('Utfall: 5,9 → 6,1');
    expect(rows[2]).toHaveTextContent('Utfall: (tomt) → 1 506 000');
    expect(rows[3]).toHaveTextContent('Enhetskod: Du är inte analytiker för enheten.');
    expect(screen.getByRole('button', { name: 'Ogiltiga (1)' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Spara 2 rader' }));
    expect(await screen.findByText('2 värden sparade.')).toBeInTheDocument();
    expect(reported.commits).toBe(1);
  });

  it("shows a row's R12 change, and the refusal of an R12 where it does not apply", async () => {
    answerUploadsWith(201, { id: 'preview-r12' });
    renderDialog(
      previewMocks(
        'preview-r12',
        [
          {
            ...PREVIEW_ROWS[1]!,
            changes: [
              { field: 'OUTCOME' as const, old: null, new: '1506000' },
              { field: 'ROLLING_12' as const, old: '17900000', new: '18000000' },
            ],
          },
          {
            ...PREVIEW_ROWS[2]!,
            orgUnitCode: 'intraservice',
            indicator: 'Nöjd kund-index',
            period: '2023-T2',
            errors: [{ column: 'R12', message: 'rolling12MonthsOnly' }],
          },
        ],
        { new: 1, changed: 0, unchanged: 0, invalid: 1, total: 2 },
      ),
    );
    expect(screen.getByRole('list', { name: /^Valfria kolumner/ })).toHaveTextContent(
      'R12: rullande tolv månader till och med månaden',
    );
    await userEvent.upload(screen.getByLabelText('Välj fil …'), file());
    const table = await screen.findByRole('table', { name: 'Förhandsgranskning av varden.csv' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('R12: 17 900 000 → 18 000 000');
    expect(rows[2]).toHaveTextContent(
      'R12: R12 anges bara för en månad hos en månadsindikator, inte för tertial eller år.',
    );
  });

  it('writes large counts as Swedish numbers', async () => {
    answerUploadsWith(201, { id: 'preview-3' });
    const many = { new: 23_849, changed: 151, unchanged: 0, invalid: 27_600, total: 51_600 };
    renderDialog([
      {
        request: { query: ValueImportDialog_Counts, variables: { id: 'preview-3' } },
        result: {
          data: { valueImport: { __typename: 'ValueImport', id: 'preview-3', fileName: 'stor.csv', counts: many } },
        },
      },
      {
        request: { query: ImportPreview_Query, variables: { id: 'preview-3', status: null, offset: 0, limit: 50 } },
        result: {
          data: {
            valueImport: {
              __typename: 'ValueImport',
              id: 'preview-3',
              kind: 'VALUES',
              fileName: 'stor.csv',
              counts: many,
              rows: { total: 51_600, rows: PREVIEW_ROWS },
            },
          },
        },
      },
    ]);
    await userEvent.upload(screen.getByLabelText('Välj fil …'), file());
    expect(await screen.findByRole('button', { name: /^Spara 24\s000 rader$/ })).toBeInTheDocument();
    expect(await screen.findByText(/^stor\.csv: 51\s600 rader: 23\s849 nya/)).toBeInTheDocument();
    // The filters come with the preview's rows, a query of their own that may answer later.
    expect(await screen.findByRole('button', { name: /^Ogiltiga \(27\s600\)$/ })).toBeInTheDocument();
  });

  it('names what is wrong with a refused file, and nothing is previewed', async () => {
    answerUploadsWith(422, { error: 'missingColumns', details: ['Utfall', 'Kommentar'] });
    renderDialog([]);
    await userEvent.upload(screen.getByLabelText('Välj fil …'), file());
    expect(await screen.findByText('Kolumner saknas: Utfall, Kommentar. Utgå från mallen.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Välj fil …' })).toBeInTheDocument();
  });

  it('tells the user when someone saved meanwhile, and offers a new upload', async () => {
    answerUploadsWith(201, { id: 'preview-2' });
    const reported = renderDialog([
      ...previewMocks('preview-2'),
      {
        request: { query: ValueImportDialog_Commit, variables: { id: 'preview-2' } },
        result: { errors: [{ message: 'stale', extensions: { code: 'STALE_PREVIEW', rowNumbers: [2] } }] },
      },
    ]);
    await userEvent.upload(screen.getByLabelText('Välj fil …'), file());
    await userEvent.click(await screen.findByRole('button', { name: 'Spara 2 rader' }));
    expect(
      await screen.findByText(
        'Någon har sparat värden i filen efter förhandsgranskningen (rad 2). Inget har sparats. Ladda upp filen igen för att se läget nu.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ladda upp igen' })).toBeInTheDocument();
    expect(reported.commits).toBe(0);
  });

  it('asks for a correction reason when the file changes values of a closed period, and commits the same preview with it', async () => {
    answerUploadsWith(201, { id: 'preview-3' });
    const reported = renderDialog([
      ...previewMocks('preview-3'),
      {
        request: { query: ValueImportDialog_Commit, variables: { id: 'preview-3' } },
        result: {
          errors: [
            {
              message: 'The period is closed',
              extensions: {
                code: 'BAD_USER_INPUT',
                fieldErrors: [{ field: 'correctionReason', message: 'periodClosed' }],
              },
            },
          ],
        },
      },
      {
        request: {
          query: ValueImportDialog_Commit,
          variables: { id: 'preview-3', correctionReason: 'Rättade siffror från ekonomi' },
        },
        result: {
          data: {
            commitValueImport: { __typename: 'ValueImport', id: 'preview-3', status: 'COMMITTED', writtenCount: 2 },
          },
        },
      },
    ]);
    await userEvent.upload(screen.getByLabelText('Välj fil …'), file());
    expect(screen.queryByRole('textbox', { name: 'Skäl till rättelse' })).not.toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Spara 2 rader' }));
    const reason = await screen.findByRole('textbox', { name: 'Skäl till rättelse' });
    expect(reason).toHaveAccessibleDescription('Perioden är stängd: ange ett skäl till rättelsen.');
    expect(screen.getByText(/Filen ändrar värden i en stängd period/)).toBeVisible();
    expect(screen.getByRole('table', { name: 'Förhandsgranskning av varden.csv' })).toBeInTheDocument();
    expect(reported.commits).toBe(0);

    await userEvent.type(reason, 'Rättade siffror från ekonomi');
    await userEvent.click(screen.getByRole('button', { name: 'Spara 2 rader' }));
    expect(await screen.findByText('2 värden sparade.')).toBeInTheDocument();
    expect(reported.commits).toBe(1);
  });
});
