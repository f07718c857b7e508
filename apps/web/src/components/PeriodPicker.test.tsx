import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../test/render-with-providers';
import { loadDatePickers } from './LazyPickerField';
import { PeriodPicker } from './PeriodPicker';

// The picker's chunk, which a page fetches a while after its first render (LazyPickerField).
beforeAll(() => loadDatePickers());

describe('the period picker', () => {
  it('shows the chosen month in Swedish and reports the month typed', async () => {
    const user = userEvent.setup();
    const picked: unknown[] = [];
    renderWithProviders(<PeriodPicker value={{ year: 2023, month: 5 }} onChange={(period) => picked.push(period)} />);
    const field = await screen.findByRole('group', { name: 'Period' });
    const [month, year] = within(field).getAllByRole('spinbutton');
    expect([month?.textContent, year?.textContent]).toEqual(['maj', '2023']);
    await user.click(year!);
    await user.keyboard('2024');
    expect(picked).toEqual([{ year: 2024, month: 5 }]);
  });

  it('shows the month in English words in the English interface', async () => {
    renderWithProviders(<PeriodPicker value={{ year: 2023, month: 5 }} onChange={() => undefined} />, {
      language: 'en',
    });
    const sections = within(await screen.findByRole('group', { name: 'Period' })).getAllByRole('spinbutton');
    expect(sections.map((section) => section.textContent)).toEqual(['May', '2023']);
  });
});
