import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ValueStatus } from '@lagesbild/types';
import type { SetIndicatorValueStatusInput } from '../../../generated/graphql';
import { createTestClient, renderWithApollo } from '../../../test/render-with-apollo';
import { toSeriesRows } from '../series-rows';
import { SeriesTable } from './SeriesTable';
import { ValueStatusDialog_Query, ValueStatusDialog_Save } from './ValueStatusDialog';

const REASON = 'Engångseffekt av omorganisationen i maj; underliggande trend följer målet.';

const rows = toSeriesRows(
  [
    {
      period: '2023-05',
      outcome: 5.9,
      target: 5,
      fullYearForecast: null,
      rolling12: null,
      previousYearOutcome: null,
      isSynthetic: false,
      status: 'RED',
      statusOverrideReason: null,
    },
  ],
  [],
);

interface Saved {
  version: number;
  statusOverride: ValueStatus | null;
  statusOverrideReason: string | null;
}

const value = ({ version, statusOverride, statusOverrideReason }: Saved) => ({
  __typename: 'IndicatorValue' as const,
  id: '70',
  version,
  status: statusOverride ?? ('RED' as const),
  ruleStatus: 'RED' as const,
  statusOverride,
  statusOverrideReason,
  period: '2023-05',
});

const RULE: Saved = { version: 3, statusOverride: null, statusOverrideReason: null };

const loaded = (saved: Saved = RULE) => ({
  request: { query: ValueStatusDialog_Query, variables: { id: '7', period: '2023-05' } },
  result: { data: { indicator: { __typename: 'Indicator' as const, id: '7', value: value(saved) } } },
});

const saving = (input: SetIndicatorValueStatusInput, answer: object, sent: SetIndicatorValueStatusInput[] = []) => ({
  request: { query: ValueStatusDialog_Save, variables: { input } },
  result: () => {
    sent.push(input);
    return answer;
  },
});

const savedAs = (saved: Saved) => ({ data: { setIndicatorValueStatus: value(saved) } });

const refusal = (extensions: object) => ({ errors: [{ message: 'Refused', extensions }] });

const mayMay = { indicatorId: '7', period: '2023-05' };

async function openDialog(mocks: Parameters<typeof createTestClient>[0]) {
  renderWithApollo(
    <SeriesTable
      caption="Sjukfrånvaro"
      rows={rows}
      compared={[]}
      unit="PERCENT"
      statusEditing={{ indicatorId: '7' }}
    />,
    createTestClient(mocks),
  );
  await userEvent.click(screen.getByRole('button', { name: 'Ändra status för maj 2023' }));
  const dialog = screen.getByRole('dialog', { name: 'Ändra status för maj 2023' });
  await within(dialog).findByText('Enligt regeln: Når inte målet');
  return dialog;
}

describe('setting a value’s status by hand', () => {
  it('says what the rule gives, and refuses a status without a reason before sending anything', async () => {
    const sent: SetIndicatorValueStatusInput[] = [];
    const input = { ...mayMay, expectedVersion: 3, status: 'YELLOW' as const, reason: null };
    const dialog = await openDialog([loaded(), saving(input, savedAs(RULE), sent)]);
    expect(within(dialog).getByRole('radio', { name: 'Enligt regeln (beräknad)' })).toBeChecked();
    const reason = within(dialog).getByRole('textbox', { name: 'Skäl' });
    expect(reason).toBeDisabled();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Gul (nära målet)' }));
    expect(reason).toBeEnabled();
    expect(reason).toHaveAccessibleDescription(
      'Varför regelns status inte stämmer här. Skälet visas med statusen överallt där värdet visas.',
    );
    await userEvent.type(reason, '   ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(reason).toHaveAccessibleDescription('Skriv varför statusen sätts för hand.');
    expect(reason).toBeInvalid();
    expect(sent).toEqual([]);
    expect(dialog).toBeInTheDocument();
  });

  it('saves the status and its reason against the version loaded, and says so in the table', async () => {
    const sent: SetIndicatorValueStatusInput[] = [];
    const input = { ...mayMay, expectedVersion: 3, status: 'YELLOW' as const, reason: REASON };
    const dialog = await openDialog([
      loaded(),
      saving(input, savedAs({ version: 4, statusOverride: 'YELLOW', statusOverrideReason: REASON }), sent),
    ]);
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Gul (nära målet)' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Skäl' }), REASON);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Statusen för maj 2023 är satt manuellt.');
    expect(sent).toEqual([input]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('gives the status back to the rule: no status, no reason', async () => {
    const sent: SetIndicatorValueStatusInput[] = [];
    const input = { ...mayMay, expectedVersion: 4, status: null, reason: null };
    const dialog = await openDialog([
      loaded({ version: 4, statusOverride: 'YELLOW', statusOverrideReason: REASON }),
      saving(input, savedAs({ version: 5, statusOverride: null, statusOverrideReason: null }), sent),
    ]);
    expect(within(dialog).getByRole('radio', { name: 'Gul (nära målet)' })).toBeChecked();
    expect(within(dialog).getByRole('textbox', { name: 'Skäl' })).toHaveValue(REASON);
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Enligt regeln (beräknad)' }));
    expect(within(dialog).getByRole('textbox', { name: 'Skäl' })).toHaveAccessibleDescription(
      'Statusen följer regeln: inget skäl behövs.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Statusen för maj 2023 följer regeln igen.');
    expect(sent).toEqual([input]);
  });

  it('asks for a correction reason when the period is closed, and sends it with the same choice', async () => {
    const sent: SetIndicatorValueStatusInput[] = [];
    const first = { ...mayMay, expectedVersion: 3, status: 'GREEN' as const, reason: REASON };
    const second = { ...first, correctionReason: 'Felaktig bedömning i majrapporten' };
    const dialog = await openDialog([
      loaded(),
      saving(
        first,
        refusal({
          code: 'BAD_USER_INPUT',
          fieldErrors: [{ field: 'input.correctionReason', message: 'periodClosed' }],
        }),
        sent,
      ),
      saving(second, savedAs({ version: 4, statusOverride: 'GREEN', statusOverrideReason: REASON }), sent),
    ]);
    expect(within(dialog).queryByRole('textbox', { name: 'Skäl till rättelsen' })).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Grön (når målet)' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Skäl' }), REASON);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    const correction = await within(dialog).findByRole('textbox', { name: 'Skäl till rättelsen' });
    expect(correction).toHaveAccessibleDescription('Perioden är stängd: ange ett skäl till rättelsen.');
    expect(dialog).toHaveTextContent('Perioden är stängd: värdena är rapporterade och låsta.');
    expect(within(dialog).getByRole('radio', { name: 'Grön (når målet)' })).toBeChecked();
    // Left empty, it is asked for again without a round trip.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(correction).toHaveAccessibleDescription('Perioden är stängd: ange ett skäl till rättelsen.');
    expect(sent).toEqual([first]);
    await userEvent.type(correction, second.correctionReason);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Statusen för maj 2023 är satt manuellt.');
    expect(sent).toEqual([first, second]);
  });

  describe('when someone else saved meanwhile', () => {
    const theirs = { version: 4, statusOverride: 'RED' as const, statusOverrideReason: 'Bekräftat av HR' };
    const first = { ...mayMay, expectedVersion: 3, status: 'YELLOW' as const, reason: REASON };
    const conflict = refusal({ code: 'CONFLICT', current: value(theirs) });

    async function saveIntoConflict(mocks: NonNullable<Parameters<typeof createTestClient>[0]>) {
      const dialog = await openDialog([loaded(), ...mocks]);
      await userEvent.click(within(dialog).getByRole('radio', { name: 'Gul (nära målet)' }));
      await userEvent.type(within(dialog).getByRole('textbox', { name: 'Skäl' }), REASON);
      await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
      const alert = await within(dialog).findByRole('alert');
      expect(alert).toHaveTextContent('Någon annan har sparat en ändring sedan du öppnade formuläret.');
      expect(alert).toHaveTextContent('Nu sparat: Röd (når inte målet), satt manuellt med skälet "Bekräftat av HR".');
      return { dialog, alert };
    }

    it('shows what they saved, and saves over it only when asked, against their version', async () => {
      const sent: SetIndicatorValueStatusInput[] = [];
      const again = { ...first, expectedVersion: 4 };
      const { dialog, alert } = await saveIntoConflict([
        saving(first, conflict, sent),
        saving(again, savedAs({ version: 5, statusOverride: 'YELLOW', statusOverrideReason: REASON }), sent),
      ]);
      await userEvent.click(within(alert).getByRole('button', { name: 'Spara mina värden ändå' }));
      expect(within(dialog).getByRole('radio', { name: 'Gul (nära målet)' })).toBeChecked();
      await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
      expect(await screen.findByRole('status')).toHaveTextContent('Statusen för maj 2023 är satt manuellt.');
      expect(sent).toEqual([first, again]);
    });

    it('can take what they saved instead', async () => {
      const sent: SetIndicatorValueStatusInput[] = [];
      const { dialog, alert } = await saveIntoConflict([saving(first, conflict, sent)]);
      await userEvent.click(within(alert).getByRole('button', { name: 'Använd det sparade' }));
      expect(within(dialog).getByRole('radio', { name: 'Röd (når inte målet)' })).toBeChecked();
      expect(within(dialog).getByRole('textbox', { name: 'Skäl' })).toHaveValue('Bekräftat av HR');
      expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
      expect(sent).toEqual([first]);
    });
  });
});
