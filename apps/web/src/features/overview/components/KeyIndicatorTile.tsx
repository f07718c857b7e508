import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import { useTheme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { ROUTES } from '../../../app/routes';
import { StatusChip } from '../../../components/StatusChip';
import { graphql } from '../../../generated';
import type { KeyIndicatorTile_TileFragment } from '../../../generated/graphql';
import { formatFigure, formatNumber, formatPeriodLabel } from '../../../i18n/format';

// The charting library is the largest part of the app; the overview's figures do not wait for it.
const Sparkline = lazy(() => import('./Sparkline').then((module) => ({ default: module.Sparkline })));

export const KeyIndicatorTile_tile = graphql(`
  fragment KeyIndicatorTile_tile on KeyIndicator {
    indicator {
      id
      name
      unit
    }
    latest {
      id
      period
      outcome
      periodTarget
      annualTarget
      fullYearForecast
    }
    status
    isReported
    changeFromPreviousYear
    trend
  }
`);

export interface KeyIndicatorTileProps {
  tile: KeyIndicatorTile_TileFragment;
}

/** One key indicator: latest outcome, target, forecast, change from a year earlier, status and a sparkline. */
export function KeyIndicatorTile({ tile }: KeyIndicatorTileProps) {
  const { t, i18n } = useTranslation();
  const theme = useTheme();
  const { search } = useLocation();
  const { indicator, latest } = tile;
  const figure = (value: number | null | undefined) =>
    formatFigure(value, indicator.unit, t(`unit.${indicator.unit}`), i18n.language) || '–';
  const change = tile.changeFromPreviousYear;
  return (
    <Card variant="outlined" component="article" aria-labelledby={`tile-${indicator.id}`} sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="subtitle1" component="h3" id={`tile-${indicator.id}`}>
          <Link component={RouterLink} to={{ pathname: `${ROUTES.indicator}/${indicator.id}`, search }}>
            {indicator.name}
          </Link>
        </Typography>
        <Typography variant="h4" component="p">
          {figure(latest?.outcome)}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {latest ? formatPeriodLabel(latest.period, i18n.language) : t('goals.noValue')}
          {change != null &&
            ` · ${t('overview.changeFromLastYear', {
              change: `${change > 0 ? '+' : ''}${formatNumber(change, indicator.unit, i18n.language)}`,
            })}`}
        </Typography>
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {t('goals.column.target')}: {figure(latest?.periodTarget ?? latest?.annualTarget)} ·{' '}
          {t('goals.column.forecast')}: {figure(latest?.fullYearForecast)}
        </Typography>
        <div style={{ margin: '8px 0' }}>
          <StatusChip
            status={tile.status}
            label={
              tile.isReported || !latest
                ? t(tile.isReported ? `status.${tile.status}` : 'goals.notReported')
                : t('goals.notReportedSince', { period: formatPeriodLabel(latest.period, i18n.language) })
            }
          />
        </div>
        {tile.trend.length > 1 && (
          // The sparkline only shows the shape; the indicator's page holds the figures as a table.
          <div aria-hidden style={{ height: 40 }}>
            <Suspense fallback={null}>
              <Sparkline values={tile.trend} colour={theme.palette.primary.main} />
            </Suspense>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
