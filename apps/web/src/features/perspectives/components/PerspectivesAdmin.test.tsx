import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTestClient, renderWithApollo } from '../../../test/render-with-apollo';
import { PerspectiveDialog_Create } from './PerspectiveDialog';
import { PerspectiveList_Reorder } from './PerspectiveList';
import { PerspectivesAdmin, PerspectivesAdmin_Copy, PerspectivesAdmin_Query } from './PerspectivesAdmin';
import { RemovePerspectiveDialog_Remove } from './RemovePerspectiveDialog';

const perspective = (id: string, name: string, sortOrder: number, year = 2026) => ({
  __typename: 'Perspective' as const,
  id,
  year,
  name,
  description: sortOrder === 1 ? 'Brukarna och ägaren' : '',
  sortOrder,
  version: 1,
});

const YEAR_2026 = [
  perspective('1', 'Kund och ägare', 1),
  perspective('2', 'Medarbetare', 2),
  perspective('3', 'Process', 3),
];

const list = (year: number, perspectives: ReturnType<typeof perspective>[]) => ({
  request: { query: PerspectivesAdmin_Query, variables: { year } },
  result: { data: { perspectives } },
});

function renderAdmin(mocks: Parameters<typeof createTestClient>[0], url = '/administration/perspektiv?ar=2026') {
  return renderWithApollo(<PerspectivesAdmin />, createTestClient(mocks), { url });
}

/** "Flytta ned Kund och ägare" on the 2026 list as it was loaded. */
const moveKundDown = {
  query: PerspectiveList_Reorder,
  variables: { input: { year: 2026, ids: ['2', '1', '3'], expectedIds: ['1', '2', '3'] } },
};

const fieldError = (field: string, message: string) => ({
  errors: [{ message: 'Invalid', extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field, message }] } }],
});

describe('Administration → Perspektiv', () => {
  it('lists the year’s perspectives in order, each with its description', async () => {
    renderAdmin([list(2026, YEAR_2026)]);
    const items = within(await screen.findByRole('list', { name: 'Perspektiven 2026' })).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual([
      '1. Kund och ägare',
      '2. Medarbetare',
      '3. Process',
    ]);
    expect(items[0]).toHaveTextContent('Brukarna och ägaren');
    expect(items[1]).toHaveTextContent('Ingen beskrivning.');
    expect(screen.queryByRole('button', { name: 'Kopiera från föregående år' })).not.toBeInTheDocument();
  });

  it('moves a perspective by keyboard, and focus follows it', async () => {
    const reordered = [YEAR_2026[1]!, YEAR_2026[0]!, YEAR_2026[2]!].map((row, index) => ({
      ...row,
      sortOrder: index + 1,
    }));
    renderAdmin([
      list(2026, YEAR_2026),
      {
        request: moveKundDown,
        result: {
          data: {
            reorderPerspectives: reordered.map(({ id, year, sortOrder }) => ({
              __typename: 'Perspective',
              id,
              year,
              sortOrder,
            })),
          },
        },
      },
      list(2026, reordered),
    ]);
    const down = await screen.findByRole('button', { name: 'Flytta ned Kund och ägare' });
    expect(screen.getByRole('button', { name: 'Flytta upp Kund och ägare' })).toBeDisabled();
    act(() => down.focus());
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('heading', { name: '2. Kund och ägare' });
    const items = within(screen.getByRole('list', { name: 'Perspektiven 2026' })).getAllByRole('listitem');
    expect(within(items[0]!).getByRole('heading')).toHaveTextContent('1. Medarbetare');
    expect(screen.getByRole('button', { name: 'Flytta ned Kund och ägare' })).toHaveFocus();
  });

  it('says so when someone else reordered meanwhile, and shows their order', async () => {
    const theirs = [YEAR_2026[2]!, YEAR_2026[0]!, YEAR_2026[1]!].map((row, index) => ({
      ...row,
      sortOrder: index + 1,
    }));
    renderAdmin([
      list(2026, YEAR_2026),
      {
        request: moveKundDown,
        result: { errors: [{ message: 'Changed', extensions: { code: 'CONFLICT' } }] },
      },
      list(2026, theirs),
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Flytta ned Kund och ägare' }));
    expect(await screen.findByText(/Någon annan har ändrat ordningen under tiden/)).toBeInTheDocument();
    await screen.findByRole('heading', { name: '1. Process' });
    const items = within(screen.getByRole('list', { name: 'Perspektiven 2026' })).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual([
      '1. Process',
      '2. Kund och ägare',
      '3. Medarbetare',
    ]);
  });

  it('checks a new perspective with the API’s schema and shows the API’s refusal beside the name', async () => {
    renderAdmin([
      list(2026, YEAR_2026),
      {
        request: {
          query: PerspectiveDialog_Create,
          variables: { input: { year: 2026, name: 'Process', description: '' } },
        },
        result: fieldError('input.name', 'nameTaken'),
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Nytt perspektiv' }));
    const dialog = screen.getByRole('dialog', { name: 'Nytt perspektiv för 2026' });
    const name = within(dialog).getByRole('textbox', { name: 'Namn' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(name).toHaveAccessibleDescription('Fyll i fältet.');
    await userEvent.type(name, 'Process');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(await within(dialog).findByText('Året har redan ett perspektiv med det namnet.')).toBeVisible();
  });

  it('asks before removing, and shows every reason the API refused it for', async () => {
    renderAdmin([
      list(2026, YEAR_2026),
      {
        request: {
          query: RemovePerspectiveDialog_Remove,
          variables: { input: { id: '2', year: 2026, expectedVersion: 1 } },
        },
        result: {
          errors: [
            {
              message: 'Invalid',
              extensions: {
                code: 'BAD_USER_INPUT',
                fieldErrors: [
                  { field: 'input.id', message: 'usedByGoals' },
                  { field: 'input.id', message: 'usedByReports' },
                ],
              },
            },
          ],
        },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Ta bort Medarbetare' }));
    const dialog = screen.getByRole('dialog', { name: 'Ta bort Medarbetare från 2026?' });
    expect(dialog).toHaveTextContent('Perspektivet tas bara bort från 2026. Andra år behåller det.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Årets mål hör till perspektivet. Årets rapporter har ett avsnitt för perspektivet.',
    );
  });

  it('offers an empty year a copy of the previous year’s, in English too', async () => {
    renderWithApollo(
      <PerspectivesAdmin />,
      createTestClient([
        list(2027, []),
        {
          request: { query: PerspectivesAdmin_Copy, variables: { input: { year: 2027 } } },
          result: { data: { copyPerspectivesFromPreviousYear: [{ __typename: 'Perspective', id: '1', year: 2027 }] } },
        },
        list(2027, [perspective('1', 'Customer and owner', 1, 2027)]),
      ]),
      { url: '/administration/perspektiv?ar=2027', language: 'en' },
    );
    expect(await screen.findByText('2027 has no perspectives yet.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Copy from the previous year' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      "The previous year's perspectives have been copied to 2027.",
    );
    expect(screen.getByRole('heading', { name: '1. Customer and owner' })).toBeVisible();
  });
});
