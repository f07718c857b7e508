import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render-with-providers';
import { heatMapCells } from '../risk-filter';
import { RiskHeatMap } from './RiskHeatMap';

const risk = (probability: number, consequence: number) => ({
  category: { id: 'c' },
  orgUnit: { id: 'u' },
  valuation: { probability, consequence },
});
const cells = heatMapCells([risk(3, 4), risk(3, 4), risk(2, 3), risk(1, 1)], 4);

describe('RiskHeatMap', () => {
  it('shows the count of risks in each of the 16 cells, with the level in words, not colour alone', () => {
    renderWithProviders(<RiskHeatMap cells={cells} selected={null} onSelect={() => undefined} />);
    const map = screen.getByRole('group', { name: 'Riskkarta' });
    const cell = within(map).getByRole('button', {
      name: 'Sannolikhet 3, konsekvens 4: 2 risker, nivå Mycket hög',
    });
    expect(cell).toHaveTextContent('2');
    expect(cell).toHaveTextContent('Mycket hög');
    expect(
      within(map).getByRole('button', { name: 'Sannolikhet 1, konsekvens 1: 1 risk, nivå Låg' }),
    ).toHaveTextContent('Låg');
    expect(within(map).getAllByRole('button')).toHaveLength(16);
    expect(within(map).getByRole('button', { name: /Sannolikhet 4, konsekvens 4: 0 risker/ })).toBeDisabled();
  });

  it('opens a cell’s risks on click, and closes them on a second click', async () => {
    const selections: ({ probability: number; consequence: number } | null)[] = [];
    const onSelect = (cell: { probability: number; consequence: number } | null) => selections.push(cell);
    const { rerender } = renderWithProviders(<RiskHeatMap cells={cells} selected={null} onSelect={onSelect} />);
    const name = 'Sannolikhet 2, konsekvens 3: 1 risk, nivå Medel';
    await userEvent.click(screen.getByRole('button', { name }));
    expect(selections.at(-1)).toMatchObject({ probability: 2, consequence: 3 });
    rerender(<RiskHeatMap cells={cells} selected={{ probability: 2, consequence: 3 }} onSelect={onSelect} />);
    expect(screen.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByRole('button', { name }));
    expect(selections.at(-1)).toBeNull();
  });

  it('gives the same counts as a table, highest score first', async () => {
    renderWithProviders(<RiskHeatMap cells={cells} selected={null} onSelect={() => undefined} />);
    await userEvent.click(screen.getByRole('tab', { name: 'Tabell' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['3', '4', '12 · Mycket hög', '2'],
      ['2', '3', '6 · Medel', '1'],
      ['1', '1', '1 · Låg', '1'],
    ]);
  });
});
