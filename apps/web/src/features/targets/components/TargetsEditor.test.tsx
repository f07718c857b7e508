import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TargetsEditor_RowFragment } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { TargetsEditor, TargetsEditor_ConfirmProposals, TargetsEditor_Save } from './TargetsEditor';

const MONTHS = Array.from({ length: 12 }, (_, index) => `2024-${String(index + 1).padStart(2, '0')}`);
const history = {
  previousOutcomes: [
    { year: 2021, value: 5 },
    { year: 2022, value: 5.6 },
  ],
  previousYearForecast: { year: 2023, value: 5.5 },
};
const unit = { id: '1', name: 'Intraservice' };

const ROWS: TargetsEditor_RowFragment[] = [
  {
    indicator: {
      id: '1',
      name: 'Sjukfrånvaro',
      unit: 'PERCENT',
      periodicity: 'MONTH',
      cumulative: false,
      kind: 'PERFORMANCE',
      orgUnit: unit,
    },
    canEdit: true,
    isProposal: true,
    periods: MONTHS,
    periodTargets: MONTHS.map((_, index) => (index === 0 ? 5 : null)),
    annualTarget: 5,
    versions: [
      { period: '2024', version: 2 },
      { period: '2024-01', version: 1 },
    ],
    ...history,
  },
  {
    indicator: {
      id: '2',
      name: 'Leverantörsfakturor',
      unit: 'COUNT',
      periodicity: 'MONTH',
      cumulative: true,
      kind: 'PERFORMANCE',
      orgUnit: unit,
    },
    canEdit: true,
    isProposal: false,
    periods: MONTHS,
    periodTargets: MONTHS.map(() => null),
    annualTarget: null,
    versions: [],
    ...history,
  },
  {
    indicator: {
      id: '3',
      name: 'Personalomsättning',
      unit: 'PERCENT',
      periodicity: 'TERTIAL',
      cumulative: false,
      kind: 'PERFORMANCE',
      orgUnit: unit,
    },
    canEdit: false,
    isProposal: false,
    periods: ['2024-T1', '2024-T2', '2024-T3'],
    periodTargets: [10, 10, 10],
    annualTarget: 10,
    versions: [],
    ...history,
  },
  {
    indicator: {
      id: '4',
      name: 'Resultat förvaltning',
      unit: 'TKR',
      periodicity: 'MONTH',
      cumulative: true,
      kind: 'FINANCIAL',
      orgUnit: { id: '2', name: 'Digital infrastruktur' },
    },
    canEdit: true,
    isProposal: false,
    periods: MONTHS,
    periodTargets: MONTHS.map(() => null),
    annualTarget: null,
    versions: [],
    ...history,
  },
];

function renderEditor(mocks: MockLink.MockedResponse[] = [], kind: 'PERFORMANCE' | 'FINANCIAL' = 'PERFORMANCE') {
  renderWithProviders(
    <MockedProvider mocks={mocks}>
      <TargetsEditor year={2024} rows={ROWS} showUnit={kind === 'FINANCIAL'} kind={kind} onReload={() => undefined} />
    </MockedProvider>,
  );
}

const cell = (column: string, indicator: string) => screen.getByRole('textbox', { name: `${column}, ${indicator}` });

describe('the targets grid', () => {
  it('shows each indicator with the outcomes of two years before and the latest forecast, by periodicity', () => {
    renderEditor();
    expect(screen.getByText('Indikatorer per månad')).toBeInTheDocument();
    expect(screen.getByText('Indikatorer per tertial')).toBeInTheDocument();
    expect(screen.getAllByRole('columnheader', { name: 'Utfall 2021' })).toHaveLength(2);
    expect(screen.getAllByRole('columnheader', { name: 'Prognos 2023' })).toHaveLength(2);
    expect(cell('Årsmål 2024', 'Sjukfrånvaro')).toHaveValue('5');
    expect(cell('januari 2024', 'Sjukfrånvaro')).toHaveValue('5');
    expect(screen.getByText('Periodmålen är ackumulerade (hittills i år)')).toBeInTheDocument();
    // The budget's lines are on the budget tab, not here.
    expect(screen.queryByText(/Resultat förvaltning/)).not.toBeInTheDocument();
    // A row of a unit the user does not plan is read only.
    expect(cell('Årsmål 2024', 'Personalomsättning')).toHaveAttribute('readonly');
  });

  it('pastes a block copied from Excel from the cell it lands on, Swedish numbers and all, and moves by keyboard', async () => {
    renderEditor();
    await userEvent.click(cell('Årsmål 2024', 'Sjukfrånvaro'));
    await userEvent.paste('4,5\t5,2\t4,9\r\n1 500 000\t125 000\r\n');
    expect(cell('Årsmål 2024', 'Sjukfrånvaro')).toHaveValue('4,5');
    expect(cell('februari 2024', 'Sjukfrånvaro')).toHaveValue('4,9');
    expect(cell('Årsmål 2024', 'Leverantörsfakturor')).toHaveValue('1 500 000');
    expect(cell('januari 2024', 'Leverantörsfakturor')).toHaveValue('125 000');
    expect(screen.getByRole('button', { name: 'Spara 2 ändrade rader' })).toBeEnabled();
    await userEvent.keyboard('{Enter}');
    expect(cell('Årsmål 2024', 'Leverantörsfakturor')).toHaveFocus();
    // Entering a cell selects its text; at the text's end the right arrow moves on.
    await userEvent.keyboard('{End}{ArrowRight}');
    expect(cell('januari 2024', 'Leverantörsfakturor')).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(cell('januari 2024', 'Sjukfrånvaro')).toHaveFocus();
    await userEvent.keyboard('{Control>}z{/Control}');
    expect(cell('Årsmål 2024', 'Sjukfrånvaro')).toHaveValue('5');
  });

  it('checks every cell before saving and marks each invalid one, sending nothing', async () => {
    renderEditor();
    await userEvent.type(cell('mars 2024', 'Sjukfrånvaro'), '120');
    await userEvent.type(cell('april 2024', 'Leverantörsfakturor'), 'tio');
    await userEvent.click(screen.getByRole('button', { name: 'Spara 2 ändrade rader' }));
    expect(await screen.findByText(/2 celler är felaktiga/)).toBeInTheDocument();
    expect(cell('mars 2024', 'Sjukfrånvaro')).toHaveAttribute('aria-invalid', 'true');
    expect(cell('mars 2024', 'Sjukfrånvaro')).toHaveFocus();
    expect(cell('april 2024', 'Leverantörsfakturor')).toHaveAttribute('aria-invalid', 'true');
  });

  it('saves the changed rows with the versions seen, and shows them as saved', async () => {
    const periodTargets = MONTHS.map((_, index) => (index === 0 ? 5 : index === 1 ? 4.8 : null));
    renderEditor([
      {
        request: {
          query: TargetsEditor_Save,
          variables: {
            input: {
              year: 2024,
              rows: [
                {
                  indicatorId: '1',
                  annualTarget: 5,
                  periodTargets,
                  expectedVersions: ROWS[0]!.versions,
                },
              ],
            },
          },
        },
        result: {
          data: {
            saveTargets: [
              {
                __typename: 'TargetRow',
                indicator: { __typename: 'Indicator', id: '1' },
                periodTargets,
                annualTarget: 5,
                // The row's other months are still the roll-over's proposals.
                isProposal: true,
                versions: [
                  { __typename: 'TargetVersion', period: '2024', version: 2 },
                  { __typename: 'TargetVersion', period: '2024-01', version: 1 },
                  { __typename: 'TargetVersion', period: '2024-02', version: 1 },
                ],
              },
            ],
          },
        },
      },
    ]);
    await userEvent.type(cell('februari 2024', 'Sjukfrånvaro'), '4,80');
    await userEvent.click(screen.getByRole('button', { name: 'Spara 1 ändrad rad' }));
    expect(await screen.findByText('1 rad sparad.')).toBeInTheDocument();
    expect(cell('februari 2024', 'Sjukfrånvaro')).toHaveValue('4,8');
    expect(screen.getByRole('button', { name: 'Spara' })).toBeDisabled();
  });

  it("shows the API's refusal in its cell, and a conflict as a warning", async () => {
    const failing = (code: string, extensions: Record<string, unknown>) => ({
      request: { query: TargetsEditor_Save, variables: () => true },
      result: { errors: [{ message: code, extensions: { code, ...extensions } }] },
    });
    renderEditor([
      failing('BAD_USER_INPUT', { fieldErrors: [{ field: 'input.rows.0.periodTargets.2', message: 'notNegative' }] }),
      failing('CONFLICT', { current: [{ index: 0, indicatorId: '2' }] }),
    ]);
    await userEvent.type(cell('mars 2024', 'Leverantörsfakturor'), '10');
    await userEvent.click(screen.getByRole('button', { name: 'Spara 1 ändrad rad' }));
    expect(await screen.findByText(/1 cell är felaktig/)).toBeInTheDocument();
    expect(cell('mars 2024', 'Leverantörsfakturor')).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(cell('april 2024', 'Leverantörsfakturor'), '12');
    await userEvent.click(screen.getByRole('button', { name: 'Spara 1 ändrad rad' }));
    expect(await screen.findByText(/Någon annan har ändrat 1 av raderna/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Hämta det som nu är sparat' })).toBeInTheDocument();
  });

  it('enters the budget of a business area on the budget tab, named with its unit', async () => {
    renderEditor([], 'FINANCIAL');
    expect(screen.queryByText('Sjukfrånvaro')).not.toBeInTheDocument();
    await userEvent.type(cell('maj 2024', 'Resultat förvaltning – Digital infrastruktur'), '-2 166');
    expect(cell('maj 2024', 'Resultat förvaltning – Digital infrastruktur')).toHaveValue('-2 166');
    expect(screen.getByRole('button', { name: 'Spara 1 ändrad rad' })).toBeEnabled();
  });

  it('confirms the proposals a roll-over copied, with the versions seen, and the marker goes', async () => {
    const user = userEvent.setup();
    renderEditor([
      {
        request: {
          query: TargetsEditor_ConfirmProposals,
          variables: { input: { year: 2024, rows: [{ indicatorId: '1', expectedVersions: ROWS[0]!.versions }] } },
        },
        result: {
          data: {
            confirmTargetProposals: [
              {
                __typename: 'TargetRow',
                indicator: { __typename: 'Indicator', id: '1' },
                isProposal: false,
                versions: [
                  { __typename: 'TargetVersion', period: '2024', version: 3 },
                  { __typename: 'TargetVersion', period: '2024-01', version: 2 },
                ],
              },
            ],
          },
        },
      },
    ]);
    expect(screen.getByRole('rowheader', { name: /Sjukfrånvaro/ })).toHaveTextContent('Förslag');
    expect(screen.getByText(/1 rad har förslag till målvärden, kopierade från 2023/)).toBeInTheDocument();
    // Unsaved changes first: confirming would move the versions under them.
    await user.type(cell('mars 2024', 'Sjukfrånvaro'), '4');
    expect(screen.getByRole('button', { name: 'Bekräfta förslag' })).toBeDisabled();
    await user.keyboard('{Control>}z{/Control}');
    await user.click(screen.getByRole('button', { name: 'Bekräfta förslag' }));
    expect(await screen.findByText('Förslagen på 1 rad är bekräftade som årets målvärden.')).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: /Sjukfrånvaro/ })).not.toHaveTextContent('Förslag');
    expect(screen.queryByRole('button', { name: 'Bekräfta förslag' })).not.toBeInTheDocument();
  });
});
