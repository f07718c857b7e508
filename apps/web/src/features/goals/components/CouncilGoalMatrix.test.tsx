import { MockedProvider } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render-with-providers';
import { CouncilGoalMatrix, CouncilGoalMatrix_Query } from './CouncilGoalMatrix';

const period = { year: 2023, month: 5 };
const unit = (id: string, name: string) => ({ __typename: 'OrgUnit' as const, id, name });
const committeeGoal = (id: string, title: string, orgUnit: ReturnType<typeof unit>, fulfilment: string | null) => ({
  __typename: 'Goal' as const,
  id,
  title,
  orgUnit,
  assessment: fulfilment ? { __typename: 'GoalAssessment' as const, id: `a${id}`, fulfilment } : null,
});

const cityGoals = {
  request: { query: CouncilGoalMatrix_Query, variables: { orgUnitCode: 'goteborgs-stad', year: 2023, upTo: period } },
  result: {
    data: {
      orgUnit: unit('1', 'Göteborgs Stad'),
      goals: [
        {
          __typename: 'Goal' as const,
          id: '10',
          level: 'COUNCIL',
          title: 'Sjukskrivningarna ska minska.',
          orgUnit: { __typename: 'OrgUnit' as const, id: '1' },
          perspective: { __typename: 'Perspective' as const, id: 'p1', name: 'Medarbetare' },
          children: [
            committeeGoal('20', 'Friskare medarbetare', unit('2', 'Intraservice'), 'PARTLY_FULFILLED'),
            committeeGoal('21', 'Hållbart arbetsliv', unit('3', 'Kommunstyrelsen'), null),
          ],
        },
      ],
    },
  },
};

describe('the council goals by committee', () => {
  it("shows each council goal by committee, each committee's assessment in words beside its colour", async () => {
    renderWithProviders(
      <MockedProvider mocks={[cityGoals]}>
        <CouncilGoalMatrix orgUnitCode="goteborgs-stad" period={period} />
      </MockedProvider>,
    );
    const table = await screen.findByRole('table', {
      name: 'Centrala mål för Göteborgs Stad 2023 och nämndernas bedömning',
    });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Centralt mål', 'Intraservice', 'Kommunstyrelsen']);
    const row = within(table).getByRole('row', { name: /Sjukskrivningarna ska minska/ });
    const cells = within(row).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('Delvis uppfylltFriskare medarbetare');
    expect(cells[1]).toHaveTextContent('Ej bedömtHållbart arbetsliv');
  });
});
