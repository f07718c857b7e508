import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatYearMonth } from '@lagesbild/types';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadError, Loading } from '../components/QueryState';
import { toChartRows } from '../features/economy/chart-rows';
import { BusinessAreaResultTable } from '../features/economy/components/BusinessAreaResultTable';
import { FinancialChart } from '../features/economy/components/FinancialChart';
import { FinancialTable } from '../features/economy/components/FinancialTable';
import {
  BUSINESS_AREA_FIGURES_WITH_BUDGET,
  businessAreaResultsExportTable,
  financialLinesExportTable,
} from '../features/economy/economy-columns';
import { ExportButtons } from '../features/export/components/ExportButtons';
import { RoundForecastsSection } from '../features/forecasts/components/RoundForecastsSection';
import { YearEndProjectionSection } from '../features/forecasts/components/YearEndProjectionSection';
import { useViewParams } from '../features/view-params/useViewParams';
import { graphql } from '../generated';
import { formatPeriodLabel } from '../i18n/format';

// Financial lines and business area results have no id, so the cache cannot hand them to a
// component's useFragment: the tables' fragments are spread unmasked and passed down as data
// (the exports write the same columns). The page reads only what it selects beside them.
export const EconomyPage_Query = graphql(`
  query EconomyPage_Query($orgUnitCode: String!, $upTo: MonthInput!) {
    economy(orgUnitCode: $orgUnitCode, upTo: $upTo) {
      orgUnit {
        id
        name
      }
      lines {
        indicator {
          id
          code
          name
        }
        outcomeToDate
        budgetToDate
        ...FinancialTable_line @unmask
      }
      businessAreaResults {
        ...BusinessAreaResultTable_row @unmask
      }
    }
  }
`);

/** The URL parameter naming the financial line whose forecast by round is open. */
const FORECASTS_PARAM = 'prognoser';

/**
 * Ekonomi: the unit's financial lines to date and for the year, each line's forecast by round
 * on request, and the result per business area.
 */
export function EconomyPage() {
  const { t, i18n } = useTranslation();
  const { orgUnitCode, period } = useViewParams();
  const [search, setSearch] = useSearchParams();
  const shownForecastsOf = search.get(FORECASTS_PARAM);
  const { data, loading, error, refetch } = useQuery(EconomyPage_Query, { variables: { orgUnitCode, upTo: period } });
  const economy = data?.economy;
  const periodLabel = formatPeriodLabel(formatYearMonth(period), i18n.language);
  const hasFigures = economy?.lines.some((line) => line.outcomeToDate != null || line.budgetToDate != null) ?? false;
  const forecastLine = economy?.lines.find((line) => line.indicator.id === shownForecastsOf);
  const forecastsRef = useRef<HTMLDivElement>(null);
  const forecastLineId = forecastLine?.indicator.id;
  // The forecasts open below the table: bring them into view and put the focus on them.
  useEffect(() => {
    if (!forecastLineId) return;
    forecastsRef.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
    forecastsRef.current?.focus({ preventScroll: true });
  }, [forecastLineId]);
  const toggleForecasts = (indicatorId: string) =>
    setSearch((current) => {
      const next = new URLSearchParams(current);
      if (current.get(FORECASTS_PARAM) === indicatorId) next.delete(FORECASTS_PARAM);
      else next.set(FORECASTS_PARAM, indicatorId);
      return next;
    });

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('economy.title')}
      </Typography>
      {loading && !data && <Loading />}
      {error && <LoadError onRetry={() => void refetch()} />}
      {data && !economy && <Alert severity="info">{t('pickers.unknownUnit')}</Alert>}
      {economy && (
        <Stack spacing={4}>
          <Typography color="text.secondary">
            {t('economy.intro', { unit: economy.orgUnit.name, period: periodLabel })}
          </Typography>
          {!hasFigures && (
            <Alert severity="info">{t('economy.noFigures', { unit: economy.orgUnit.name, period: periodLabel })}</Alert>
          )}
          {hasFigures && (
            <section aria-labelledby="economy-lines">
              <Typography variant="h5" component="h2" id="economy-lines" gutterBottom>
                {t('economy.linesTitle')}
              </Typography>
              <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
                <FinancialChart
                  rows={toChartRows(economy.lines)}
                  description={t('economy.chartDescription', { period: periodLabel })}
                />
              </Paper>
              <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
                <FinancialTable
                  caption={t('economy.linesTitle')}
                  lines={economy.lines}
                  shownForecastsOf={forecastLine?.indicator.id ?? null}
                  onToggleForecasts={(line) => toggleForecasts(line.indicator.id)}
                />
              </Paper>
              <ExportButtons
                table={() =>
                  financialLinesExportTable(
                    `${t('economy.linesTitle')} ${economy.orgUnit.name} ${periodLabel}`,
                    economy.lines,
                    t,
                  )
                }
              />
            </section>
          )}
          {hasFigures && forecastLine && (
            <Stack ref={forecastsRef} tabIndex={-1} spacing={2} sx={{ outline: 'none' }}>
              <YearEndProjectionSection
                indicatorId={forecastLine.indicator.id}
                unit={forecastLine.indicator.unit}
                upTo={period}
                title={t('economy.projectionTitle', { line: forecastLine.indicator.name, year: period.year })}
              />
              <RoundForecastsSection
                indicatorId={forecastLine.indicator.id}
                indicatorName={forecastLine.indicator.name}
                year={period.year}
                unit={forecastLine.indicator.unit}
                title={t('economy.roundForecastsTitle', { line: forecastLine.indicator.name, year: period.year })}
                explainWhenEmpty
              />
            </Stack>
          )}
          {economy.businessAreaResults.length > 0 && (
            <section aria-labelledby="economy-areas">
              <Typography variant="h5" component="h2" id="economy-areas" gutterBottom>
                {t('economy.businessAreasTitle')}
              </Typography>
              <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
                <BusinessAreaResultTable
                  caption={t('economy.businessAreasTitle')}
                  rows={economy.businessAreaResults}
                  figures={BUSINESS_AREA_FIGURES_WITH_BUDGET}
                />
              </Paper>
              <ExportButtons
                table={() =>
                  businessAreaResultsExportTable(
                    `${t('economy.businessAreasTitle')} ${economy.orgUnit.name} ${periodLabel}`,
                    economy.businessAreaResults,
                    t,
                    BUSINESS_AREA_FIGURES_WITH_BUDGET,
                  )
                }
              />
            </section>
          )}
        </Stack>
      )}
    </>
  );
}
