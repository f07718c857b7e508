import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithProviders } from '../test/render-with-providers';
import type { Language } from '../i18n/i18n';
import { DateField } from './DateField';

/** The field's sections in reading order, each as its name and what it shows. */
function sections(label: string): [string | null, string | null][] {
  return within(screen.getByRole('group', { name: label }))
    .getAllByRole('spinbutton')
    .map((section) => [section.getAttribute('aria-label'), section.textContent]);
}

/** A form's state around the field, recording every value the form was sent. */
function Form({ initial = '', sent, error }: { initial?: string; sent: string[]; error?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <DateField
      label="Beslutsdatum"
      value={value}
      onChange={(event) => {
        sent.push(event.target.value);
        setValue(event.target.value);
      }}
      error={Boolean(error)}
      helperText={error}
    />
  );
}

/** Renders the form and waits for the picker, which comes in a chunk of its own after the first render. */
async function renderForm(language: Language, props: { initial?: string; sent?: string[]; error?: string } = {}) {
  const sent = props.sent ?? [];
  renderWithProviders(<Form initial={props.initial} sent={sent} error={props.error} />, { language });
  await screen.findByRole('group', { name: 'Beslutsdatum' });
  return sent;
}

describe('the date field', () => {
  // First in the file: the pickers' chunk is not loaded yet, as on a page's first render.
  it('shows the date as text in the picker format until the picker has come', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Form initial="2023-05-31" sent={[]} />, { language: 'en' });
    const text = screen.getByRole('textbox', { name: 'Beslutsdatum' });
    expect(text).toHaveValue('31/05/2023');
    // Pointing at the field fetches the picker at once, without waiting for an idle moment.
    await user.hover(text);
    const field = await screen.findByRole('group', { name: 'Beslutsdatum' });
    expect(
      within(field)
        .getAllByRole('spinbutton')
        .map((section) => section.textContent),
    ).toEqual(['31', '05', '2023']);
    expect(screen.queryByRole('textbox', { name: 'Beslutsdatum' })).not.toBeInTheDocument();
  });

  it('shows a date as Swedes write it in the Swedish interface', async () => {
    await renderForm('sv', { initial: '2023-05-31' });
    expect(sections('Beslutsdatum')).toEqual([
      ['År', '2023'],
      ['Månad', '05'],
      ['Dag', '31'],
    ]);
    expect(screen.getByRole('button', { name: /Välj datum, valt datum är 31 maj 2023/ })).toBeInTheDocument();
  });

  it('shows a date day first (en-GB) in the English interface', async () => {
    await renderForm('en', { initial: '2023-05-31' });
    expect(sections('Beslutsdatum')).toEqual([
      ['Day', '31'],
      ['Month', '05'],
      ['Year', '2023'],
    ]);
  });

  it('sends the typed date as an ISO string once it is whole', async () => {
    const user = userEvent.setup();
    const sent = await renderForm('sv');
    await user.click(screen.getByRole('spinbutton', { name: 'År' }));
    await user.keyboard('202305');
    expect(sent).toEqual([]);
    await user.keyboard('31');
    expect(sent.at(-1)).toBe('2023-05-31');
    expect(sections('Beslutsdatum').map(([, text]) => text)).toEqual(['2023', '05', '31']);
  });

  it('takes a date typed day first in English', async () => {
    const user = userEvent.setup();
    const sent = await renderForm('en');
    await user.click(screen.getByRole('spinbutton', { name: 'Day' }));
    await user.keyboard('31052023');
    expect(sent.at(-1)).toBe('2023-05-31');
  });

  it('picks a day from the calendar, whose month names are Swedish', async () => {
    const user = userEvent.setup();
    const sent = await renderForm('sv', { initial: '2023-05-31' });
    await user.click(screen.getByRole('button', { name: /Välj datum/ }));
    const calendar = await screen.findByRole('dialog');
    expect(calendar).toHaveTextContent('maj 2023');
    await user.click(within(calendar).getByRole('gridcell', { name: '15' }));
    expect(sent.at(-1)).toBe('2023-05-15');
  });

  it('shows a field-level error beside the field and reads it with the field', async () => {
    await renderForm('sv', { error: 'Fyll i fältet.' });
    const field = screen.getByRole('group', { name: 'Beslutsdatum' });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Fyll i fältet.');
  });
});
