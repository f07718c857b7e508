import { fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../test/render-with-providers';
import { PeriodPicker } from './PeriodPicker';

describe('the period picker', () => {
  it('shows the chosen month and reports the month picked', () => {
    const picked: unknown[] = [];
    renderWithProviders(<PeriodPicker value={{ year: 2023, month: 5 }} onChange={(period) => picked.push(period)} />);
    const field = screen.getByLabelText('Period');
    expect(field).toHaveValue('2023-05');
    fireEvent.change(field, { target: { value: '2024-08' } });
    expect(picked).toEqual([{ year: 2024, month: 8 }]);
  });

  it('ignores a cleared or half-typed month instead of reporting a broken period', () => {
    const picked: unknown[] = [];
    renderWithProviders(<PeriodPicker value={{ year: 2023, month: 5 }} onChange={(period) => picked.push(period)} />);
    fireEvent.change(screen.getByLabelText('Period'), { target: { value: '' } });
    expect(picked).toEqual([]);
  });
});
