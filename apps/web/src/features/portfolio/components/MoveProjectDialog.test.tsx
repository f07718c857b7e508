import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render-with-providers';
import { MoveProjectDialog, MoveProjectDialog_Move } from './MoveProjectDialog';
import { dateField, typeDate } from '../../../test/date-fields';

const project = {
  id: '15',
  version: 3,
  name: 'Upphandla och införa helhetslösning för telefoni',
  portfolio: { id: '1' },
};
const portfolios = [
  { id: '1', name: 'Kommunikation' },
  { id: '5', name: 'Digital infrastruktur' },
  { id: '6', name: 'Gemensamma tjänster' },
];

interface SentInput {
  input: { expectedVersion: number; toPortfolioId: string; movedOn: string; reason: string };
}

function renderDialog(mocks: MockLink.MockedResponse[] = []) {
  const saved = { count: 0 };
  renderWithProviders(
    <MockedProvider mocks={mocks}>
      <MoveProjectDialog
        project={project}
        portfolios={portfolios}
        onClose={() => undefined}
        onSaved={() => saved.count++}
      />
    </MockedProvider>,
  );
  return saved;
}

describe('moving a project to another portfolio', () => {
  it("offers the other portfolios only, and refuses a move without a reason beside the reason's field", async () => {
    const saved = renderDialog();
    await userEvent.click(screen.getByRole('combobox', { name: 'Till portfölj' }));
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual(['Digital infrastruktur', 'Gemensamma tjänster']);
    await userEvent.click(screen.getByRole('option', { name: 'Gemensamma tjänster' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(screen.getByRole('textbox', { name: 'Skäl' })).toHaveAccessibleDescription('Fyll i fältet.');
    expect(saved.count).toBe(0);
  });

  it("sends the portfolio, date and reason; on a conflict names the project's portfolio now and saves on the new version", async () => {
    const saved = renderDialog([
      {
        request: {
          query: MoveProjectDialog_Move,
          variables: ({ input }: SentInput) =>
            input.expectedVersion === 3 &&
            input.toPortfolioId === '5' &&
            input.movedOn === '2024-08-31' &&
            input.reason.trim() === 'Flyttad enligt portföljrapporten',
        },
        result: {
          errors: [
            {
              message: 'Conflict',
              extensions: { code: 'CONFLICT', current: { id: '15', portfolioId: '6', version: 4 } },
            },
          ],
        },
      },
      {
        request: {
          query: MoveProjectDialog_Move,
          variables: ({ input }: SentInput) => input.expectedVersion === 4 && input.toPortfolioId === '5',
        },
        result: {
          data: {
            moveProject: {
              __typename: 'Project',
              id: '15',
              version: 5,
              portfolio: { __typename: 'Portfolio', id: '5', name: 'Digital infrastruktur' },
            },
          },
        },
      },
    ]);
    await typeDate(userEvent, dateField(/Flyttdatum/), '2024-08-31');
    await userEvent.type(screen.getByRole('textbox', { name: 'Skäl' }), ' Flyttad enligt portföljrapporten ');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText(/nu i portföljen Gemensamma tjänster/)).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Spara mina värden ändå' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(saved.count).toBe(1));
  });
});
