import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatYearMonth } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../components/QueryState';
import { toChartRows } from '../features/economy/chart-rows';
import { BusinessAreaResultTable } from '../features/economy/components/BusinessAreaResultTable';
import { FinancialChart } from '../features/economy/components/FinancialChart';
import { FinancialTable } from '../features/economy/components/FinancialTable';
import { businessAreaResultsExportTable, financialLinesExportTable } from '../features/economy/economy-columns';
import { ExportButtons } from '../features/export/components/ExportButtons';
import { useViewParams } from '../features/view-params/useViewParams';
import { graphql } from '../generated';
import { formatPeriodLabel } from '../i18n/format';

const EconomyPage_Query = graphql(`
  query EconomyPage_Query($orgUnitCode: String!, $upTo: MonthInput!) {
    economy(orgUnitCode: $orgUnitCode, upTo: $upTo) {
      orgUnit {
        id
        name
      }
      lines {
        ...FinancialTable_line
      }
      businessAreaResults {
        ...BusinessAreaResultTable_row
      }
    }
  }
`);

/** Ekonomi: the unit's financial lines to date and for the year, and the result per business area. */
export function EconomyPage() {
  const { t, i18n } = useTranslation();
  const { orgUnitCode, period } = useViewParams();
  const { data, loading, error, refetch } = useQuery(EconomyPage_Query, { variables: { orgUnitCode, upTo: period } });
  const economy = data?.economy;
  const periodLabel = formatPeriodLabel(formatYearMonth(period), i18n.language);
  const hasFigures = economy?.lines.some((line) => line.outcomeToDate != null || line.budgetToDate != null) ?? false;

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
                <FinancialTable caption={t('economy.linesTitle')} lines={economy.lines} />
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
          {economy.businessAreaResults.length > 0 && (
            <section aria-labelledby="economy-areas">
              <Typography variant="h5" component="h2" id="economy-areas" gutterBottom>
                {t('economy.businessAreasTitle')}
              </Typography>
              <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
                <BusinessAreaResultTable caption={t('economy.businessAreasTitle')} rows={economy.businessAreaResults} />
              </Paper>
              <ExportButtons
                table={() =>
                  businessAreaResultsExportTable(
                    `${t('economy.businessAreasTitle')} ${economy.orgUnit.name} ${periodLabel}`,
                    economy.businessAreaResults,
                    t,
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
