import { screen, within } from '@testing-library/react';
import type { GoalsByPerspective_GoalFragment } from '../../../generated/graphql';
import { renderWithProviders } from '../../../test/render-with-providers';
import { GoalsByPerspective } from './GoalsByPerspective';

const sickLeave = {
  id: '1',
  name: 'Sjukfrånvaro',
  unit: 'PERCENT',
  periodicity: 'MONTH',
  latestValue: {
    id: '10',
    period: '2023-05',
    outcome: 5.9,
    periodTarget: 5,
    annualTarget: 5,
    fullYearForecast: 5.5,
    isSynthetic: false,
    status: 'RED',
  },
} as const;

const goals: GoalsByPerspective_GoalFragment[] = [
  {
    id: 'c1',
    level: 'COUNCIL',
    title: 'Sjukskrivningarna ska minska.',
    perspective: { id: 'p2', name: 'Medarbetare' },
    parents: [],
    assessment: null,
    indicators: [],
  },
  {
    id: 'g1',
    level: 'COMMITTEE',
    title: 'Vi ska attrahera, utveckla och behålla medarbetare och chefer',
    perspective: { id: 'p2', name: 'Medarbetare' },
    parents: [{ id: 'c1', title: 'Sjukskrivningarna ska minska.' }],
    assessment: {
      id: 'a1',
      year: 2023,
      month: 5,
      fulfilment: 'PARTLY_FULFILLED',
      comment: 'Sjukfrånvaron ökar något.',
      version: 1,
    },
    indicators: [
      sickLeave,
      { id: '2', name: 'Frisknärvaro', unit: 'PERCENT', periodicity: 'YEAR', latestValue: null },
      {
        id: '3',
        name: 'Korttidsfrånvaro',
        unit: 'PERCENT',
        periodicity: 'MONTH',
        latestValue: {
          ...sickLeave.latestValue,
          id: '30',
          outcome: 1.7,
          periodTarget: null,
          annualTarget: null,
          fullYearForecast: null,
          isSynthetic: true,
          status: 'NOT_ASSESSED',
        },
      },
    ],
  },
];

const may2023 = { year: 2023, month: 5 };

describe('goals by perspective', () => {
  it('shows each committee goal under its perspective with the council goals it serves', () => {
    renderWithProviders(<GoalsByPerspective goals={goals} period={may2023} canAssess={false} />);
    const section = screen.getByRole('region', { name: 'Medarbetare' });
    const goal = within(section).getByRole('article', {
      name: 'Vi ska attrahera, utveckla och behålla medarbetare och chefer',
    });
    expect(within(goal).getByText('Sjukskrivningarna ska minska.')).toBeInTheDocument();
    expect(within(goal).getByText('Delvis uppfyllt')).toBeInTheDocument();
    expect(within(goal).getByText('Sjukfrånvaron ökar något.')).toBeInTheDocument();
    // The council goal is context, not a card of its own.
    expect(screen.getAllByRole('article')).toHaveLength(1);
  });

  it('gives status in words next to Swedish figures', () => {
    renderWithProviders(<GoalsByPerspective goals={goals} period={may2023} canAssess={false} />);
    const row = screen.getByRole('row', { name: /Sjukfrånvaro/ });
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent?.replace(/\u00a0/g, ' '));
    expect(cells).toEqual(['maj 2023', '5,9 %', '5 %', '5,5 %', 'Når inte målet', '']);
    expect(within(row).getByRole('button', { name: 'Historik för Sjukfrånvaro' })).toBeInTheDocument();
  });

  it('says when there is no outcome and marks generated values', () => {
    renderWithProviders(<GoalsByPerspective goals={goals} period={may2023} canAssess={false} />);
    const unreported = within(screen.getByRole('row', { name: /Frisknärvaro/ }));
    expect(unreported.getByText('Inget utfall')).toBeInTheDocument();
    expect(unreported.getByText('Ej rapporterad')).toBeInTheDocument();
    expect(
      within(screen.getByRole('row', { name: /Korttidsfrånvaro/ })).getByTitle('Genererat värde'),
    ).toBeInTheDocument();
  });

  it('offers to assess a goal only to those who may, and its history to everyone', () => {
    const { unmount } = renderWithProviders(<GoalsByPerspective goals={goals} period={may2023} canAssess={false} />);
    expect(screen.queryByRole('button', { name: 'Bedöm' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Historik' })).toBeInTheDocument();
    unmount();
    renderWithProviders(<GoalsByPerspective goals={goals} period={may2023} canAssess />);
    expect(screen.getByRole('button', { name: 'Bedöm' })).toBeInTheDocument();
  });

  it('shows an indicator whose figures stopped coming as not reported, not in its old colour', () => {
    renderWithProviders(<GoalsByPerspective goals={goals} period={{ year: 2023, month: 8 }} canAssess={false} />);
    const row = within(screen.getByRole('row', { name: /Sjukfrånvaro/ }));
    expect(row.getByText('Ej rapporterad sedan maj 2023')).toBeInTheDocument();
    expect(row.queryByText('Når inte målet')).not.toBeInTheDocument();
  });

  it('speaks English when asked', () => {
    renderWithProviders(<GoalsByPerspective goals={goals} period={may2023} canAssess={false} />, { language: 'en' });
    const row = screen.getByRole('row', { name: /Sjukfrånvaro/ });
    expect(within(row).getByText('Not on target')).toBeInTheDocument();
    expect(within(row).getByText('May 2023')).toBeInTheDocument();
  });
});
