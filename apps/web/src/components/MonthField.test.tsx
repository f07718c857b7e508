import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithProviders } from '../test/render-with-providers';
import type { Language } from '../i18n/i18n';
import { MonthField } from './MonthField';

function sections(label: string): (string | null)[] {
  return within(screen.getByRole('group', { name: label }))
    .getAllByRole('spinbutton')
    .map((section) => section.textContent);
}

function Form({ initial = '', sent, error }: { initial?: string; sent: string[]; error?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <MonthField
      label="Månad"
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
async function renderForm(language: Language, props: { initial?: string; error?: string } = {}) {
  const sent: string[] = [];
  renderWithProviders(<Form initial={props.initial} sent={sent} error={props.error} />, { language });
  await screen.findByRole('group', { name: 'Månad' });
  return sent;
}

describe('the month field', () => {
  // First in the file: the pickers' chunk is not loaded yet, as on a page's first render.
  it('shows the month as text first and hands the focus to the picker when it comes', async () => {
    renderWithProviders(<Form initial="2023-05" sent={[]} />);
    const text = screen.getByRole('textbox', { name: 'Månad' });
    expect(text).toHaveValue('maj 2023');
    // At once, before the browser's idle moment would have fetched the picker anyway.
    act(() => text.focus());
    const field = await screen.findByRole('group', { name: 'Månad' });
    await waitFor(() => expect(field).toContainElement(document.activeElement as HTMLElement));
  });

  it('shows a month in Swedish words in the Swedish interface', async () => {
    await renderForm('sv', { initial: '2023-05' });
    expect(sections('Månad')).toEqual(['maj', '2023']);
  });

  it('shows a month in English words in the English interface', async () => {
    await renderForm('en', { initial: '2023-05' });
    expect(sections('Månad')).toEqual(['May', '2023']);
  });

  it('sends the typed month as YYYY-MM', async () => {
    const user = userEvent.setup();
    const sent = await renderForm('sv');
    const group = screen.getByRole('group', { name: 'Månad' });
    await user.click(within(group).getAllByRole('spinbutton')[0]!);
    await user.keyboard('08');
    expect(sent).toEqual([]);
    await user.keyboard('2024');
    expect(sent.at(-1)).toBe('2024-08');
    expect(sections('Månad')).toEqual(['augusti', '2024']);
  });

  it('shows a field-level error beside the field', async () => {
    await renderForm('sv', { error: 'Ogiltig månad.' });
    expect(screen.getByRole('group', { name: 'Månad' })).toHaveAccessibleDescription('Ogiltig månad.');
  });
});
