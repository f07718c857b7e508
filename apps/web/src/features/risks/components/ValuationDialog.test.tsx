import { MockedProvider } from '@apollo/client/testing/react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render-with-providers';
import { ValuationDialog } from './ValuationDialog';

describe('ValuationDialog', () => {
  it('shows out-of-scale and missing values next to their fields and does not save', async () => {
    let closed = false;
    const onClose = () => {
      closed = true;
    };
    renderWithProviders(
      <MockedProvider mocks={[]}>
        <ValuationDialog
          risk={{ id: '1', title: 'Ökad risk för cyberattacker', valuation: null }}
          scaleMax={4}
          onClose={onClose}
        />
      </MockedProvider>,
    );
    await userEvent.type(screen.getByRole('spinbutton', { name: 'Sannolikhet' }), '5');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(screen.getByRole('spinbutton', { name: 'Sannolikhet' })).toHaveAccessibleDescription(
      'Värdet ligger utanför riskskalan.',
    );
    expect(screen.getByRole('spinbutton', { name: 'Konsekvens' })).toHaveAccessibleDescription('Fyll i fältet.');
    expect(closed).toBe(false);
  });

  it('accepts 5 on a five-step scale', async () => {
    renderWithProviders(
      <MockedProvider mocks={[]}>
        <ValuationDialog
          risk={{ id: '1', title: 'Risk', valuation: { probability: 5, consequence: 2 } }}
          scaleMax={5}
          onClose={() => undefined}
        />
      </MockedProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(screen.getByRole('spinbutton', { name: 'Sannolikhet' })).toHaveAccessibleDescription('1–5');
  });
});
