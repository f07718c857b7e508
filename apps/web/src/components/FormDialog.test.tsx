import Alert from '@mui/material/Alert';
import TextField from '@mui/material/TextField';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithProviders } from '../test/render-with-providers';
import { FormDialog } from './FormDialog';
import { SaveNoticeProvider } from './SaveNotice';

/** A form whose save is refused beside its first field, as a server's field error would be. */
function RefusedForm({ refuseWith }: { refuseWith: 'field' | 'alert' }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <FormDialog
      titleId="refused-title"
      title="Ny indikator"
      saving={false}
      onClose={() => undefined}
      onSubmit={() => setError('Enheten har redan en indikator med den koden.')}
    >
      <Alert severity="info">Koden syns i länkar.</Alert>
      {refuseWith === 'alert' && error && <Alert severity="error">{error}</Alert>}
      <TextField
        label="Kod"
        error={refuseWith === 'field' && Boolean(error)}
        helperText={refuseWith === 'field' ? error : null}
      />
      <TextField label="Namn" />
    </FormDialog>
  );
}

/**
 * A page with a dialog that closes once saved, as most do: the save's answer comes later, and the
 * dialog is drawn once more (saving over) before it closes. It always shows a hint.
 */
function PageWithDialog({ savedNotice }: { savedNotice?: false }) {
  const [open, setOpen] = useState(true);
  const [saving, setSaving] = useState(false);
  const save = () => {
    setSaving(true);
    setTimeout(() => {
      setSaving(false);
      setTimeout(() => setOpen(false), 10);
    }, 10);
  };
  return open ? (
    <FormDialog
      titleId="saved-title"
      title="Ny användare"
      saving={saving}
      savedNotice={savedNotice}
      onClose={() => setOpen(false)}
      onSubmit={save}
    >
      <Alert severity="info">Namnet syns i listan.</Alert>
      <TextField label="Namn" />
    </FormDialog>
  ) : (
    <p>Sidan</p>
  );
}

describe('a form in a dialog', () => {
  it('says the save was saved once the dialog closes after it, where the user is, and not after Cancel', async () => {
    const { unmount } = renderWithProviders(
      <SaveNoticeProvider>
        <PageWithDialog />
      </SaveNoticeProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Sidan')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Sparat.'));
    unmount();

    renderWithProviders(
      <SaveNoticeProvider>
        <PageWithDialog />
      </SaveNoticeProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.getByText('Sidan')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('leaves the notice to a page that says what was done in its own words', async () => {
    renderWithProviders(
      <SaveNoticeProvider>
        <PageWithDialog savedNotice={false} />
      </SaveNoticeProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Sidan')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('brings the field a refused save names into view and focuses it, however far above the Save button', async () => {
    renderWithProviders(<RefusedForm refuseWith="field" />);
    await userEvent.click(screen.getByRole('textbox', { name: 'Namn' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(screen.getByRole('textbox', { name: 'Kod' })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Kod' })).toHaveAccessibleDescription(
      'Enheten har redan en indikator med den koden.',
    );
  });

  it('leaves the focus where it was when the refusal is an alert above the fields', async () => {
    renderWithProviders(<RefusedForm refuseWith="alert" />);
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(screen.getByText('Enheten har redan en indikator med den koden.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Spara' })).toHaveFocus();
  });
});
