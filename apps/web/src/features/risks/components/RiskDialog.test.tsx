import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { isoToday } from '@lagesbild/types';
import { createTestClient, renderWithApollo } from '../../../test/render-with-apollo';
import { RiskDialog, RiskDialog_Create } from './RiskDialog';
import type { RiskDialogProps } from './RiskDialog';

const CATEGORIES = [
  { id: '1', name: 'Externa risker', retired: false },
  { id: '2', name: 'Informationssäkerhet', retired: true },
  { id: '3', name: 'Operativa risker', retired: false },
];

const UNIT = { id: '7', name: 'Intraservice' };

function renderDialog(props: Partial<RiskDialogProps> = {}, mocks: Parameters<typeof createTestClient>[0] = []) {
  return renderWithApollo(
    <RiskDialog risk={null} orgUnit={UNIT} categories={CATEGORIES} scaleMax={4} onClose={() => undefined} {...props} />,
    createTestClient(mocks),
  );
}

/** The names of the categories the Kategori field offers. */
async function offeredCategories(): Promise<string[]> {
  await userEvent.click(screen.getByRole('combobox', { name: 'Kategori' }));
  const options = within(await screen.findByRole('listbox')).getAllByRole('option');
  return options.map((option) => option.textContent ?? '');
}

describe('RiskDialog’s categories', () => {
  it('does not offer a retired category for a new risk', async () => {
    renderDialog();
    expect(await offeredCategories()).toEqual(['Externa risker', 'Operativa risker']);
  });

  it('keeps a retired category for a risk already in it, and offers no other retired one', async () => {
    renderDialog({
      risk: { id: '12', title: 'Dataintrång', category: { id: '2' }, version: 3 },
      categories: [...CATEGORIES, { id: '4', name: 'Gamla leveranser', retired: true }],
    });
    expect(screen.getByRole('combobox', { name: 'Kategori' })).toHaveTextContent('Informationssäkerhet (pensionerad)');
    expect(await offeredCategories()).toEqual([
      'Externa risker',
      'Informationssäkerhet (pensionerad)',
      'Operativa risker',
    ]);
  });

  it('shows the API’s refusal of a category retired meanwhile beside the Kategori field', async () => {
    const input = {
      orgUnitId: '7',
      title: 'Dataintrång',
      description: '',
      owner: '',
      categoryId: '2',
      valuation: { valuedOn: isoToday(), probability: 3, consequence: 2, reasoning: '' },
    };
    renderDialog({ categories: CATEGORIES.map((category) => ({ ...category, retired: false })) }, [
      {
        request: { query: RiskDialog_Create, variables: { input } },
        result: {
          errors: [
            {
              message: 'Invalid',
              extensions: {
                code: 'BAD_USER_INPUT',
                fieldErrors: [{ field: 'input.categoryId', message: 'categoryRetired' }],
              },
            },
          ],
        },
      },
    ]);
    const dialog = screen.getByRole('dialog', { name: 'Ny risk för Intraservice' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Risk' }), 'Dataintrång');
    await userEvent.click(within(dialog).getByRole('combobox', { name: 'Kategori' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Informationssäkerhet' }));
    await userEvent.type(within(dialog).getByRole('spinbutton', { name: 'Sannolikhet' }), '3');
    await userEvent.type(within(dialog).getByRole('spinbutton', { name: 'Konsekvens' }), '2');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(await within(dialog).findByText('Kategorin är pensionerad: välj en annan.')).toBeVisible();
    expect(within(dialog).getByRole('combobox', { name: 'Kategori' })).toHaveAccessibleDescription(
      'Kategorin är pensionerad: välj en annan.',
    );
  });
});
