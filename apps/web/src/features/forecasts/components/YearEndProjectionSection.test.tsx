import { MockedProvider } from '@apollo/client/testing/react';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render-with-providers';
import { YearEndProjectionSection, YearEndProjectionSection_Query } from './YearEndProjectionSection';

const UP_TO = { year: 2023, month: 5 };

function renderProjection(projection: Record<string, unknown> | null, unit: 'TKR' | 'PERCENT' = 'TKR') {
  renderWithProviders(
    <MockedProvider
      mocks={[
        {
          request: { query: YearEndProjectionSection_Query, variables: { id: '7', upTo: UP_TO } },
          result: {
            data: {
              indicator: {
                __typename: 'Indicator',
                id: '7',
                yearEndProjection: projection && { __typename: 'YearEndProjection', ...projection },
              },
            },
          },
        },
      ]}
    >
      <YearEndProjectionSection indicatorId="7" unit={unit} upTo={UP_TO} />
    </MockedProvider>,
  );
}

const plain = (text: string | null) => text?.replace(/\u00a0/g, ' ');

describe('the statistical projection beside the forecast', () => {
  it('flags a projection further from the forecast than the tolerance, and says how it was made', async () => {
    renderProjection({
      projectedOutcome: 1562.5,
      method: 'SEASONAL_PROFILE',
      basedOnMonth: 5,
      lastYearShare: 0.32,
      humanForecast: 1300,
      difference: 262.5,
      relativeDifference: 0.201923,
      differsFromForecast: true,
      tolerance: 0.1,
      usesGeneratedValues: true,
    });
    const warning = await screen.findByRole('alert');
    expect(plain(warning.textContent)).toContain('skiljer sig mer än 10 % från den inmatade');
    expect(plain(screen.getByText(/^Metod: säsongsprofil/).textContent)).toBe(
      'Metod: säsongsprofil. Utfallet ackumulerat till och med maj 2023 delas med den andel av förra årets helårsutfall som var nådd vid samma månad (32,0 %).',
    );
    expect(plain(screen.getByText(/^\+263/).textContent)).toBe('+263 (+20,2 %)');
    expect(plain(screen.getByText(/^1 563/).textContent)).toBe('1 563 tkr');
    expect(screen.getByText(/bygger delvis på genererade värden/)).toBeInTheDocument();
  });

  it('does not flag against a forecast of zero, and says why', async () => {
    renderProjection({
      projectedOutcome: 40000,
      method: 'STRAIGHT_PACE',
      basedOnMonth: 5,
      lastYearShare: null,
      humanForecast: 0,
      difference: 40000,
      relativeDifference: null,
      differsFromForecast: false,
      tolerance: 0.1,
      usesGeneratedValues: false,
    });
    expect((await screen.findByRole('alert')).textContent).toContain('Den inmatade prognosen är 0');
    expect(screen.getByText(/^Metod: rak takt/).textContent).toContain('× 12 ÷ 5');
    expect(screen.queryByText(/genererade värden/)).not.toBeInTheDocument();
  });

  it('says there is nothing to project from before the first outcome', async () => {
    renderProjection(null, 'PERCENT');
    expect(
      await screen.findByText(
        'Det finns inget utfall för året till och med maj 2023 att räkna fram en statistisk prognos från.',
      ),
    ).toBeInTheDocument();
  });
});
