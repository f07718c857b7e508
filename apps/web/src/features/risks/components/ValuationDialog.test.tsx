import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { periodClosedRefusal } from '../../../test/period-closed-refusal';
import { renderWithProviders } from '../../../test/render-with-providers';
import { ValuationDialog, ValuationDialog_Add } from './ValuationDialog';

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

  it('asks for a correction reason when the valuation is dated in a closed period, and sends it with the values', async () => {
    type Sent = { input: { probability: number; correctionReason?: string | null } };
    let closed = false;
    let saved = 0;
    const refusal = periodClosedRefusal(ValuationDialog_Add, ({ input }: Sent) => !input.correctionReason);
    const correction = {
      request: {
        query: ValuationDialog_Add,
        variables: ({ input }: Sent) =>
          input.probability === 4 && input.correctionReason === 'Värderad i maj, införd i efterhand',
      },
      result: () => {
        saved += 1;
        return { data: { addRiskValuation: { __typename: 'RiskValuation' as const, id: '9' } } };
      },
    };
    renderWithProviders(
      <MockedProvider mocks={[refusal, correction]}>
        <ValuationDialog
          risk={{ id: '1', title: 'Kompetensförsörjning', valuation: { probability: 3, consequence: 2 } }}
          scaleMax={5}
          onClose={() => {
            closed = true;
          }}
        />
      </MockedProvider>,
    );
    const probability = screen.getByRole('spinbutton', { name: 'Sannolikhet' });
    await userEvent.clear(probability);
    await userEvent.type(probability, '4');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    const reason = await screen.findByRole('textbox', { name: 'Skäl till rättelse' });
    expect(reason).toHaveAccessibleDescription('Perioden är stängd: ange ett skäl till rättelsen.');
    expect(screen.getByText(/Värderingsdatumet ligger i en stängd period/)).toBeVisible();
    expect(screen.getByRole('spinbutton', { name: 'Sannolikhet' })).toHaveValue(4);

    await userEvent.type(reason, 'Värderad i maj, införd i efterhand');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(closed).toBe(true));
    expect(saved).toBe(1);
  });
});
