import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { Periodicity } from '@lagesbild/types';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams, useSearchParams } from 'react-router';
import { ROUTES } from '../app/routes';
import { LoadError, Loading } from '../components/QueryState';
import { RoundForecastsSection } from '../features/forecasts/components/RoundForecastsSection';
import { YearEndProjectionSection } from '../features/forecasts/components/YearEndProjectionSection';
import { SeriesChart } from '../features/indicators/components/SeriesChart';
import { SeriesTable } from '../features/indicators/components/SeriesTable';
import { ThresholdHistorySection } from '../features/indicators/components/ThresholdHistorySection';
import { UnitComparisonPicker } from '../features/indicators/components/UnitComparisonPicker';
import { toSeriesRows } from '../features/indicators/series-rows';
import { useViewParams } from '../features/view-params/useViewParams';
import { graphql } from '../generated';

// The series' points have no id and are turned into rows by series-rows.ts, not read by a
// component's useFragment: their fragment is spread unmasked (@unmask).
export const IndicatorPage_Query = graphql(`
  query IndicatorPage_Query(
    $id: ID!
    $granularity: Periodicity!
    $fromYear: Int!
    $toYear: Int!
    $compareWith: [String!]!
  ) {
    indicator(id: $id) {
      id
      name
      description
      unit
      periodicity
      canSetStatus
      cumulative
      levelAggregation
      orgUnit {
        id
        name
      }
      ...ThresholdHistorySection_indicator
      series(granularity: $granularity, fromYear: $fromYear, toYear: $toYear) {
        ...IndicatorSeries_point @unmask
      }
      comparable: sameInOtherUnits {
        id
        orgUnit {
          id
          code
          name
        }
      }
      compared: sameInOtherUnits(orgUnitCodes: $compareWith) {
        id
        orgUnit {
          id
          code
          name
        }
        series(granularity: $granularity, fromYear: $fromYear, toYear: $toYear) {
          period
          outcome
        }
      }
    }
  }
`);

const GRANULARITIES: Periodicity[] = ['MONTH', 'TERTIAL', 'YEAR'];
/** Years shown: the viewed year and the ones before it. */
const YEARS_SHOWN = { MONTH: 2, TERTIAL: 3, YEAR: 5 } as const;

/** An indicator's trend: outcome against target and last year, as a chart or the same as a table. */
export function IndicatorPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { period } = useViewParams();
  const [search, setSearch] = useSearchParams();
  const granularity = (GRANULARITIES as string[]).includes(search.get('niva') ?? '')
    ? (search.get('niva') as Periodicity)
    : 'MONTH';
  const view = search.get('visa') === 'tabell' ? 'table' : 'chart';
  const compareWith = (search.get('jamfor') ?? '').split(',').filter(Boolean);
  const setParam = (name: string, value: string) =>
    setSearch((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    });
  const { data, previousData, loading, error, refetch } = useQuery(IndicatorPage_Query, {
    variables: {
      id,
      granularity,
      fromYear: period.year - YEARS_SHOWN[granularity] + 1,
      toYear: period.year,
      compareWith,
    },
  });
  // Keep the page while a new granularity or comparison loads, instead of flashing a spinner.
  const indicator = (data ?? previousData)?.indicator;
  const rows = indicator ? toSeriesRows(indicator.series, indicator.compared) : [];
  // Opened without a chosen granularity, a yearly or tertial indicator is shown at its own
  // periodicity: its months are empty, so a month chart would be blank.
  const ownPeriodicity = data?.indicator?.periodicity;
  const hasChosenGranularity = search.has('niva');
  useEffect(() => {
    if (!hasChosenGranularity && ownPeriodicity && ownPeriodicity !== 'MONTH') {
      setSearch(
        (current) => {
          const next = new URLSearchParams(current);
          next.set('niva', ownPeriodicity);
          return next;
        },
        { replace: true },
      );
    }
  }, [hasChosenGranularity, ownPeriodicity, setSearch]);

  return (
    <>
      <Link component={RouterLink} to={{ pathname: ROUTES.goals, search: `?${search.toString()}` }}>
        {t('indicator.back')}
      </Link>
      {loading && !indicator && <Loading />}
      {error && <LoadError onRetry={() => void refetch()} />}
      {data && !indicator && <Alert severity="info">{t('indicator.notFound')}</Alert>}
      {indicator && (
        <Stack spacing={2} sx={{ mt: 1 }}>
          <div>
            <Typography variant="h4" component="h1">
              {indicator.name}
            </Typography>
            <Typography color="text.secondary">
              {indicator.orgUnit.name} · {t(`periodicity.${indicator.periodicity}`)}
              {indicator.cumulative ? ` · ${t('indicator.cumulative')}` : ''}
            </Typography>
            {indicator.description && <Typography sx={{ mt: 1 }}>{indicator.description}</Typography>}
          </div>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
            <ToggleButtonGroup
              exclusive
              size="small"
              value={granularity}
              aria-label={t('indicator.granularity')}
              onChange={(_event, value: Periodicity | null) => value && setParam('niva', value)}
            >
              {GRANULARITIES.map((option) => (
                <ToggleButton key={option} value={option}>
                  {t(`periodicity.${option}`)}
                </ToggleButton>
              ))}
            </ToggleButtonGroup>
            {indicator.comparable.length > 0 && (
              <UnitComparisonPicker
                units={indicator.comparable.map((other) => other.orgUnit)}
                chosenCodes={compareWith}
                onChange={(codes) => setParam('jamfor', codes.join(','))}
              />
            )}
            <Tabs
              value={view}
              onChange={(_event, value: string) => setParam('visa', value === 'table' ? 'tabell' : 'diagram')}
            >
              <Tab value="chart" label={t('indicator.chart')} />
              <Tab value="table" label={t('indicator.table')} />
            </Tabs>
          </Stack>
          <Paper variant="outlined" sx={{ p: view === 'chart' ? 2 : 0, overflowX: 'auto' }}>
            {view === 'chart' ? (
              <SeriesChart
                rows={rows}
                compared={indicator.compared}
                orgUnitName={indicator.orgUnit.name}
                unit={indicator.unit}
                // Whole years are whole years: only periods within a year restart each January.
                cumulative={indicator.cumulative && granularity !== 'YEAR'}
                description={t('indicator.chartDescription', { name: indicator.name })}
              />
            ) : (
              <SeriesTable
                caption={indicator.name}
                rows={rows}
                compared={indicator.compared}
                unit={indicator.unit}
                // A status is set on a saved value: only the indicator's own periods have them.
                statusEditing={
                  indicator.canSetStatus && granularity === indicator.periodicity
                    ? { indicatorId: indicator.id }
                    : undefined
                }
              />
            )}
          </Paper>
          {indicator.cumulative ? (
            <Typography variant="body2" color="text.secondary">
              {t('indicator.cumulativeHint')}
            </Typography>
          ) : (
            granularity !== indicator.periodicity && (
              <Typography variant="body2" color="text.secondary">
                {t(`indicator.levelHint.${indicator.levelAggregation}`)}
              </Typography>
            )
          )}
          <ThresholdHistorySection indicator={indicator} />
          <YearEndProjectionSection indicatorId={indicator.id} unit={indicator.unit} upTo={period} />
          <RoundForecastsSection
            indicatorId={indicator.id}
            indicatorName={indicator.name}
            year={period.year}
            unit={indicator.unit}
          />
        </Stack>
      )}
    </>
  );
}
