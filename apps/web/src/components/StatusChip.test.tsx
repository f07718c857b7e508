import { screen } from '@testing-library/react';
import { STATUS_APPEARANCE } from '@lagesbild/types';
import { renderWithProviders } from '../test/render-with-providers';
import { StatusChip } from './StatusChip';

describe('the status display', () => {
  it('says the status in words and shows an icon, so colour never carries it alone', () => {
    renderWithProviders(<StatusChip status="RED" label="Når inte målet" />);
    const chip = screen.getByText('Når inte målet').closest('[data-status]')!;
    expect(chip).toHaveAttribute('data-status', 'RED');
    expect(chip.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('says when an analyst set the status by hand in place of the rule', () => {
    renderWithProviders(<StatusChip status="GREEN" label="Når målet" setByHand />);
    expect(screen.getByText('Når målet (satt manuellt)').closest('[data-status]')).toHaveAttribute(
      'data-status',
      'GREEN',
    );
  });

  it('draws each status in its own colour from the shared vocabulary', () => {
    const { unmount } = renderWithProviders(<StatusChip status="GREEN" label="Når målet" />);
    const green = getComputedStyle(screen.getByText('Når målet').closest('[data-status]')!).color;
    unmount();
    renderWithProviders(<StatusChip status="YELLOW" label="Nära målet" />);
    const yellow = getComputedStyle(screen.getByText('Nära målet').closest('[data-status]')!).color;
    expect(green).not.toBe(yellow);
    expect([green, yellow]).toEqual([
      hexToRgb(STATUS_APPEARANCE.GREEN.colour),
      hexToRgb(STATUS_APPEARANCE.YELLOW.colour),
    ]);
  });
});

function hexToRgb(hex: string): string {
  const [red, green, blue] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${red}, ${green}, ${blue})`;
}
