import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render-with-providers';
import { ProjectDetailsDialog, ProjectDetailsDialog_Save } from './ProjectDetailsDialog';
import type { ProjectDetails } from './ProjectDetailsDialog';
import { dateField, typeDate } from '../../../test/date-fields';

const project: ProjectDetails = {
  id: '15',
  version: 3,
  name: 'Upphandla och införa helhetslösning för telefoni',
  portfolioId: '5',
  owner: 'Avdelningschef',
  plannedStart: '2023-01-01',
  plannedEnd: '2025-12-31',
  budgetTkr: 12000,
};
const portfolios = [{ id: '5', name: 'Digital infrastruktur' }];

interface SentInput {
  input: { expectedVersion: number; owner: string; manager: string; plannedEnd: string };
}

function renderDialog(mocks: MockLink.MockedResponse[] = []) {
  const saved = { count: 0 };
  renderWithProviders(
    <MockedProvider mocks={mocks}>
      <ProjectDetailsDialog
        project={project}
        portfolios={portfolios}
        onClose={() => undefined}
        onSaved={() => saved.count++}
      />
    </MockedProvider>,
  );
  return saved;
}

describe('the project details form', () => {
  it('refuses an end before the start beside the end, and a blank name beside the name', async () => {
    const saved = renderDialog();
    await typeDate(userEvent, dateField('Planerat slut'), '2022-12-31');
    await userEvent.clear(screen.getByRole('textbox', { name: 'Namn' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(dateField('Planerat slut')).toHaveAccessibleDescription('Slutet kan inte ligga före starten.');
    expect(screen.getByRole('textbox', { name: 'Namn' })).toHaveAccessibleDescription('Fyll i fältet.');
    expect(saved.count).toBe(0);
  });

  it("on a conflict shows what the other person changed and re-applies only the user's own change on top", async () => {
    const saved = renderDialog([
      {
        request: { query: ProjectDetailsDialog_Save, variables: ({ input }: SentInput) => input.expectedVersion === 3 },
        result: {
          errors: [
            {
              message: 'Conflict',
              extensions: { code: 'CONFLICT', current: { ...project, version: 4, owner: 'Ny projektägare' } },
            },
          ],
        },
      },
      {
        request: {
          query: ProjectDetailsDialog_Save,
          variables: ({ input }: SentInput) =>
            input.expectedVersion === 4 && input.owner === 'Ny projektägare' && input.manager === 'Karin Projektledare',
        },
        result: { data: { updateProjectDetails: { __typename: 'Project', id: '15', version: 5 } } },
      },
    ]);
    await userEvent.type(screen.getByRole('combobox', { name: 'Projektledare' }), 'Karin Projektledare');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText(/Nu sparade värden: Projektägare: Ny projektägare\./)).toBeVisible();

    await userEvent.click(screen.getByRole('button', { name: 'Spara mina värden ändå' }));
    expect(screen.getByRole('combobox', { name: 'Projektägare' })).toHaveValue('Ny projektägare');
    expect(screen.getByRole('combobox', { name: 'Projektledare' })).toHaveValue('Karin Projektledare');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(saved.count).toBe(1));
  });
});
