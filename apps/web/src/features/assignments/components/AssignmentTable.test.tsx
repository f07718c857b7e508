import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FragmentType, Unmasked } from '@apollo/client';
import type { YearMonth } from '@lagesbild/types';
import type { AssignmentTable_AssignmentFragment } from '../../../generated/graphql';
import { createTestClient, renderWithApollo } from '../../../test/render-with-apollo';
import { AssignmentTable, AssignmentTable_assignment } from './AssignmentTable';
import type { AssignmentRow } from './AssignmentTable';

type Assignment = Unmasked<AssignmentTable_AssignmentFragment>;

const navet: Assignment = {
  id: 'a1',
  title: 'Se över hemtagning av Navet',
  source: 'COUNCIL_OTHER',
  caseNumber: 'SLK-2023-00001',
  deadline: '2023-11-24',
  year: 2023,
  version: 1,
  mayEdit: true,
  mayReport: true,
  orgUnit: { id: 'u2', name: 'Intraservice' },
  update: {
    id: 'up1',
    year: 2023,
    month: 12,
    status: 'PROPOSED_COMPLETE',
    comment: 'Förslag lämnat',
    decisionDate: null,
    decisionCaseNumber: null,
    version: 1,
  },
};

const declared: Assignment = {
  ...navet,
  id: 'a2',
  title: 'Samverkanslokaler',
  update: {
    id: 'up2',
    year: 2023,
    month: 12,
    status: 'DECLARED_COMPLETE',
    comment: null,
    decisionDate: '2023-12-13',
    decisionCaseNumber: 'SLK-2022-01441',
    version: 1,
  },
};

function renderTable(
  shown: readonly Assignment[],
  period: YearMonth,
  handlers: { onEdit?: (row: AssignmentRow) => void; onReport?: (row: AssignmentRow) => void } = {},
) {
  const client = createTestClient();
  const written = shown.map((assignment) => ({ ...assignment, __typename: 'Assignment' as const }));
  for (const assignment of written) {
    client.cache.writeFragment({
      fragment: AssignmentTable_assignment,
      fragmentName: 'AssignmentTable_assignment',
      data: assignment,
      variables: { upTo: period },
    });
  }
  return renderWithApollo(
    <AssignmentTable
      caption="Uppdrag till Intraservice"
      assignments={written as readonly FragmentType<typeof AssignmentTable_assignment>[]}
      period={period}
      showOrgUnit={false}
      {...handlers}
    />,
    client,
  );
}

describe('the assignment table', () => {
  it('shows a proposed-complete assignment past its deadline as overdue, and a declared-complete one never', () => {
    renderTable([navet, declared], { year: 2023, month: 12 });
    const table = screen.getByRole('table', { name: 'Uppdrag till Intraservice' });
    const proposedRow = within(table).getByRole('row', { name: /Se över hemtagning av Navet/ });
    expect(within(proposedRow).getByText('Föreslås förklaras fullgjort, försenat')).toBeInTheDocument();
    const declaredRow = within(table).getByRole('row', { name: /Samverkanslokaler/ });
    expect(within(declaredRow).getByText('Förklarat fullgjort')).toBeInTheDocument();
    expect(within(declaredRow).getByText('Beslut 2023-12-13, SLK-2022-01441')).toBeInTheDocument();
    expect(within(declaredRow).queryByText(/försenat/)).not.toBeInTheDocument();
  });

  it('offers reporting and editing by name, only where the page passes them and the user may', async () => {
    const reported: AssignmentRow[] = [];
    renderTable(
      [navet, { ...declared, mayEdit: false, mayReport: false }],
      { year: 2023, month: 12 },
      {
        onEdit: () => undefined,
        onReport: (row) => reported.push(row),
      },
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Rapportera status för uppdraget Se över hemtagning av Navet' }),
    );
    expect(reported.map((row) => row.id)).toEqual(['a1']);
    expect(screen.getByRole('button', { name: 'Ändra uppdraget Se över hemtagning av Navet' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Samverkanslokaler/ })).not.toBeInTheDocument();
  });

  it('has no actions column on a read-only page', () => {
    renderTable([navet], { year: 2023, month: 5 });
    expect(screen.queryByRole('columnheader', { name: 'Åtgärder' })).not.toBeInTheDocument();
    expect(screen.getByText('Föreslås förklaras fullgjort')).toBeInTheDocument();
  });
});
