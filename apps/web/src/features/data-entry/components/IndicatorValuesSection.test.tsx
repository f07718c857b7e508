import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { IndicatorValuesSection_RowFragment } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { IndicatorValuesSection, IndicatorValuesSection_Save } from './IndicatorValuesSection';

const ROWS: IndicatorValuesSection_RowFragment[] = [
  {
    period: '2023-05',
    indicator: { id: '1', name: 'Sjukfrånvaro', unit: 'PERCENT', periodicity: 'MONTH' },
    value: {
      id: '11',
      outcome: 5.9,
      periodTarget: 5,
      annualTarget: 5,
      fullYearForecast: 5.5,
      rolling12: 5.7,
      comment: null,
      isSynthetic: false,
      version: 3,
    },
  },
  {
    period: '2023-05',
    indicator: { id: '2', name: 'Hanterade fakturor', unit: 'COUNT', periodicity: 'MONTH' },
    value: null,
  },
  {
    period: '2023-T2',
    indicator: { id: '3', name: 'Nöjd kund-index', unit: 'INDEX', periodicity: 'TERTIAL' },
    value: null,
  },
];

interface SentValues {
  input: { values: Record<string, unknown>[] };
}

function renderGrid(
  mocks: MockLink.MockedResponse[] = [],
  canEdit = true,
  forecastLocked = false,
  periodClosed = false,
  rows: readonly IndicatorValuesSection_RowFragment[] = ROWS,
) {
  return renderWithProviders(
    <MockedProvider mocks={mocks}>
      <IndicatorValuesSection
        rows={rows}
        canEdit={canEdit}
        exportTitle="Indikatorer"
        locked={forecastLocked ? ['fullYearForecast'] : []}
        periodClosed={periodClosed}
      />
    </MockedProvider>,
    { url: '/registrera?period=2023-05' },
  );
}

const cell = (column: string, indicator: string) => screen.getByRole('textbox', { name: `${column}, ${indicator}` });

describe('the data entry grid', () => {
  it('pastes a block copied from Excel from the cell it lands on, Swedish numbers and all', async () => {
    renderGrid();
    await userEvent.click(cell('Utfall', 'Hanterade fakturor'));
    await userEvent.paste('1 506 000\t1 400 000\t\t4 500 000\r\n82,5\t85\t85\t84\t\tMätt i april\r\n');
    expect(cell('Utfall', 'Hanterade fakturor')).toHaveValue('1 506 000');
    expect(cell('Periodmål', 'Hanterade fakturor')).toHaveValue('1 400 000');
    expect(cell('Prognos helår', 'Hanterade fakturor')).toHaveValue('4 500 000');
    expect(cell('Utfall', 'Nöjd kund-index')).toHaveValue('82,5');
    expect(cell('Kommentar', 'Nöjd kund-index')).toHaveValue('Mätt i april');
    expect(cell('Utfall', 'Sjukfrånvaro')).toHaveValue('5,9');
    expect(screen.getByRole('button', { name: 'Spara 2 ändrade rader' })).toBeEnabled();
  });

  it('says when a pasted block does not fit', async () => {
    renderGrid();
    await userEvent.click(cell('Utfall', 'Nöjd kund-index'));
    await userEvent.paste('80\n81\n');
    expect(cell('Utfall', 'Nöjd kund-index')).toHaveValue('80');
    expect(screen.getByText(/större än tabellen/)).toBeInTheDocument();
  });

  it('checks every cell before saving and marks each invalid one, sending nothing', async () => {
    renderGrid();
    await userEvent.clear(cell('Utfall', 'Sjukfrånvaro'));
    await userEvent.type(cell('Utfall', 'Sjukfrånvaro'), '120');
    await userEvent.type(cell('Prognos helår', 'Hanterade fakturor'), 'fem');
    await userEvent.type(cell('Utfall', 'Hanterade fakturor'), '-3');
    await userEvent.click(screen.getByRole('button', { name: 'Spara 2 ändrade rader' }));
    expect(cell('Utfall', 'Sjukfrånvaro')).toHaveAccessibleDescription('En procentsats ligger mellan 0 och 100.');
    expect(cell('Utfall', 'Sjukfrånvaro')).toBeInvalid();
    expect(cell('Prognos helår', 'Hanterade fakturor')).toHaveAccessibleDescription(
      'Ange ett tal, t.ex. 5,9 eller 1 506 000.',
    );
    expect(cell('Utfall', 'Hanterade fakturor')).toHaveAccessibleDescription('Värdet kan inte vara negativt.');
    expect(screen.getByText(/3 celler är felaktiga\. Inget har sparats/)).toBeInTheDocument();
    expect(cell('Utfall', 'Sjukfrånvaro')).toHaveFocus();
    // Correcting a cell clears its mark at once.
    await userEvent.clear(cell('Utfall', 'Sjukfrånvaro'));
    await userEvent.type(cell('Utfall', 'Sjukfrånvaro'), '6,1');
    expect(cell('Utfall', 'Sjukfrånvaro')).not.toBeInvalid();
  });

  it('replaces a figure typed into a cell clicked into, as a spreadsheet does; a second click edits it in place', async () => {
    renderGrid();
    const target = cell('Periodmål', 'Sjukfrånvaro');
    const before = (target as HTMLInputElement).value;
    expect(before).not.toBe('');
    await userEvent.click(target);
    await userEvent.keyboard('4');
    expect(target).toHaveValue('4');
    // The cell is being edited now: a click puts the caret where it lands, and typing adds.
    await userEvent.click(target);
    await userEvent.keyboard('{End},5');
    expect(target).toHaveValue('4,5');
  });

  it('moves between cells with the arrow keys and Enter', async () => {
    renderGrid();
    await userEvent.click(cell('Periodmål', 'Sjukfrånvaro'));
    await userEvent.keyboard('{ArrowDown}');
    expect(cell('Periodmål', 'Hanterade fakturor')).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(cell('Periodmål', 'Nöjd kund-index')).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(cell('Periodmål', 'Sjukfrånvaro')).toHaveFocus();
    // Left and right leave the cell only from the ends of its text (the text is selected on entry).
    await userEvent.keyboard('{End}{ArrowRight}');
    expect(cell('Årsmål', 'Sjukfrånvaro')).toHaveFocus();
    await userEvent.keyboard('{Home}{ArrowLeft}');
    expect(cell('Periodmål', 'Sjukfrånvaro')).toHaveFocus();
  });

  it('undoes the last edit, one edit at a time: a paste, then typing in a cell', async () => {
    renderGrid();
    await userEvent.type(cell('Utfall', 'Hanterade fakturor'), '1200');
    await userEvent.click(cell('Utfall', 'Nöjd kund-index'));
    await userEvent.paste('80\t82\n');
    expect(cell('Periodmål', 'Nöjd kund-index')).toHaveValue('82');
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(cell('Utfall', 'Nöjd kund-index')).toHaveValue('');
    expect(cell('Periodmål', 'Nöjd kund-index')).toHaveValue('');
    expect(cell('Utfall', 'Hanterade fakturor')).toHaveValue('1200');
    await userEvent.click(screen.getByRole('button', { name: 'Ångra senaste ändringen' }));
    expect(cell('Utfall', 'Hanterade fakturor')).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Ångra senaste ändringen' })).toBeDisabled();
  });

  it('saves only the changed rows with the versions seen, and shows them as saved', async () => {
    renderGrid([
      {
        request: {
          query: IndicatorValuesSection_Save,
          variables: ({ input }: SentValues) =>
            JSON.stringify(input.values) ===
            JSON.stringify([
              {
                indicatorId: '1',
                period: '2023-05',
                outcome: 6.1,
                periodTarget: 5,
                annualTarget: 5,
                fullYearForecast: 5.5,
                rolling12: 5.7,
                comment: 'Högre i maj',
                expectedVersion: 3,
              },
            ]),
        },
        result: {
          data: {
            saveIndicatorValues: [
              {
                __typename: 'IndicatorValue',
                id: '11',
                period: '2023-05',
                outcome: 6.1,
                periodTarget: 5,
                annualTarget: 5,
                fullYearForecast: 5.5,
                rolling12: 5.7,
                comment: 'Högre i maj',
                isSynthetic: false,
                status: 'RED',
                version: 4,
              },
            ],
          },
        },
      },
    ]);
    await userEvent.clear(cell('Utfall', 'Sjukfrånvaro'));
    await userEvent.type(cell('Utfall', 'Sjukfrånvaro'), '6,10');
    await userEvent.type(cell('Kommentar', 'Sjukfrånvaro'), 'Högre i maj');
    await userEvent.click(screen.getByRole('button', { name: 'Spara 1 ändrad rad' }));
    expect(await screen.findByText('1 rad sparad.')).toBeInTheDocument();
    expect(cell('Utfall', 'Sjukfrånvaro')).toHaveValue('6,1');
    expect(screen.getByRole('button', { name: 'Spara' })).toBeDisabled();
  });

  it("shows the API's refusal in the cell it concerns, and a conflict's saved values under the cells", async () => {
    const sent = (period: string) => ({
      query: IndicatorValuesSection_Save,
      variables: ({ input }: SentValues) => input.values[0]?.period === period,
    });
    renderGrid([
      {
        request: sent('2023-T2'),
        result: {
          errors: [
            {
              message: 'Invalid input',
              extensions: {
                code: 'BAD_USER_INPUT',
                fieldErrors: [{ field: 'input.values.0.period', message: 'periodNotInPeriodicity' }],
              },
            },
          ],
        },
      },
      {
        request: sent('2023-05'),
        result: {
          errors: [
            {
              message: 'Conflict',
              extensions: {
                code: 'CONFLICT',
                current: [{ index: 0, indicatorId: '1', period: '2023-05', current: { outcome: 6, version: 4 } }],
              },
            },
          ],
        },
      },
    ]);
    await userEvent.type(cell('Utfall', 'Nöjd kund-index'), '80');
    await userEvent.click(screen.getByRole('button', { name: 'Spara 1 ändrad rad' }));
    expect(await screen.findByText('Perioden passar inte indikatorns periodicitet.')).toBeInTheDocument();

    await userEvent.clear(cell('Utfall', 'Nöjd kund-index'));
    await userEvent.clear(cell('Utfall', 'Sjukfrånvaro'));
    await userEvent.type(cell('Utfall', 'Sjukfrånvaro'), '6,2');
    await userEvent.click(screen.getByRole('button', { name: 'Spara 1 ändrad rad' }));
    expect(await screen.findByText(/Någon annan har sparat 1 av raderna/)).toBeInTheDocument();
    expect(cell('Utfall', 'Sjukfrånvaro')).toHaveAccessibleDescription('Sparat nu: 6');
    await userEvent.click(screen.getByRole('button', { name: 'Spara mina värden ändå' }));
    await waitFor(() => expect(cell('Utfall', 'Sjukfrånvaro')).not.toHaveAccessibleDescription());
    expect(cell('Utfall', 'Sjukfrånvaro')).toHaveValue('6,2');
  });

  it('is read-only for a user who may not edit', () => {
    renderGrid([], false);
    expect(cell('Utfall', 'Sjukfrånvaro')).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: /Spara/ })).not.toBeInTheDocument();
    expect(screen.getByText(/Du kan läsa värdena men inte ändra dem/)).toBeInTheDocument();
  });

  it("keeps the forecast column as it is when the year's forecast rounds are closed", async () => {
    renderGrid([], true, true);
    expect(cell('Prognos helår', 'Sjukfrånvaro')).toHaveAttribute('readonly');
    expect(cell('Utfall', 'Sjukfrånvaro')).not.toHaveAttribute('readonly');
    await userEvent.click(cell('Utfall', 'Sjukfrånvaro'));
    await userEvent.paste('6\t5\t5\t9\n');
    expect(cell('Utfall', 'Sjukfrånvaro')).toHaveValue('6');
    expect(cell('Prognos helår', 'Sjukfrånvaro')).toHaveValue('5,5');
  });

  it('asks before the user leaves with unsaved edits: stay keeps them, leave goes on', async () => {
    const { router } = renderGrid();
    const pathname = () => router.state.location.pathname;
    // Nothing typed: the menu leads away without a word.
    await act(() => router.navigate('/mal'));
    expect(pathname()).toBe('/mal');
    await act(() => router.navigate('/registrera'));

    await userEvent.type(cell('Utfall', 'Hanterade fakturor'), '12');
    await act(() => router.navigate('/oversikt'));
    const dialog = await screen.findByRole('dialog', { name: 'Lämna sidan utan att spara?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stanna kvar' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(pathname()).toBe('/registrera');
    expect(cell('Utfall', 'Hanterade fakturor')).toHaveValue('12');

    // Another month of the same page would show other rows: it asks too.
    await act(() => router.navigate('/registrera?period=2023-06'));
    await userEvent.click(
      within(await screen.findByRole('dialog', { name: 'Lämna sidan utan att spara?' })).getByRole('button', {
        name: 'Stanna kvar',
      }),
    );
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.search).toBe('');

    // Closing or reloading the tab gets the browser's own question.
    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    await act(() => router.navigate('/oversikt'));
    await userEvent.click(
      within(await screen.findByRole('dialog', { name: 'Lämna sidan utan att spara?' })).getByRole('button', {
        name: 'Lämna utan att spara',
      }),
    );
    await waitFor(() => expect(pathname()).toBe('/oversikt'));
  });

  it('keeps the save button in a bar that stays in view, with the count of unsaved changes', async () => {
    renderGrid();
    const bar = screen.getByRole('region', { name: 'Spara ändringar' });
    expect(bar).toHaveStyle({ position: 'sticky', bottom: '0px' });
    expect(within(bar).getByRole('status')).toHaveTextContent('Inga osparade ändringar');
    await userEvent.type(cell('Utfall', 'Hanterade fakturor'), '12');
    await userEvent.type(cell('Kommentar', 'Sjukfrånvaro'), 'Ny');
    expect(within(bar).getByRole('status')).toHaveTextContent('2 osparade ändringar');
    expect(within(bar).getByRole('button', { name: 'Spara 2 ändrade rader' })).toBeEnabled();
  });

  it('shows a long comment whole, wrapped over lines rather than cut at the cell', async () => {
    renderGrid();
    const comment = 'Fler långa sjukskrivningar under våren; åtgärder med företagshälsovården pågår sedan april.';
    await userEvent.type(cell('Kommentar', 'Sjukfrånvaro'), comment);
    const field = cell('Kommentar', 'Sjukfrånvaro');
    // A text area wraps its text; a one-line input scrolls it out of sight.
    expect(field.tagName).toBe('TEXTAREA');
    expect(field).toHaveValue(comment);
    // Enter still moves down a row, as in the other cells, instead of breaking the line.
    await userEvent.keyboard('{Enter}');
    expect(cell('Kommentar', 'Hanterade fakturor')).toHaveFocus();
    expect(field).toHaveValue(comment);
  });
});

describe('the rolling twelve months (R12) on the grid', () => {
  const r12Saved = (rolling12: number) => ({
    __typename: 'IndicatorValue',
    id: '12',
    period: '2023-05',
    outcome: null,
    periodTarget: null,
    annualTarget: null,
    fullYearForecast: null,
    rolling12,
    comment: null,
    isSynthetic: false,
    status: 'NOT_ASSESSED',
    version: 1,
  });

  it('is a column R12 for the monthly indicators, with no cell for a tertial one', () => {
    renderGrid();
    expect(screen.getByRole('columnheader', { name: 'R12' })).toBeInTheDocument();
    expect(cell('R12', 'Sjukfrånvaro')).toHaveValue('5,7');
    expect(cell('R12', 'Hanterade fakturor')).toHaveValue('');
    expect(screen.queryByRole('textbox', { name: 'R12, Nöjd kund-index' })).not.toBeInTheDocument();
    const tertialRow = screen.getByRole('row', { name: /Nöjd kund-index/ });
    expect(tertialRow).toHaveTextContent('Ingen R12: den anges bara för månadsindikatorer');
  });

  it('is no column at all for a unit of tertial and yearly indicators', () => {
    renderGrid([], true, false, false, ROWS.slice(2));
    expect(screen.queryByRole('columnheader', { name: 'R12' })).not.toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Kommentar' })).toBeInTheDocument();
  });

  it('saves the R12 typed, read the Swedish way, with the other figures of the row', async () => {
    renderGrid([
      {
        request: {
          query: IndicatorValuesSection_Save,
          variables: ({ input }: SentValues) =>
            JSON.stringify(input.values) ===
            JSON.stringify([
              {
                indicatorId: '2',
                period: '2023-05',
                outcome: null,
                periodTarget: null,
                annualTarget: null,
                fullYearForecast: null,
                rolling12: 18_000_000,
                comment: '',
                expectedVersion: null,
              },
            ]),
        },
        result: { data: { saveIndicatorValues: [r12Saved(18_000_000)] } },
      },
    ]);
    await userEvent.type(cell('R12', 'Hanterade fakturor'), '18 000 000');
    await userEvent.click(screen.getByRole('button', { name: 'Spara 1 ändrad rad' }));
    expect(await screen.findByText('1 rad sparad.')).toBeInTheDocument();
    expect((cell('R12', 'Hanterade fakturor') as HTMLInputElement).value.replace(/\s/g, ' ')).toBe('18 000 000');
  });

  it('marks an R12 out of range, and one the API refuses, in its cell as the other figures', async () => {
    renderGrid([
      {
        request: { query: IndicatorValuesSection_Save, variables: () => true },
        result: {
          errors: [
            {
              message: 'Invalid input',
              extensions: {
                code: 'BAD_USER_INPUT',
                fieldErrors: [{ field: 'input.values.0.rolling12', message: 'rolling12MonthsOnly' }],
              },
            },
          ],
        },
      },
    ]);
    await userEvent.clear(cell('R12', 'Sjukfrånvaro'));
    await userEvent.type(cell('R12', 'Sjukfrånvaro'), '130');
    await userEvent.click(screen.getByRole('button', { name: 'Spara 1 ändrad rad' }));
    expect(cell('R12', 'Sjukfrånvaro')).toBeInvalid();
    expect(cell('R12', 'Sjukfrånvaro')).toHaveAccessibleDescription('En procentsats ligger mellan 0 och 100.');
    expect(cell('R12', 'Sjukfrånvaro')).toHaveFocus();

    await userEvent.clear(cell('R12', 'Sjukfrånvaro'));
    await userEvent.type(cell('R12', 'Sjukfrånvaro'), '5,8');
    await userEvent.click(screen.getByRole('button', { name: 'Spara 1 ändrad rad' }));
    await waitFor(() =>
      expect(cell('R12', 'Sjukfrånvaro')).toHaveAccessibleDescription(
        'R12 anges bara för en månad hos en månadsindikator, inte för tertial eller år.',
      ),
    );
  });

  it('is worked with the keys as the other cells, the arrows passing over a row without R12', async () => {
    renderGrid([], true, false, false, [ROWS[0]!, ROWS[2]!, ROWS[1]!]);
    await userEvent.click(cell('R12', 'Sjukfrånvaro'));
    await userEvent.keyboard('{ArrowDown}');
    expect(cell('R12', 'Hanterade fakturor')).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(cell('R12', 'Hanterade fakturor')).toHaveFocus();
    await userEvent.keyboard('{Shift>}{Enter}{/Shift}');
    expect(cell('R12', 'Sjukfrånvaro')).toHaveFocus();
    await userEvent.keyboard('{End}{ArrowRight}');
    expect(cell('Kommentar', 'Sjukfrånvaro')).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(cell('Kommentar', 'Nöjd kund-index')).toHaveFocus();
    // The tertial's forecast and comment are neighbours: no R12 lies between them.
    await userEvent.keyboard('{Home}{ArrowLeft}');
    expect(cell('Prognos helår', 'Nöjd kund-index')).toHaveFocus();
    // Escape puts back what the R12 cell held when entered.
    await userEvent.click(cell('R12', 'Sjukfrånvaro'));
    await userEvent.keyboard('9{Escape}');
    expect(cell('R12', 'Sjukfrånvaro')).toHaveValue('5,7');
  });
});

describe('the data entry grid in a closed reporting period', () => {
  const savedValue = {
    __typename: 'IndicatorValue',
    id: '11',
    period: '2023-05',
    outcome: 6.1,
    periodTarget: 5,
    annualTarget: 5,
    fullYearForecast: 5.5,
    rolling12: 5.7,
    comment: null,
    isSynthetic: false,
    status: 'RED',
    version: 4,
  };

  it('asks for the correction reason once a value changes, and sends it with each changed value', async () => {
    renderGrid(
      [
        {
          request: {
            query: IndicatorValuesSection_Save,
            variables: ({ input }: SentValues) =>
              input.values.length === 1 && input.values[0]!.correctionReason === 'Felräknat i maj',
          },
          result: { data: { saveIndicatorValues: [savedValue] } },
        },
      ],
      true,
      false,
      true,
    );
    expect(screen.queryByRole('textbox', { name: 'Skäl till rättelsen' })).not.toBeInTheDocument();
    await userEvent.clear(cell('Utfall', 'Sjukfrånvaro'));
    await userEvent.type(cell('Utfall', 'Sjukfrånvaro'), '6,1');
    expect(screen.getByText(/Perioden är stängd: värdena är rapporterade och låsta/)).toBeInTheDocument();
    const reason = screen.getByRole('textbox', { name: 'Skäl till rättelsen' });

    await userEvent.click(screen.getByRole('button', { name: 'Spara 1 ändrad rad' }));
    expect(reason).toHaveAccessibleDescription('Perioden är stängd: ange ett skäl till rättelsen.');
    expect(reason).toBeInvalid();

    await userEvent.type(reason, 'Felräknat i maj');
    await userEvent.click(screen.getByRole('button', { name: 'Spara 1 ändrad rad' }));
    expect(await screen.findByText('1 rad sparad.')).toBeInTheDocument();
  });

  it('asks for the reason when the API says a value lies in a closed period', async () => {
    renderGrid([
      {
        request: { query: IndicatorValuesSection_Save, variables: () => true },
        result: {
          errors: [
            {
              message: 'The period is closed',
              extensions: {
                code: 'BAD_USER_INPUT',
                fieldErrors: [{ field: 'input.values.0.correctionReason', message: 'periodClosed' }],
              },
            },
          ],
        },
      },
    ]);
    await userEvent.type(cell('Utfall', 'Nöjd kund-index'), '80');
    await userEvent.click(screen.getByRole('button', { name: 'Spara 1 ändrad rad' }));
    const reason = await screen.findByRole('textbox', { name: 'Skäl till rättelsen' });
    expect(reason).toHaveAccessibleDescription('Perioden är stängd: ange ett skäl till rättelsen.');
    expect(cell('Utfall', 'Nöjd kund-index')).not.toBeInvalid();
  });
});
