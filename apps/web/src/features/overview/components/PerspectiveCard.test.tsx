import { screen, within } from '@testing-library/react';
import type { PerspectiveCard_SummaryFragment } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { PerspectiveCard } from './PerspectiveCard';

const staff: PerspectiveCard_SummaryFragment = {
  perspective: { id: 'p2', name: 'Medarbetare' },
  goalsFulfilled: 0,
  goalsPartlyFulfilled: 2,
  goalsNotFulfilled: 0,
  goalsNotAssessed: 1,
  indicatorsGreen: 0,
  indicatorsYellow: 0,
  indicatorsRed: 1,
  indicatorsNotReported: 0,
  // A committee has no council goals of its own: only the city's card counts them.
  councilGoals: 0,
};

describe('PerspectiveCard', () => {
  it('shows a chip for each count above zero and none for a zero', () => {
    renderWithProviders(<PerspectiveCard summary={staff} />, { url: '/oversikt?enhet=intraservice' });
    const card = screen.getByRole('region', { name: 'Medarbetare' });
    expect(card).toHaveTextContent('2 delvis uppfyllt');
    expect(card).toHaveTextContent('1 ej bedömt');
    expect(card).not.toHaveTextContent(/\b0 /);
    expect(within(card).getByRole('link', { name: '1 Når inte målet' })).toHaveAttribute(
      'href',
      '/mal?enhet=intraservice&perspektiv=p2&status=RED',
    );
    expect(within(card).getAllByRole('link')).toHaveLength(2);
  });

  it('says there are no indicators when every indicator count is zero', () => {
    renderWithProviders(<PerspectiveCard summary={{ ...staff, indicatorsRed: 0 }} />, {
      url: '/oversikt?enhet=intraservice',
    });
    expect(screen.getByRole('region', { name: 'Medarbetare' })).toHaveTextContent('Inga indikatorer');
  });
});
