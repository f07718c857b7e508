import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Periodicity } from '@lagesbild/types';
import { Route, Routes } from 'react-router';
import { RoundForecastsSection_Query } from '../features/forecasts/components/RoundForecastsSection';
import { YearEndProjectionSection_Query } from '../features/forecasts/components/YearEndProjectionSection';
import { ValueStatusDialog_Query, ValueStatusDialog_Save } from '../features/indicators/components/ValueStatusDialog';
import { ViewDefaultsContext } from '../features/view-params/ViewDefaultsContext';
import { createTestClient, renderWithApollo } from '../test/render-with-apollo';
import { IndicatorPage, IndicatorPage_Query } from './IndicatorPage';

const DEFAULTS = { orgUnitCode: 'intraservice', periodOf: () => ({ year: 2023, month: 5 }) };
const REASON = 'Engångseffekt av omorganisationen i maj.';

const point = (period: string, outcome: number | null, statusOverrideReason: string | null = null) => ({
  __typename: 'SeriesPoint' as const,
  period,
  outcome,
  target: 5,
  fullYearForecast: null,
  rolling12: null,
  previousYearOutcome: null,
  isSynthetic: false,
  status: statusOverrideReason ? ('YELLOW' as const) : ('RED' as const),
  statusOverrideReason,
});

const YEARS_FROM = { MONTH: 2022, TERTIAL: 2021, YEAR: 2019 };

const thresholdSet = (
  fromMonth: string | null,
  yellowThreshold: number,
  redThreshold: number,
  changed: { at: string; by: string | null } | null,
) => ({
  __typename: 'IndicatorThresholdSet' as const,
  fromMonth,
  thresholdKind: 'RELATIVE' as const,
  yellowThreshold,
  redThreshold,
  changedAt: changed?.at ?? null,
  changedBy: changed?.by ?? null,
});

const page = (
  granularity: Periodicity,
  {
    canSetStatus = true,
    series = [point('2023-04', 5.8), point('2023-05', 5.9), point('2023-06', null)],
    thresholdHistory = [] as ReturnType<typeof thresholdSet>[],
  } = {},
) => ({
  request: {
    query: IndicatorPage_Query,
    variables: { id: '7', granularity, fromYear: YEARS_FROM[granularity], toYear: 2023, compareWith: [] },
  },
  result: {
    data: {
      indicator: {
        __typename: 'Indicator' as const,
        id: '7',
        name: 'Sjukfrånvaro',
        description: null,
        unit: 'PERCENT' as const,
        periodicity: 'MONTH' as const,
        canSetStatus,
        cumulative: false,
        levelAggregation: 'AVERAGE' as const,
        orgUnit: { __typename: 'OrgUnit' as const, id: '2', name: 'Intraservice' },
        // A tertial of a monthly indicator is made from its months, reported as they are.
        series: granularity === 'MONTH' ? series : [point('2023-T2', 5.9)],
        comparable: [],
        compared: [],
        thresholdHistory,
      },
    },
  },
});

const sections = [
  {
    request: { query: YearEndProjectionSection_Query, variables: { id: '7', upTo: { year: 2023, month: 5 } } },
    result: { data: { indicator: { __typename: 'Indicator' as const, id: '7', yearEndProjection: null } } },
  },
  {
    request: { query: RoundForecastsSection_Query, variables: { id: '7', year: 2023 } },
    result: { data: { indicator: { __typename: 'Indicator' as const, id: '7', roundForecasts: [] } } },
  },
];

function renderPage(mocks: NonNullable<Parameters<typeof createTestClient>[0]>, search = '?visa=tabell') {
  return renderWithApollo(
    <ViewDefaultsContext.Provider value={DEFAULTS}>
      <Routes>
        <Route path="/indikatorer/:id" element={<IndicatorPage />} />
      </Routes>
    </ViewDefaultsContext.Provider>,
    createTestClient([...sections, ...mocks]),
    { url: `/indikatorer/7${search}` },
  );
}

const table = () => screen.findByRole('table', { name: 'Sjukfrånvaro' });

describe('an indicator’s page, setting a status by hand', () => {
  it('offers it at the indicator’s own periodicity only, not on periods made from its months', async () => {
    renderPage([page('MONTH'), page('TERTIAL')]);
    await table();
    expect(await screen.findByRole('button', { name: 'Ändra status för maj 2023' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ändra status för juni 2023' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Tertial' }));
    await screen.findByRole('row', { name: /T2 2023|tertial 2 2023/i });
    expect(screen.queryByRole('button', { name: /^Ändra status/ })).not.toBeInTheDocument();
  });

  it('does not offer it to someone who may not set it', async () => {
    renderPage([page('MONTH', { canSetStatus: false })]);
    await within(await table()).findByRole('row', { name: /maj 2023/ });
    expect(screen.queryByRole('button', { name: /^Ändra status/ })).not.toBeInTheDocument();
  });

  it('reads the indicator again after the save, so the table shows the status set and why', async () => {
    const input = {
      indicatorId: '7',
      period: '2023-05',
      expectedVersion: 3,
      status: 'YELLOW' as const,
      reason: REASON,
    };
    const saved = {
      __typename: 'IndicatorValue' as const,
      id: '70',
      version: 4,
      status: 'YELLOW' as const,
      ruleStatus: 'RED' as const,
      statusOverride: 'YELLOW' as const,
      statusOverrideReason: REASON,
      period: '2023-05',
    };
    renderPage([
      page('MONTH'),
      {
        request: { query: ValueStatusDialog_Query, variables: { id: '7', period: '2023-05' } },
        result: {
          data: {
            indicator: {
              __typename: 'Indicator' as const,
              id: '7',
              value: { ...saved, version: 3, status: 'RED', statusOverride: null, statusOverrideReason: null },
            },
          },
        },
      },
      {
        request: { query: ValueStatusDialog_Save, variables: { input } },
        result: { data: { setIndicatorValueStatus: saved } },
      },
      page('MONTH', { series: [point('2023-04', 5.8), point('2023-05', 5.9, REASON), point('2023-06', null)] }),
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Ändra status för maj 2023' }));
    const dialog = screen.getByRole('dialog', { name: 'Ändra status för maj 2023' });
    await userEvent.click(await within(dialog).findByRole('radio', { name: 'Gul (nära målet)' }));
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Skäl' }), REASON);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Statusen för maj 2023 är satt manuellt.');
    const may = within(await table()).getByRole('row', { name: /maj 2023/ });
    expect(may).toHaveTextContent('Nära målet');
    expect(may).toHaveTextContent('Nära målet (satt manuellt)');
    expect(may).toHaveTextContent(`Skäl: ${REASON}`);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});

describe('an indicator’s page, its thresholds over time', () => {
  it('shows each set of thresholds from the month it judged, with when and by whom it changed', async () => {
    renderPage([
      page('MONTH', {
        thresholdHistory: [
          thresholdSet(null, 0, 5, null),
          thresholdSet('2023-04', 0, 3, { at: '2026-12-06T18:30:00.000Z', by: 'Ada Administratör' }),
        ],
      }),
    ]);
    const history = await screen.findByRole('table', { name: 'Tröskelvärden över tid' });
    const [header, fromStart, fromApril] = within(history).getAllByRole('row');
    expect(
      within(header!)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Gäller från och med', 'Gult / rött vid avvikelse över', 'Ändrad', 'Ändrad av']);
    expect(
      within(fromStart!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['0 % / 5 % av målet', '–', '–']);
    expect(within(fromStart!).getByRole('rowheader')).toHaveTextContent('Från start');
    expect(within(fromApril!).getByRole('rowheader')).toHaveTextContent('april 2023');
    // Swedish time, whatever the machine's zone.
    expect(
      within(fromApril!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['0 % / 3 % av målet', '2026-12-06 19:30', 'Ada Administratör']);
  });

  it('shows no such section while one set of thresholds has judged every value', async () => {
    renderPage([page('MONTH')]);
    await table();
    expect(screen.queryByRole('heading', { name: 'Tröskelvärden över tid' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Tröskelvärden över tid' })).not.toBeInTheDocument();
  });
});
