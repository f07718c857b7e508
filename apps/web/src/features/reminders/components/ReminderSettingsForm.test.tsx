import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTestClient, renderWithApollo } from '../../../test/render-with-apollo';
import { ReminderSettingsForm, ReminderSettingsForm_Query, ReminderSettingsForm_Save } from './ReminderSettingsForm';

const settings = (frequency: 'DAILY' | 'WEEKLY' | 'NONE', version: number | null) => ({
  request: { query: ReminderSettingsForm_Query },
  result: { data: { myReminderSettings: { __typename: 'ReminderSettings' as const, frequency, version } } },
});
const save = (frequency: 'DAILY' | 'WEEKLY' | 'NONE', expectedVersion: number | null, result: object) => ({
  request: { query: ReminderSettingsForm_Save, variables: { input: { frequency, expectedVersion } } },
  result,
});

describe('Min sida: the choice of reminders', () => {
  it('shows daily until the person chooses, and saves weekly by keyboard', async () => {
    renderWithApollo(
      <ReminderSettingsForm />,
      createTestClient([
        settings('DAILY', null),
        save('WEEKLY', null, {
          data: { setReminderFrequency: { __typename: 'ReminderSettings', frequency: 'WEEKLY', version: 1 } },
        }),
        settings('WEEKLY', 1),
      ]),
    );
    const group = await screen.findByRole('radiogroup', { name: 'Hur ofta vill du få påminnelser?' });
    expect(group).toBeVisible();
    const daily = screen.getByRole('radio', { name: 'Dagligen' });
    expect(daily).toBeChecked();
    expect(daily).toHaveAccessibleDescription(/närmar sig eller passerar sin sista dag/);
    act(() => daily.focus());
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Varje vecka' })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Ditt val av påminnelser har sparats.');
    expect(screen.getByRole('radio', { name: 'Varje vecka' })).toBeChecked();
  });

  it('says so when the choice was changed elsewhere, and shows the saved one', async () => {
    renderWithApollo(
      <ReminderSettingsForm />,
      createTestClient([
        settings('DAILY', 1),
        save('NONE', 1, {
          errors: [
            { message: 'Conflict', extensions: { code: 'CONFLICT', current: { frequency: 'WEEKLY', version: 2 } } },
          ],
        }),
        settings('WEEKLY', 2),
      ]),
    );
    await userEvent.click(await screen.findByRole('radio', { name: 'Inga påminnelser' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText(/Ditt val ändrades någon annanstans/)).toBeVisible();
    // The saved choice comes with the refetch that follows the conflict: the radio is there before it.
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Varje vecka' })).toBeChecked());
  });
});
