import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ProjectPhase } from '@lagesbild/types';
import { renderWithProviders } from '../../../test/render-with-providers';
import { ProjectCard } from './ProjectCard';

const project = { id: '7', name: 'Ny e-tjänsteplattform', phase: 'INITIATION', state: 'NOT_STARTED' } as const;

describe('a project card on the board', () => {
  it('moves the project to another phase from its menu, by keyboard alone', async () => {
    const moves: ProjectPhase[] = [];
    renderWithProviders(
      <ProjectCard
        project={project}
        colour="RED"
        overdue
        phases={['PLANNING', 'EXECUTION', 'CLOSURE']}
        onMove={(phase) => moves.push(phase)}
      />,
    );
    expect(screen.getByText('Initiering · Ej startat')).toBeVisible();
    expect(screen.getByText('Försenad åtgärd')).toBeVisible();
    await userEvent.tab();
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Flytta till, Ny e-tjänsteplattform' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual([
      'Planering',
      'Genomförande',
      'Avslut',
    ]);
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(moves).toEqual(['EXECUTION']);
  });

  it('offers no move where the user may not move it, in English too', () => {
    renderWithProviders(
      <ProjectCard project={project} colour={null} overdue={false} phases={[]} onMove={() => undefined} />,
      { language: 'en' },
    );
    expect(screen.getByText('Initiation · Not started')).toBeVisible();
    expect(screen.queryByRole('button', { name: /Move to/ })).not.toBeInTheDocument();
  });
});
