import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTestClient, renderWithApollo } from '../../../test/render-with-apollo';
import { RemoveRiskCategoryDialog_Remove } from './RemoveRiskCategoryDialog';
import { RiskCategoryDialog_Create, RiskCategoryDialog_Update } from './RiskCategoryDialog';
import { RiskCategoryList_Reorder } from './RiskCategoryList';
import { RiskScaleForm_Save } from './RiskScaleForm';
import { RiskSettingsAdmin, RiskSettingsAdmin_Query } from './RiskSettingsAdmin';

const category = (id: string, name: string, sortOrder: number, riskCount: number, retired = false, version = 1) => ({
  __typename: 'RiskCategory' as const,
  id,
  name,
  sortOrder,
  retired,
  riskCount,
  version,
});

const CATEGORIES = [
  category('1', 'Externa risker', 1, 3),
  category('2', 'Strategiska risker', 2, 1),
  category('3', 'Leveranser till staden', 3, 0, true),
];

const settings = (categories: ReturnType<typeof category>[], scale = { max: 4, largestValued: 4 }) => ({
  request: { query: RiskSettingsAdmin_Query },
  result: { data: { riskScale: { __typename: 'RiskScale' as const, ...scale }, riskCategories: categories } },
});

function renderAdmin(mocks: Parameters<typeof createTestClient>[0]) {
  return renderWithApollo(<RiskSettingsAdmin />, createTestClient(mocks), { url: '/administration/riskkategorier' });
}

const fieldError = (field: string, message: string) => ({
  errors: [{ message: 'Invalid', extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field, message }] } }],
});

/** "Flytta ned Externa risker" on the list as it was loaded. */
const moveExternalDown = {
  query: RiskCategoryList_Reorder,
  variables: { input: { ids: ['2', '1', '3'], expectedIds: ['1', '2', '3'] } },
};

/** The categories in the given order, each at its place and a version further when it moved. */
const inOrder = (...ids: string[]) =>
  ids.map((id, index) => {
    const row = CATEGORIES.find((category) => category.id === id)!;
    return { ...row, sortOrder: index + 1, version: row.sortOrder === index + 1 ? row.version : row.version + 1 };
  });

const headingsOf = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((item) => within(item).getByRole('heading').textContent);

describe('Administration → Riskkategorier och riskskala', () => {
  it('lists the categories in order, each with its number of risks, and says which are retired', async () => {
    renderAdmin([settings(CATEGORIES)]);
    const items = within(await screen.findByRole('list', { name: 'Riskkategorierna' })).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading').textContent)).toEqual([
      'Externa risker',
      'Strategiska risker',
      'Leveranser till staden',
    ]);
    expect(items[0]).toHaveTextContent('3 risker');
    expect(items[0]).not.toHaveTextContent('Pensionerad');
    expect(items[1]).toHaveTextContent('1 risk');
    expect(items[2]).toHaveTextContent('Inga risker');
    expect(within(items[2]!).getByText('Pensionerad')).toBeVisible();
    expect(screen.getByText('Nuvarande skala: 1–4.')).toBeVisible();
    expect(screen.getByRole('radio', { name: '1–4' })).toBeChecked();
  });

  it('adds a category, checked with the API’s schema first', async () => {
    renderAdmin([
      settings(CATEGORIES),
      {
        request: { query: RiskCategoryDialog_Create, variables: { input: { name: 'Informationssäkerhet' } } },
        result: { data: { createRiskCategory: category('4', 'Informationssäkerhet', 4, 0) } },
      },
      settings([...CATEGORIES, category('4', 'Informationssäkerhet', 4, 0)]),
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Ny kategori' }));
    const dialog = screen.getByRole('dialog', { name: 'Ny riskkategori' });
    const name = within(dialog).getByRole('textbox', { name: 'Namn' });
    // A new category is in use: there is nothing to retire yet.
    expect(within(dialog).queryByRole('checkbox')).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(name).toHaveAccessibleDescription('Fyll i fältet.');
    await userEvent.type(name, 'Informationssäkerhet');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Informationssäkerhet har lagts till.');
    expect(dialog).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Informationssäkerhet' })).toBeVisible();
  });

  it('shows the API’s refusal of a name already taken beside the name', async () => {
    renderAdmin([
      settings(CATEGORIES),
      {
        request: { query: RiskCategoryDialog_Create, variables: { input: { name: 'Externa risker' } } },
        result: fieldError('input.name', 'nameTaken'),
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Ny kategori' }));
    const dialog = screen.getByRole('dialog', { name: 'Ny riskkategori' });
    const name = within(dialog).getByRole('textbox', { name: 'Namn' });
    await userEvent.type(name, 'Externa risker');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(await within(dialog).findByText('Det finns redan en riskkategori med det namnet.')).toBeVisible();
    expect(name).toHaveAccessibleDescription('Det finns redan en riskkategori med det namnet.');
  });

  it('renames and retires a category, saving over someone else’s change when asked to', async () => {
    const update = (expectedVersion: number) => ({
      query: RiskCategoryDialog_Update,
      variables: { input: { id: '2', expectedVersion, name: 'Strategiska', retired: true } },
    });
    renderAdmin([
      settings(CATEGORIES),
      {
        request: update(1),
        result: {
          errors: [
            {
              message: 'Conflict',
              extensions: {
                code: 'CONFLICT',
                current: { id: '2', code: 'strategic', name: 'Strategi', sortOrder: 2, retired: true, version: 2 },
              },
            },
          ],
        },
      },
      {
        request: update(2),
        result: {
          data: {
            updateRiskCategory: { __typename: 'RiskCategory', id: '2', name: 'Strategiska', retired: true, version: 3 },
          },
        },
      },
      settings([CATEGORIES[0]!, category('2', 'Strategiska', 2, 1, true, 3), CATEGORIES[2]!]),
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Ändra Strategiska risker' }));
    const dialog = screen.getByRole('dialog', { name: 'Ändra Strategiska risker' });
    const name = within(dialog).getByRole('textbox', { name: 'Namn' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Strategiska');
    const retire = within(dialog).getByRole('checkbox', { name: 'Pensionerad: erbjuds inte för nya risker' });
    expect(retire).not.toBeChecked();
    expect(retire).toHaveAccessibleDescription('Riskerna som redan finns i kategorin behåller den.');
    await userEvent.click(retire);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(
      await within(dialog).findByText(/Kategorin heter nu Strategi och är pensionerad \(version 2\)\./),
    ).toBeVisible();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara mina värden ändå' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Ändringen har sparats.');
    const item = screen.getByRole('heading', { name: 'Strategiska' }).closest('li')!;
    expect(within(item).getByText('Pensionerad')).toBeVisible();
  });

  it('explains why a category with risks cannot be removed, and shows the API’s refusal if risks came meanwhile', async () => {
    renderAdmin([
      settings(CATEGORIES),
      {
        request: { query: RemoveRiskCategoryDialog_Remove, variables: { input: { id: '3', expectedVersion: 1 } } },
        result: fieldError('input.id', 'categoryInUse'),
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Ta bort Externa risker' }));
    const inUse = screen.getByRole('dialog', { name: 'Ta bort Externa risker?' });
    expect(inUse).toHaveTextContent(
      '3 risker hör till kategorin, så den kan inte tas bort. Pensionera den i stället (Ändra): då erbjuds den inte för nya risker.',
    );
    expect(within(inUse).queryByRole('button', { name: 'Ta bort' })).not.toBeInTheDocument();
    await userEvent.click(within(inUse).getByRole('button', { name: 'Stäng' }));

    await userEvent.click(screen.getByRole('button', { name: 'Ta bort Leveranser till staden' }));
    const dialog = screen.getByRole('dialog', { name: 'Ta bort Leveranser till staden?' });
    expect(dialog).toHaveTextContent('Kategorin tas bort för alla enheter. Ingen risk hör till den.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Risker hör till kategorin, så den kan inte tas bort. Pensionera den i stället: då erbjuds den inte för nya risker.',
    );
  });

  it('moves a category by keyboard: focus follows it, and the new place is said', async () => {
    const reordered = inOrder('2', '1', '3');
    renderAdmin([
      settings(CATEGORIES),
      {
        request: moveExternalDown,
        result: {
          data: {
            reorderRiskCategories: reordered.map(({ id, sortOrder, version }) => ({
              __typename: 'RiskCategory' as const,
              id,
              sortOrder,
              version,
            })),
          },
        },
      },
      settings(reordered),
    ]);
    const down = await screen.findByRole('button', { name: 'Flytta ned Externa risker' });
    expect(screen.getByRole('button', { name: 'Flytta upp Externa risker' })).toBeDisabled();
    // A retired category has its place too: the register still lists it.
    expect(screen.getByRole('button', { name: 'Flytta ned Leveranser till staden' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Flytta upp Leveranser till staden' })).toBeEnabled();
    act(() => down.focus());
    await userEvent.keyboard('{Enter}');
    const announcement = await screen.findByText('Externa risker är nu nummer 2 av 3.');
    expect(announcement.closest('[aria-live="polite"]')).not.toBeNull();
    expect(headingsOf(screen.getByRole('list', { name: 'Riskkategorierna' }))).toEqual([
      'Strategiska risker',
      'Externa risker',
      'Leveranser till staden',
    ]);
    expect(screen.getByRole('button', { name: 'Flytta ned Externa risker' })).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when someone else changed the categories meanwhile, and shows the order that holds', async () => {
    const theirs = inOrder('3', '1', '2');
    renderAdmin([
      settings(CATEGORIES),
      {
        request: moveExternalDown,
        result: { errors: [{ message: 'Changed', extensions: { code: 'CONFLICT', current: theirs } }] },
      },
      settings(theirs),
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Flytta ned Externa risker' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Någon annan har ändrat kategorierna under tiden. Listan visar nu den ordning som gäller; flytta igen om du vill.',
    );
    const list = screen.getByRole('list', { name: 'Riskkategorierna' });
    await waitFor(() =>
      expect(headingsOf(list)).toEqual(['Leveranser till staden', 'Externa risker', 'Strategiska risker']),
    );
    expect(within(list).getByRole('button', { name: 'Flytta upp Leveranser till staden' })).toBeDisabled();
    expect(screen.queryByText(/är nu nummer/)).not.toBeInTheDocument();
  });

  it('shows the API’s refusal of an order that is not the categories beside the list', async () => {
    renderAdmin([
      settings(CATEGORIES),
      {
        request: moveExternalDown,
        result: {
          errors: [
            {
              message: 'Invalid',
              extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'input.ids', message: 'missingCategory' }] },
            },
          ],
        },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Flytta ned Externa risker' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ordningen saknar en kategori. Ladda om sidan och försök igen.',
    );
  });

  it('changes the scale from 1–4 to 1–5', async () => {
    renderAdmin([
      settings(CATEGORIES, { max: 4, largestValued: 3 }),
      {
        request: { query: RiskScaleForm_Save, variables: { input: { max: 5, expectedMax: 4 } } },
        result: { data: { setRiskScale: { __typename: 'RiskScale', max: 5, largestValued: 3 } } },
      },
      settings(CATEGORIES, { max: 5, largestValued: 3 }),
    ]);
    const scale = await screen.findByRole('radiogroup', { name: 'Skala för sannolikhet och konsekvens' });
    expect(scale).toHaveAccessibleDescription('Det högsta värde någon värdering har är 3.');
    const save = screen.getByRole('button', { name: 'Spara skalan' });
    expect(save).toBeDisabled();
    await userEvent.click(within(scale).getByRole('radio', { name: '1–5' }));
    await userEvent.click(save);
    expect(await screen.findByRole('status')).toHaveTextContent('Riskskalan är nu 1–5.');
    expect(screen.getByText('Nuvarande skala: 1–5.')).toBeVisible();
    expect(within(scale).getByRole('radio', { name: '1–5' })).toBeChecked();
    expect(save).toBeDisabled();
  });

  it('refuses a scale below the valuations beside the field, before asking the API', async () => {
    renderAdmin([settings(CATEGORIES, { max: 5, largestValued: 5 })]);
    const scale = await screen.findByRole('radiogroup', { name: 'Skala för sannolikhet och konsekvens' });
    await userEvent.click(within(scale).getByRole('radio', { name: '1–4' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara skalan' }));
    expect(scale).toHaveAccessibleDescription(
      'Värderingar har redan sannolikhet eller konsekvens 5: skalan kan inte bli mindre.',
    );
    expect(screen.getByText('Nuvarande skala: 1–5.')).toBeVisible();
  });

  it('shows the API’s valuationsAboveScale refusal beside the scale when a valuation of 5 came meanwhile', async () => {
    renderAdmin([
      settings(CATEGORIES, { max: 5, largestValued: 4 }),
      {
        request: { query: RiskScaleForm_Save, variables: { input: { max: 4, expectedMax: 5 } } },
        result: fieldError('input.max', 'valuationsAboveScale'),
      },
    ]);
    const scale = await screen.findByRole('radiogroup', { name: 'Skala för sannolikhet och konsekvens' });
    await userEvent.click(within(scale).getByRole('radio', { name: '1–4' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara skalan' }));
    expect(
      await screen.findByText('Värderingar har redan sannolikhet eller konsekvens 5: skalan kan inte bli mindre.'),
    ).toBeVisible();
    expect(scale).toHaveAccessibleDescription(
      'Värderingar har redan sannolikhet eller konsekvens 5: skalan kan inte bli mindre.',
    );
  });

  it('speaks English too', async () => {
    renderWithApollo(<RiskSettingsAdmin />, createTestClient([settings(CATEGORIES)]), {
      url: '/administration/riskkategorier',
      language: 'en',
    });
    const items = within(await screen.findByRole('list', { name: 'The risk categories' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('3 risks');
    expect(items[2]).toHaveTextContent('Retired');
    expect(screen.getByText('Current scale: 1–4.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'New category' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Move Strategiska risker up' })).toBeVisible();
  });
});
