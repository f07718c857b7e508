import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render-with-providers';
import { RoundForecastsTable } from './RoundForecastsTable';

const round = (id: string, name: string, asOf: string, status: 'OPEN' | 'CLOSED') => ({ id, name, asOf, status });

describe('the forecast by round table', () => {
  it('shows each round with its forecast, the change from the round before and why, in Swedish formats', () => {
    renderWithProviders(
      <RoundForecastsTable
        caption="Verksamhetens kostnader per prognosomgång"
        unit="TKR"
        rows={[
          {
            round: round('1', 'Prognos mars 2023', '2023-03-31', 'CLOSED'),
            fullYearForecast: 1389802,
            carriedOver: false,
            changeFromPrevious: null,
            comment: 'Ca 60 miljoner kronor under budget.',
          },
          {
            round: round('2', 'Prognos maj 2023', '2023-05-31', 'CLOSED'),
            fullYearForecast: 1396706,
            carriedOver: false,
            changeFromPrevious: 6904,
            comment: 'Digitala navet.',
          },
          {
            round: round('3', 'Prognos augusti 2023', '2023-08-31', 'OPEN'),
            fullYearForecast: 1396706,
            carriedOver: true,
            changeFromPrevious: 0,
            comment: null,
          },
        ]}
      />,
    );
    const rows = within(screen.getByRole('table', { name: 'Verksamhetens kostnader per prognosomgång' })).getAllByRole(
      'row',
    );
    const texts = rows.map((row) => row.textContent?.replace(/\s/g, ' '));
    expect(texts[1]).toBe('Prognos mars 20232023-03-31Stängd1 389 802 tkr–Ca 60 miljoner kronor under budget.');
    expect(texts[2]).toBe('Prognos maj 20232023-05-31Stängd1 396 706 tkr+6 904Digitala navet.');
    expect(texts[3]).toBe('Prognos augusti 20232023-08-31Öppen1 396 706 tkr±0Oförändrad sedan föregående omgång.');
  });

  it('writes a decrease with a minus sign', () => {
    renderWithProviders(
      <RoundForecastsTable
        caption="Årsarbetare"
        unit="FTE"
        rows={[
          {
            round: round('1', 'Prognos maj 2023', '2023-05-31', 'OPEN'),
            fullYearForecast: 660.49,
            carriedOver: false,
            changeFromPrevious: -96.49,
            comment: null,
          },
        ]}
      />,
    );
    expect(screen.getByText('−96,5')).toBeInTheDocument();
  });
});
