import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { isoToday } from '@lagesbild/types';
import { periodClosedRefusal } from '../../../test/period-closed-refusal';
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

/** Fills in a new risk "Dataintrång" in `category`, valued 3 × 2 today, and saves. */
async function fillAndSaveNewRisk(dialog: HTMLElement, category: string) {
  await userEvent.type(within(dialog).getByRole('textbox', { name: 'Risk' }), 'Dataintrång');
  await userEvent.click(within(dialog).getByRole('combobox', { name: 'Kategori' }));
  await userEvent.click(await screen.findByRole('option', { name: category }));
  await userEvent.type(within(dialog).getByRole('spinbutton', { name: 'Sannolikhet' }), '3');
  await userEvent.type(within(dialog).getByRole('spinbutton', { name: 'Konsekvens' }), '2');
  await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
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
    await fillAndSaveNewRisk(dialog, 'Informationssäkerhet');
    expect(await within(dialog).findByText('Kategorin är pensionerad: välj en annan.')).toBeVisible();
    expect(within(dialog).getByRole('combobox', { name: 'Kategori' })).toHaveAccessibleDescription(
      'Kategorin är pensionerad: välj en annan.',
    );
  });
});

describe('RiskDialog’s first valuation in a closed period', () => {
  it('asks for a correction reason beside the form, keeps what was filled in, and sends the reason', async () => {
    type Sent = { input: { title: string; correctionReason?: string | null } };
    let closed = false;
    let saved = 0;
    const refusal = periodClosedRefusal(RiskDialog_Create, ({ input }: Sent) => !input.correctionReason);
    const correction = {
      request: {
        query: RiskDialog_Create,
        variables: ({ input }: Sent) =>
          input.title === 'Dataintrång' && input.correctionReason === 'Risken fanns redan i maj',
      },
      result: () => {
        saved += 1;
        return { data: { createRisk: { __typename: 'Risk' as const, id: '31' } } };
      },
    };
    renderDialog(
      {
        onClose: () => {
          closed = true;
        },
      },
      [refusal, correction],
    );
    const dialog = screen.getByRole('dialog', { name: 'Ny risk för Intraservice' });
    await fillAndSaveNewRisk(dialog, 'Externa risker');

    const reason = await within(dialog).findByRole('textbox', { name: 'Skäl till rättelse' });
    expect(reason).toHaveAccessibleDescription('Perioden är stängd: ange ett skäl till rättelsen.');
    expect(within(dialog).getByText(/Värderingsdatumet ligger i en stängd period/)).toBeVisible();
    expect(within(dialog).getByRole('textbox', { name: 'Risk' })).toHaveValue('Dataintrång');

    await userEvent.type(reason, 'Risken fanns redan i maj');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(closed).toBe(true));
    expect(saved).toBe(1);
  });
});
