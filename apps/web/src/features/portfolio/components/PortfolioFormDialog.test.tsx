import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render-with-providers';
import { PortfolioFormDialog, PortfolioFormDialog_Update } from './PortfolioFormDialog';

const portfolio = {
  id: '5',
  name: 'Digital infrastruktur',
  owner: 'Ulla Ägare',
  statusUpdateIntervalWeeks: 5,
  version: 2,
};

function renderDialog(mocks: MockLink.MockedResponse[] = []) {
  const saved = { count: 0 };
  renderWithProviders(
    <MockedProvider mocks={mocks}>
      <PortfolioFormDialog portfolio={portfolio} onClose={() => undefined} onSaved={() => saved.count++} />
    </MockedProvider>,
  );
  return saved;
}

describe('the portfolio form', () => {
  it('refuses a blank name and an interval outside 1–52 weeks beside the fields, sending nothing', async () => {
    const saved = renderDialog();
    await userEvent.clear(screen.getByRole('textbox', { name: 'Namn' }));
    await userEvent.clear(screen.getByRole('spinbutton', { name: 'Rapporteringsintervall, veckor' }));
    await userEvent.type(screen.getByRole('spinbutton', { name: 'Rapporteringsintervall, veckor' }), '60');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(screen.getByRole('textbox', { name: 'Namn' })).toHaveAccessibleDescription('Fyll i fältet.');
    expect(screen.getByRole('spinbutton', { name: 'Rapporteringsintervall, veckor' })).toHaveAccessibleDescription(
      'Värdet ligger utanför det tillåtna intervallet.',
    );
    expect(saved.count).toBe(0);
  });

  it('on a conflict shows what the colleague saved, and saves over it from their version when asked', async () => {
    const sent = (version: number) => ({
      query: PortfolioFormDialog_Update,
      variables: ({ input }: { input: { expectedVersion: number; owner: string } }) =>
        input.expectedVersion === version && input.owner === 'Ola Ny',
    });
    const saved = renderDialog([
      {
        request: sent(2),
        result: {
          errors: [
            {
              message: 'Conflict',
              extensions: { code: 'CONFLICT', current: { ...portfolio, name: 'Digitalt', version: 3 } },
            },
          ],
        },
      },
      {
        request: sent(3),
        result: {
          data: {
            updatePortfolio: {
              __typename: 'Portfolio',
              id: '5',
              name: 'Digital infrastruktur',
              owner: 'Ola Ny',
              statusUpdateIntervalWeeks: 5,
              version: 4,
            },
          },
        },
      },
    ]);
    await userEvent.clear(screen.getByRole('combobox', { name: 'Portföljägare' }));
    await userEvent.type(screen.getByRole('combobox', { name: 'Portföljägare' }), 'Ola Ny');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText(/Nu sparat: Digitalt, ägare Ulla Ägare, var 5:e vecka/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Spara mina värden ändå' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(saved.count).toBe(1));
  });
});
