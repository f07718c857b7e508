import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render-with-providers';
import { MergeProjectsDialog, MergeProjectsDialog_Merge, MergeProjectsDialog_Query } from './MergeProjectsDialog';

const project = { id: '15', version: 3, name: 'Telefoni upphandling', portfolio: { id: '1' } };

const candidates: MockLink.MockedResponse = {
  request: { query: MergeProjectsDialog_Query },
  result: {
    data: {
      editablePortfolios: [
        {
          __typename: 'Portfolio',
          id: '1',
          name: 'Kommunikation',
          projects: [
            { __typename: 'Project', id: '15', name: 'Telefoni upphandling', state: 'STARTED', version: 3 },
            { __typename: 'Project', id: '16', name: 'Telefoni införande', state: 'STARTED', version: 2 },
            { __typename: 'Project', id: '17', name: 'Gammal växel', state: 'CLOSED', version: 5 },
          ],
        },
        {
          __typename: 'Portfolio',
          id: '5',
          name: 'Digital infrastruktur',
          projects: [{ __typename: 'Project', id: '20', name: 'Nätverk', state: 'NOT_STARTED', version: 1 }],
        },
      ],
    },
  },
};

interface SentInput {
  input: {
    sources: { projectId: string; expectedVersion: number }[];
    name: string;
    portfolioId: string;
    reason: string;
    budgetTkr: number | null;
  };
}

function renderDialog(mocks: MockLink.MockedResponse[]) {
  const saved: string[] = [];
  renderWithProviders(
    <MockedProvider mocks={mocks}>
      <MergeProjectsDialog project={project} onClose={() => undefined} onSaved={(id) => saved.push(id)} />
    </MockedProvider>,
  );
  return saved;
}

describe('merging projects', () => {
  it('offers the other open projects the user may edit, and needs at least one of them and a name', async () => {
    const saved = renderDialog([candidates]);
    const list = await screen.findByRole('group', { name: 'Projekt att slå ihop med Telefoni upphandling' });
    expect(Array.from(list.querySelectorAll('label')).map((label) => label.textContent)).toEqual([
      'Telefoni införande (Kommunikation)',
      'Nätverk (Digital infrastruktur)',
    ]);
    await userEvent.type(screen.getByRole('textbox', { name: 'Skäl' }), 'Samma leverantör');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Välj minst ett projekt till.')).toBeVisible();
    expect(screen.getByRole('textbox', { name: 'Namn' })).toHaveAccessibleDescription('Fyll i fältet.');
    expect(saved).toEqual([]);
  });

  it('sends this project and the chosen ones with their versions, and opens the new project', async () => {
    const saved = renderDialog([
      candidates,
      {
        request: {
          query: MergeProjectsDialog_Merge,
          variables: ({ input }: SentInput) =>
            JSON.stringify(input.sources) ===
              JSON.stringify([
                { projectId: '15', expectedVersion: 3 },
                { projectId: '16', expectedVersion: 2 },
              ]) &&
            input.name === 'Telefoni' &&
            input.portfolioId === '1' &&
            input.budgetTkr === null,
        },
        result: { data: { mergeProjects: { __typename: 'Project', id: '30', name: 'Telefoni' } } },
      },
    ]);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Telefoni införande (Kommunikation)' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Skäl' }), 'Samma leverantör');
    await userEvent.type(screen.getByRole('textbox', { name: 'Namn' }), 'Telefoni');
    expect(screen.getByRole('textbox', { name: 'Budget, tkr' })).toHaveAccessibleDescription(
      'Lämna tomt för summan av projektens budgetar.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(saved).toEqual(['30']));
  });
});
