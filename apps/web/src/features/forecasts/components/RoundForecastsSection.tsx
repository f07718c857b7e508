import { useQuery } from '@apollo/client/react';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import type { IndicatorUnit } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { graphql } from '../../../generated';
import { ExportButtons } from '../../export/components/ExportButtons';
import { RoundForecastsChart } from './RoundForecastsChart';
import { RoundForecastsTable } from './RoundForecastsTable';

export const RoundForecastsSection_Query = graphql(`
  query RoundForecastsSection_Query($id: ID!, $year: Int!) {
    indicator(id: $id) {
      id
      roundForecasts(year: $year) {
        round {
          id
          name
          asOf
          status
        }
        fullYearForecast
        carriedOver
        changeFromPrevious
        comment
      }
    }
  }
`);

export interface RoundForecastsSectionProps {
  indicatorId: string;
  indicatorName: string;
  year: number;
  unit: IndicatorUnit;
  /** The section's title; the year's forecast by round unless given. */
  title?: string;
  /** Say so when the year has no rounds, rather than showing nothing (where the user asked for them). */
  explainWhenEmpty?: boolean;
}

/**
 * How the full-year forecast moved through the year's forecast rounds (March, May, August):
 * a chart and a table of the same figures, each round's change from the one before and why.
 * Nothing is shown for a year without rounds.
 */
export function RoundForecastsSection({
  indicatorId,
  indicatorName,
  year,
  unit,
  title,
  explainWhenEmpty = false,
}: RoundForecastsSectionProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('table');
  const { data, loading, error, refetch } = useQuery(RoundForecastsSection_Query, {
    variables: { id: indicatorId, year },
  });
  if (loading && !data) return <Loading />;
  if (error) return <LoadError onRetry={() => void refetch()} />;
  const rows = data?.indicator?.roundForecasts ?? [];
  const heading = title ?? t('forecasts.title', { year });
  if (rows.length === 0) {
    return explainWhenEmpty ? (
      <SectionCard id="round-forecasts" title={heading}>
        <Typography sx={{ mt: 1 }} color="text.secondary">
          {t('forecasts.noRounds', { year })}
        </Typography>
      </SectionCard>
    ) : null;
  }
  const anyFigure = rows.some((row) => row.fullYearForecast !== null);
  const open = rows.find((row) => row.round.status === 'OPEN');

  return (
    <SectionCard id="round-forecasts" title={heading}>
      <Stack
        direction="row"
        spacing={2}
        sx={{ alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', rowGap: 1 }}
      >
        <Typography variant="body2" color="text.secondary">
          {open ? t('forecasts.openRound', { name: open.round.name }) : t('forecasts.allClosed')}
        </Typography>
        {anyFigure && (
          <Tabs value={view} onChange={(_event, value: 'chart' | 'table') => setView(value)}>
            <Tab value="table" label={t('indicator.table')} />
            <Tab value="chart" label={t('indicator.chart')} />
          </Tabs>
        )}
      </Stack>
      {anyFigure && (
        <ExportButtons
          table={() => ({
            title: t('forecasts.tableCaption', { name: indicatorName, year }),
            columns: [
              { header: t('forecasts.round'), kind: 'text', width: 24 },
              { header: t('forecasts.asOf'), kind: 'text', width: 12 },
              { header: t('forecasts.statusLabel'), kind: 'text', width: 10 },
              { header: t('forecasts.forecast'), kind: 'number', fractionDigits: 1 },
              { header: t('forecasts.change'), kind: 'number', fractionDigits: 1 },
              { header: t('forecasts.comment'), kind: 'text', width: 60 },
            ],
            rows: rows.map((row) => [
              row.round.name,
              row.round.asOf,
              t(`forecasts.status.${row.round.status}`),
              row.fullYearForecast,
              row.changeFromPrevious,
              row.carriedOver && row.fullYearForecast != null ? t('forecasts.carriedOver') : row.comment,
            ]),
          })}
        />
      )}
      {!anyFigure ? (
        <Typography sx={{ mt: 1 }} color="text.secondary">
          {t('forecasts.none')}
        </Typography>
      ) : view === 'chart' ? (
        <RoundForecastsChart
          rows={rows}
          unit={unit}
          description={t('forecasts.chartDescription', { name: indicatorName, year })}
        />
      ) : (
        <RoundForecastsTable
          rows={rows}
          unit={unit}
          caption={t('forecasts.tableCaption', { name: indicatorName, year })}
        />
      )}
    </SectionCard>
  );
}
