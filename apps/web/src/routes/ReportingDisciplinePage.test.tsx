import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ViewDefaultsContext } from '../features/view-params/ViewDefaultsContext';
import { createTestClient, renderWithApollo } from '../test/render-with-apollo';
import { ReportingDisciplinePage, ReportingDisciplinePage_Query } from './ReportingDisciplinePage';

const DEFAULTS = { orgUnitCode: 'intraservice', periodOf: () => ({ year: 2023, month: 5 }) };

const counts = (onTime: number, late: number, missing: number, pending = 0) => ({
  __typename: 'DisciplineCounts' as const,
  onTime,
  late,
  missing,
  pending,
  total: onTime + late + missing + pending,
});
const period = (kind: 'MONTH' | 'TERTIAL', number: number, inProgress = false) => ({
  __typename: 'DisciplinePeriod' as const,
  key: `2023-${kind}-${number}`,
  kind,
  year: 2023,
  number,
  inProgress,
});
const unit = (id: string, name: string) => ({ __typename: 'OrgUnit' as const, id, name });
const cell = (periodKey: string, cellCounts: ReturnType<typeof counts>, inProgress = false) => ({
  __typename: 'DisciplineCell' as const,
  periodKey,
  deadline: '2023-05-12',
  inProgress,
  counts: cellCounts,
});
const missingItem = (index: number) => ({
  __typename: 'MissingObligation' as const,
  key: `INDICATOR_VALUE:${index}:2023-MONTH-4`,
  kind: 'INDICATOR_VALUE' as const,
  title: `Indikator ${index}`,
  orgUnit: unit('3', 'Digital infrastruktur'),
  period: period('MONTH', 4),
  deadline: '2023-05-12',
  responsible: ['Anna Analytiker'],
  link: `/registrera?enhet=digital-infrastruktur&period=2023-04`,
});

const DISCIPLINE = {
  __typename: 'ReportingDiscipline' as const,
  year: 2023,
  orgUnit: unit('2', 'Intraservice'),
  counts: counts(5, 1, 22, 2),
  periods: [period('MONTH', 4), period('TERTIAL', 1), period('MONTH', 5, true)],
  units: [
    {
      __typename: 'UnitDiscipline' as const,
      orgUnit: unit('2', 'Intraservice'),
      cells: [cell('2023-MONTH-4', counts(3, 1, 0)), cell('2023-MONTH-5', counts(1, 0, 0, 2), true)],
      counts: counts(4, 1, 0, 2),
    },
    {
      __typename: 'UnitDiscipline' as const,
      orgUnit: unit('3', 'Digital infrastruktur'),
      cells: [cell('2023-MONTH-4', counts(0, 0, 21)), cell('2023-TERTIAL-1', counts(1, 0, 1))],
      counts: counts(1, 0, 22),
    },
  ],
  unitsBehind: [
    { __typename: 'UnitDiscipline' as const, orgUnit: unit('3', 'Digital infrastruktur'), counts: counts(1, 0, 22) },
    { __typename: 'UnitDiscipline' as const, orgUnit: unit('2', 'Intraservice'), counts: counts(4, 1, 0, 2) },
  ],
  ownersBehind: [
    { __typename: 'OwnerDiscipline' as const, userId: '9', name: 'Anna Analytiker', counts: counts(0, 0, 22) },
  ],
  missing: Array.from({ length: 22 }, (_, index) => missingItem(index + 1)),
};

const answer = (year: number, reportingDiscipline: unknown) => ({
  request: { query: ReportingDisciplinePage_Query, variables: { orgUnitCode: 'intraservice', year } },
  result: { data: { reportingDiscipline } },
});

function renderPage(
  mocks: Parameters<typeof createTestClient>[0],
  language: 'sv' | 'en' = 'sv',
  url = '/inrapportering',
) {
  return renderWithApollo(
    <ViewDefaultsContext.Provider value={DEFAULTS}>
      <ReportingDisciplinePage />
    </ViewDefaultsContext.Provider>,
    createTestClient(mocks),
    { language, url },
  );
}

describe('Inrapportering i tid', () => {
  it('shows units × periods with counts in words, the in-progress period and an empty cell', async () => {
    renderPage([answer(2023, DISCIPLINE)]);
    const table = await screen.findByRole('table', { name: 'Inrapportering per enhet och period 2023' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent);
    expect(headers).toEqual(['Enhet', 'aprapril 2023', 'T1Tertial 1', 'majmaj 2023pågår', 'Året']);
    const intraservice = within(table).getByRole('row', { name: /^Intraservice/ });
    const cells = within(intraservice).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('3 i tid, 1 sent');
    expect(cells[0]).toHaveAttribute('data-state', 'late');
    expect(cells[1]).toHaveTextContent('Inget att rapportera');
    expect(cells[2]).toHaveTextContent('1 i tid, 2 pågår');
    expect(cells[2]).toHaveAttribute('data-state', 'pending');
    const digital = within(table).getByRole('row', { name: /^Digital infrastruktur/ });
    expect(within(digital).getAllByRole('cell')[0]).toHaveTextContent('21 saknas');
    expect(within(digital).getAllByRole('cell')[0]).toHaveAttribute('data-state', 'missing');
    // The year's totals in words above the table.
    const summary = screen.getByRole('region', { name: 'Året i siffror' });
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['5 i tid', '1 sent', '22 saknas', '2 pågår']);
  });

  it('lists the units and people most behind with their counts', async () => {
    renderPage([answer(2023, DISCIPLINE)]);
    const units = await screen.findByRole('table', { name: 'Enheter med flest saknade och sena rapporteringar' });
    expect(
      within(units)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['Digital infrastruktur2201 av 23', 'Intraservice014 av 7']);
    const owners = screen.getByRole('table', { name: 'Ansvariga med flest saknade och sena rapporteringar' });
    expect(within(owners).getByRole('row', { name: /Anna Analytiker/ })).toHaveTextContent('Anna Analytiker2200 av 22');
  });

  it('links each missing item to where it is done, twenty at first and all on request', async () => {
    const user = userEvent.setup();
    renderPage([answer(2023, DISCIPLINE)]);
    const table = await screen.findByRole('table', {
      name: 'Det som inte är rapporterat fast sista dagen har passerat',
    });
    expect(within(table).getAllByRole('link')).toHaveLength(20);
    const first = within(table).getByRole('link', { name: 'Indikator 1' });
    expect(first).toHaveAttribute('href', '/registrera?enhet=digital-infrastruktur&period=2023-04');
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Indikatorvärde, april 2023');
    await user.click(screen.getByRole('button', { name: 'Visa alla 22' }));
    expect(within(table).getAllByRole('link')).toHaveLength(22);
  });

  it('asks for the year picked, and says when nothing has ended', async () => {
    const user = userEvent.setup();
    renderPage([
      answer(2023, DISCIPLINE),
      answer(2022, { ...DISCIPLINE, year: 2022, periods: [], units: [], counts: counts(0, 0, 0), missing: [] }),
    ]);
    await screen.findByRole('table', { name: 'Inrapportering per enhet och period 2023' });
    await user.click(screen.getByRole('combobox', { name: 'År' }));
    await user.click(screen.getByRole('option', { name: '2022' }));
    expect(await screen.findByText('Inget var att rapportera för Intraservice 2022.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('speaks English', async () => {
    renderPage([answer(2023, DISCIPLINE)], 'en');
    const table = await screen.findByRole('table', { name: 'Reporting by unit and period 2023' });
    const digital = within(table).getByRole('row', { name: /^Digital infrastruktur/ });
    expect(within(digital).getAllByRole('cell')[1]).toHaveTextContent('1 on time, 1 missing');
    expect(screen.getByRole('heading', { name: 'What is missing (22)' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show all 22' })).toBeInTheDocument();
  });
});
