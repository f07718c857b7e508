import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render-with-providers';
import { dateField, typeDate } from '../../../test/date-fields';
import { SplitProjectDialog, SplitProjectDialog_Split } from './SplitProjectDialog';

const project = {
  id: '15',
  version: 3,
  name: 'IT-stöd för rekrytering och rehabilitering',
  budgetTkr: 1200,
  portfolio: { id: '1' },
};
const portfolios = [
  { id: '1', name: 'HR-utveckling' },
  { id: '5', name: 'Digital infrastruktur' },
];

interface SentInput {
  input: {
    expectedVersion: number;
    splitOn: string;
    reason: string;
    parts: { name: string; portfolioId: string | null; budgetTkr: number | null }[];
  };
}

function renderDialog(mocks: MockLink.MockedResponse[] = []) {
  const saved = { count: 0 };
  renderWithProviders(
    <MockedProvider mocks={mocks}>
      <SplitProjectDialog
        project={project}
        portfolios={portfolios}
        onClose={() => undefined}
        onSaved={() => saved.count++}
      />
    </MockedProvider>,
  );
  return saved;
}

const part = (number: number) => screen.getByRole('group', { name: `Nytt projekt ${number}` });

describe('splitting a project', () => {
  it('refuses parts without names and two parts of the same name, beside their fields', async () => {
    const saved = renderDialog();
    await userEvent.type(screen.getByRole('textbox', { name: 'Skäl' }), 'Två uppdrag');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(within(part(1)).getByRole('textbox', { name: 'Namn' })).toHaveAccessibleDescription('Fyll i fältet.');
    expect(within(part(2)).getByRole('textbox', { name: 'Namn' })).toHaveAccessibleDescription('Fyll i fältet.');

    await userEvent.type(within(part(1)).getByRole('textbox', { name: 'Namn' }), 'IT-stöd');
    await userEvent.type(within(part(2)).getByRole('textbox', { name: 'Namn' }), 'it-stöd');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(within(part(2)).getByRole('textbox', { name: 'Namn' })).toHaveAccessibleDescription(
      'Två nya projekt kan inte ha samma namn.',
    );
    expect(saved.count).toBe(0);
  });

  it('adds and removes parts, and sends each with its portfolio and budget share', async () => {
    const saved = renderDialog([
      {
        request: {
          query: SplitProjectDialog_Split,
          variables: ({ input }: SentInput) =>
            input.expectedVersion === 3 &&
            input.splitOn === '2024-09-01' &&
            input.reason === 'Två uppdrag' &&
            JSON.stringify(input.parts.map(({ name, portfolioId, budgetTkr }) => [name, portfolioId, budgetTkr])) ===
              JSON.stringify([
                ['IT-stöd för rekrytering', null, 700.5],
                ['IT-stöd för rehabilitering', '5', null],
              ]),
        },
        result: { data: { splitProject: { __typename: 'Project', id: '15', version: 4, state: 'CLOSED' } } },
      },
    ]);
    expect(screen.getByText('Projektets budget är 1 200 tkr.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till projekt' }));
    expect(part(3)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Ta bort nytt projekt 3' }));
    expect(screen.queryByRole('group', { name: 'Nytt projekt 3' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Ta bort nytt projekt/ })).toBeNull();

    await typeDate(userEvent, dateField(/Datum för delningen/), '2024-09-01');
    await userEvent.type(screen.getByRole('textbox', { name: 'Skäl' }), 'Två uppdrag');
    await userEvent.type(within(part(1)).getByRole('textbox', { name: 'Namn' }), 'IT-stöd för rekrytering');
    await userEvent.type(within(part(1)).getByRole('textbox', { name: 'Andel av budgeten, tkr' }), '700,5');
    await userEvent.type(within(part(2)).getByRole('textbox', { name: 'Namn' }), 'IT-stöd för rehabilitering');
    await userEvent.click(within(part(2)).getByRole('combobox', { name: 'Portfölj' }));
    await userEvent.click(screen.getByRole('option', { name: 'Digital infrastruktur' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(saved.count).toBe(1));
  });

  it("shows the server's refusal of a taken name beside that part's name", async () => {
    renderDialog([
      {
        request: { query: SplitProjectDialog_Split, variables: () => true },
        result: {
          errors: [
            {
              message: 'Invalid input',
              extensions: {
                code: 'BAD_USER_INPUT',
                fieldErrors: [{ field: 'input.parts.1.name', message: 'projectNameTaken' }],
              },
            },
          ],
        },
      },
    ]);
    await userEvent.type(screen.getByRole('textbox', { name: 'Skäl' }), 'Två uppdrag');
    await userEvent.type(within(part(1)).getByRole('textbox', { name: 'Namn' }), 'A');
    await userEvent.type(within(part(2)).getByRole('textbox', { name: 'Namn' }), 'B');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() =>
      expect(within(part(2)).getByRole('textbox', { name: 'Namn' })).toHaveAccessibleDescription(
        'Portföljen har redan ett projekt med det namnet.',
      ),
    );
  });
});
