import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { YearMonth } from '@lagesbild/types';
import { dateField, typeDate } from '../../../test/date-fields';
import { renderWithProviders } from '../../../test/render-with-providers';
import type { Language } from '../../../i18n/i18n';
import { emptyIndicatorForm } from '../indicator-form';
import type { IndicatorFormValues } from '../indicator-form';
import { AlsoMeasuredBy_Query } from './AlsoMeasuredBy';
import { IndicatorForm, IndicatorForm_Create, IndicatorForm_Update } from './IndicatorForm';

const orgUnits = [
  { id: '2', name: 'Intraservice' },
  { id: '3', name: 'Kommunstyrelsen' },
];
const owners = [{ id: '7', name: 'Anna Analytiker' }];

interface SentCreate {
  input: { orgUnitId: string; code: string; definition: Record<string, unknown> };
}

interface SentUpdate {
  input: { id: string; definition: Record<string, unknown>; thresholdsFrom?: YearMonth | null };
}

const THRESHOLDS_FROM = 'Nya tröskelvärden gäller från och med';

function renderForm({
  mocks = [],
  initial = emptyIndicatorForm('2'),
  existing = null,
  language = 'sv',
  viewedMonth,
}: {
  mocks?: MockLink.MockedResponse[];
  initial?: IndicatorFormValues;
  existing?: { id: string; name: string; version: number; hasValues: boolean } | null;
  language?: Language;
  viewedMonth?: YearMonth;
} = {}) {
  const closed = { count: 0 };
  renderWithProviders(
    <MockedProvider mocks={mocks}>
      <IndicatorForm
        initial={initial}
        existing={existing}
        orgUnits={orgUnits}
        owners={owners}
        viewedMonth={viewedMonth}
        onClose={() => closed.count++}
      />
    </MockedProvider>,
    { language },
  );
  return closed;
}

const sickLeave: IndicatorFormValues = {
  ...emptyIndicatorForm('2'),
  code: 'SJUKFRANVARO',
  name: 'Sjukfrånvaro',
  direction: 'LOWER_IS_BETTER',
};

describe('the indicator form', () => {
  it('shows the schema’s refusals beside the fields and sends nothing', async () => {
    const closed = renderForm();
    await userEvent.clear(screen.getByRole('textbox', { name: 'Gult vid avvikelse över' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Gult vid avvikelse över' }), '10');
    await userEvent.type(screen.getByRole('textbox', { name: 'Kolada-id' }), 'n945');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(screen.getByRole('textbox', { name: 'Namn' })).toHaveAccessibleDescription('Fyll i fältet.');
    expect(screen.getByRole('textbox', { name: 'Kod' })).toHaveAccessibleDescription('Fyll i fältet.');
    expect(screen.getByRole('textbox', { name: 'Rött vid avvikelse över' })).toHaveAccessibleDescription(
      'Gränsen för rött får inte ligga före gränsen för gult.',
    );
    expect(screen.getByRole('textbox', { name: 'Kolada-id' })).toHaveAccessibleDescription(
      'Ange ett Kolada-id: en versal och fem siffror, t.ex. N00945.',
    );
    expect(closed.count).toBe(0);
  });

  it('creates an indicator with thresholds typed the Swedish way and an owner', async () => {
    const closed = renderForm({
      mocks: [
        {
          request: {
            query: IndicatorForm_Create,
            variables: ({ input }: SentCreate) =>
              input.orgUnitId === '2' &&
              input.code === 'BYGGLOV' &&
              input.definition.name === 'Handläggningstid' &&
              input.definition.unit === 'DAYS' &&
              input.definition.thresholdKind === 'ABSOLUTE' &&
              input.definition.yellowThreshold === 0.5 &&
              input.definition.redThreshold === 2 &&
              input.definition.ownerId === '7',
          },
          result: { data: { createIndicator: { __typename: 'Indicator', id: '40' } } },
        },
      ],
    });
    await userEvent.type(screen.getByRole('textbox', { name: 'Kod' }), 'BYGGLOV');
    await userEvent.type(screen.getByRole('textbox', { name: 'Namn' }), 'Handläggningstid');
    await userEvent.click(screen.getByRole('combobox', { name: 'Måttenhet' }));
    await userEvent.click(screen.getByRole('option', { name: 'Dagar' }));
    await userEvent.click(screen.getByRole('combobox', { name: 'Tröskelvärden mäts i' }));
    await userEvent.click(screen.getByRole('option', { name: 'Indikatorns måttenhet' }));
    await userEvent.clear(screen.getByRole('textbox', { name: 'Gult vid avvikelse över' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Gult vid avvikelse över' }), '0,5');
    await userEvent.clear(screen.getByRole('textbox', { name: 'Rött vid avvikelse över' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Rött vid avvikelse över' }), '2');
    await userEvent.click(screen.getByRole('combobox', { name: 'Ansvarig' }));
    await userEvent.click(screen.getByRole('option', { name: 'Anna Analytiker' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(closed.count).toBe(1));
  });

  it('proposes how a parent unit shows the figures by the unit of measure, and refuses summing a rate', async () => {
    const closed = renderForm();
    const rollup = () => screen.getByRole('combobox', { name: 'Överordnad enhet visar' });
    expect(rollup()).toHaveTextContent('Enheternas medelvärde (andelar)');
    await userEvent.click(screen.getByRole('combobox', { name: 'Måttenhet' }));
    await userEvent.click(screen.getByRole('option', { name: 'Antal' }));
    expect(rollup()).toHaveTextContent('Summan av enheterna (belopp, antal)');
    // Back to per cent: the proposal follows, since nobody chose otherwise.
    await userEvent.click(screen.getByRole('combobox', { name: 'Måttenhet' }));
    await userEvent.click(screen.getByRole('option', { name: 'Procent' }));
    expect(rollup()).toHaveTextContent('Enheternas medelvärde (andelar)');
    await userEvent.click(rollup());
    await userEvent.click(screen.getByRole('option', { name: 'Summan av enheterna (belopp, antal)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(rollup()).toHaveAccessibleDescription(
      'En andel eller ett index kan inte summeras mellan enheter: välj medelvärde eller per enhet.',
    );
    expect(closed.count).toBe(0);
  });

  it('locks what gives the values their meaning and shows a refusal of the server beside its field', async () => {
    renderForm({
      initial: sickLeave,
      existing: { id: '12', name: 'Sjukfrånvaro', version: 3, hasValues: true },
      mocks: [
        {
          request: { query: IndicatorForm_Update, variables: () => true },
          result: {
            errors: [
              {
                message: 'Invalid',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fieldErrors: [{ field: 'input.definition.periodicity', message: 'definitionHasValues' }],
                },
              },
            ],
          },
        },
      ],
    });
    expect(screen.getByText(/Indikatorn har värden/)).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Periodicitet' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('combobox', { name: 'Måttenhet' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('textbox', { name: 'Kod' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText(/Avsluta indikatorn och skapa en ny i stället\./)).toBeVisible();
  });

  it('asks from which month changed thresholds judge, on an indicator with values only, and sends it', async () => {
    const closed = renderForm({
      initial: sickLeave,
      existing: { id: '12', name: 'Sjukfrånvaro', version: 3, hasValues: true },
      viewedMonth: { year: 2023, month: 5 },
      mocks: [
        {
          request: {
            query: IndicatorForm_Update,
            variables: ({ input }: SentUpdate) =>
              input.id === '12' &&
              input.definition.yellowThreshold === 0 &&
              input.definition.redThreshold === 3 &&
              input.thresholdsFrom?.year === 2023 &&
              input.thresholdsFrom.month === 4,
          },
          result: { data: { updateIndicator: null } },
        },
      ],
    });
    const red = screen.getByRole('textbox', { name: 'Rött vid avvikelse över' });
    expect(screen.queryByText(THRESHOLDS_FROM)).not.toBeInTheDocument();
    // The same threshold written another way is no change.
    await userEvent.clear(red);
    await userEvent.type(red, '5,0');
    expect(screen.queryByText(THRESHOLDS_FROM)).not.toBeInTheDocument();

    await userEvent.clear(red);
    await userEvent.type(red, '3');
    const field = dateField(THRESHOLDS_FROM);
    // Proposed: the month the period picker shows.
    expect(
      within(field)
        .getAllByRole('spinbutton')
        .map((section) => section.textContent),
    ).toEqual(['maj', '2023']);
    expect(field).toHaveAccessibleDescription(
      'Perioder före den månaden bedöms även i fortsättningen med de tröskelvärden som gällde då.',
    );
    await typeDate(userEvent, field, '2023-04');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(closed.count).toBe(1));
  });

  it('does not ask for the month when the indicator has no values yet, nor send one', async () => {
    const closed = renderForm({
      initial: sickLeave,
      existing: { id: '12', name: 'Sjukfrånvaro', version: 3, hasValues: false },
      mocks: [
        {
          request: {
            query: IndicatorForm_Update,
            variables: ({ input }: SentUpdate) => input.definition.redThreshold === 3 && !('thresholdsFrom' in input),
          },
          result: { data: { updateIndicator: null } },
        },
      ],
    });
    await userEvent.click(screen.getByRole('combobox', { name: 'Tröskelvärden mäts i' }));
    await userEvent.click(screen.getByRole('option', { name: 'Indikatorns måttenhet' }));
    await userEvent.clear(screen.getByRole('textbox', { name: 'Rött vid avvikelse över' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Rött vid avvikelse över' }), '3');
    expect(screen.queryByText(THRESHOLDS_FROM)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(closed.count).toBe(1));
  });

  it.each([
    [
      'sv',
      THRESHOLDS_FROM,
      'Gult vid avvikelse över',
      'Spara',
      'Månaden ligger före den senaste ändringen av tröskelvärdena. Välj den månaden eller en senare.',
    ],
    [
      'en',
      'New thresholds apply from',
      'Yellow when missed by more than',
      'Save',
      'The month is before the last change of the thresholds. Choose that month or a later one.',
    ],
  ] as const)(
    'shows the API’s refusal of the month beside the field (%s)',
    async (language, label, yellow, save, message) => {
      const closed = renderForm({
        language,
        initial: sickLeave,
        existing: { id: '12', name: 'Sjukfrånvaro', version: 3, hasValues: true },
        viewedMonth: { year: 2023, month: 2 },
        mocks: [
          {
            request: {
              query: IndicatorForm_Update,
              variables: ({ input }: SentUpdate) =>
                input.thresholdsFrom?.year === 2023 && input.thresholdsFrom.month === 2,
            },
            result: {
              errors: [
                {
                  message: 'Invalid',
                  extensions: {
                    code: 'BAD_USER_INPUT',
                    fieldErrors: [{ field: 'input.thresholdsFrom', message: 'beforeLastThresholdChange' }],
                  },
                },
              ],
            },
          },
        ],
      });
      await userEvent.clear(screen.getByRole('textbox', { name: yellow }));
      await userEvent.type(screen.getByRole('textbox', { name: yellow }), '2');
      await userEvent.click(screen.getByRole('button', { name: save }));
      await waitFor(() => expect(dateField(label)).toHaveAccessibleDescription(message));
      expect(closed.count).toBe(0);
    },
  );

  it('shows a conflict and saves on top of the colleague’s version when asked', async () => {
    const closed = renderForm({
      initial: sickLeave,
      existing: { id: '12', name: 'Sjukfrånvaro', version: 3, hasValues: false },
      mocks: [
        {
          request: {
            query: IndicatorForm_Update,
            variables: ({ input }: { input: { expectedVersion: number } }) => input.expectedVersion === 3,
          },
          result: { errors: [{ message: 'Conflict', extensions: { code: 'CONFLICT', current: { version: 4 } } }] },
        },
        {
          request: {
            query: IndicatorForm_Update,
            variables: ({ input }: { input: { expectedVersion: number } }) => input.expectedVersion === 4,
          },
          result: { data: { updateIndicator: null } },
        },
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Någon annan har sparat en ändring sedan du öppnade formuläret.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Spara mina värden ändå' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(closed.count).toBe(1));
  });

  it('offers the definition another unit already measures under the same code', async () => {
    renderForm({
      language: 'en',
      mocks: [
        {
          request: { query: AlsoMeasuredBy_Query, variables: () => true },
          maxUsageCount: Number.POSITIVE_INFINITY,
          result: {
            data: {
              indicatorsByCode: [
                {
                  __typename: 'Indicator',
                  id: '9',
                  code: 'PERSONALOMSATTNING',
                  name: 'Personalomsättning',
                  description: 'Andel som slutat',
                  dataSource: 'HR-systemet',
                  externalCode: 'N00204',
                  unit: 'PERCENT',
                  periodicity: 'YEAR',
                  direction: 'LOWER_IS_BETTER',
                  cumulative: false,
                  levelAggregation: 'LATEST',
                  unitRollup: 'AVERAGE',
                  thresholdKind: 'RELATIVE',
                  yellowThreshold: 0,
                  redThreshold: 10,
                  isKey: false,
                  owner: null,
                  orgUnit: { __typename: 'OrgUnit', id: '3', name: 'Kommunstyrelsen' },
                },
              ],
            },
          },
        },
      ],
    });
    await userEvent.type(screen.getByRole('textbox', { name: 'Code' }), 'PERSONALOMSATTNING');
    expect(await screen.findByText('The code is already measured by Kommunstyrelsen.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Use the definition of Kommunstyrelsen' }));
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Personalomsättning');
    expect(screen.getByRole('textbox', { name: 'Kolada id' })).toHaveValue('N00204');
    expect(screen.getByRole('textbox', { name: 'Code' })).toHaveValue('PERSONALOMSATTNING');
  });
});
