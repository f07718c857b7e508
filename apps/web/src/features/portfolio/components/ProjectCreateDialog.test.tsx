import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render-with-providers';
import { ProjectCreateDialog, ProjectCreateDialog_Create } from './ProjectCreateDialog';
import { PersonField_Options } from './PersonField';

const portfolio = { id: '5', name: 'Digital infrastruktur', orgUnit: { id: '3' } };

const OPTIONS: MockLink.MockedResponse = {
  request: { query: PersonField_Options, variables: { orgUnitId: '3' } },
  result: {
    data: {
      portfolioPersonOptions: [
        { __typename: 'PortfolioPersonOption', id: '11', name: 'Agnes Avdelningschef' },
        { __typename: 'PortfolioPersonOption', id: '12', name: 'Per Portföljkontoret' },
      ],
    },
  },
  // Both person fields ask for the same options.
  maxUsageCount: 10,
};

interface SentInput {
  input: {
    owner: string | null;
    ownerUserId: string | null;
    manager: string | null;
    managerUserId: string | null;
    forecastTkr: number | null;
  };
}

function renderDialog(mocks: MockLink.MockedResponse[]) {
  const saved = { count: 0 };
  renderWithProviders(
    <MockedProvider mocks={[OPTIONS, ...mocks]}>
      <ProjectCreateDialog portfolio={portfolio} onClose={() => undefined} onSaved={() => saved.count++} />
    </MockedProvider>,
  );
  return saved;
}

describe('a new project: owner and manager', () => {
  it('links the account chosen from the list, and keeps a typed name as a name without an account', async () => {
    const sent: SentInput['input'][] = [];
    const saved = renderDialog([
      {
        request: {
          query: ProjectCreateDialog_Create,
          variables: ({ input }: SentInput) => {
            sent.push(input);
            return true;
          },
        },
        result: { data: { createProject: { __typename: 'Project', id: '90', name: 'Ny plattform' } } },
      },
    ]);
    await userEvent.type(screen.getByRole('textbox', { name: 'Namn' }), 'Ny plattform');
    const owner = screen.getByRole('combobox', { name: 'Projektägare' });
    await userEvent.type(owner, 'Agn');
    await userEvent.click(await screen.findByRole('option', { name: 'Agnes Avdelningschef' }));
    expect(owner).toHaveValue('Agnes Avdelningschef');
    expect(owner).toHaveAccessibleDescription('Användare i Lägesbild.');
    const manager = screen.getByRole('combobox', { name: 'Projektledare' });
    await userEvent.type(manager, 'Pelle Projektledare');
    expect(manager).toHaveAccessibleDescription('Namn, utan konto i Lägesbild.');
    await userEvent.type(screen.getByRole('textbox', { name: 'Slutkostnadsprognos, tkr' }), '1 250,5');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(saved.count).toBe(1));
    expect(sent.at(-1)).toMatchObject({
      owner: 'Agnes Avdelningschef',
      ownerUserId: '11',
      manager: 'Pelle Projektledare',
      managerUserId: null,
      forecastTkr: 1250.5,
    });
  });

  it('unlinks the account when the name is typed over, and shows a refused account beside the field', async () => {
    const sent: SentInput['input'][] = [];
    renderDialog([
      {
        request: {
          query: ProjectCreateDialog_Create,
          variables: ({ input }: SentInput) => {
            sent.push(input);
            return true;
          },
        },
        result: {
          errors: [
            {
              message: 'Invalid input',
              extensions: {
                code: 'BAD_USER_INPUT',
                fieldErrors: [{ field: 'input.managerUserId', message: 'unknownUser' }],
              },
            },
          ],
        },
      },
    ]);
    await userEvent.type(screen.getByRole('textbox', { name: 'Namn' }), 'Ny plattform');
    const owner = screen.getByRole('combobox', { name: 'Projektägare' });
    await userEvent.type(owner, 'Agn');
    await userEvent.click(await screen.findByRole('option', { name: 'Agnes Avdelningschef' }));
    await userEvent.type(owner, ' Ek');
    expect(owner).toHaveAccessibleDescription('Namn, utan konto i Lägesbild.');
    const manager = screen.getByRole('combobox', { name: 'Projektledare' });
    await userEvent.click(manager);
    await userEvent.click(await screen.findByRole('option', { name: 'Per Portföljkontoret' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(manager).toHaveAccessibleDescription('Okänd eller inaktiv användare.'));
    expect(sent.at(-1)).toMatchObject({
      owner: 'Agnes Avdelningschef Ek',
      ownerUserId: null,
      managerUserId: '12',
    });
  });
});
