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
import { UnitFigureList } from './UnitFigureList';

// The charting library is the largest part of the app; the overview's figures do not wait for it.
const Sparkline = lazy(() => import('./Sparkline').then((module) => ({ default: module.Sparkline })));

export const KeyIndicatorTile_tile = graphql(`
  fragment KeyIndicatorTile_tile on KeyIndicator {
    indicator {
      id
      name
      unit
    }
    figures {
      period
      outcome
      periodTarget
      annualTarget
      fullYearForecast
    }
    rollup
    rolledUpFrom {
      id
      name
    }
    ...UnitFigureList_tile @unmask
    status
    statusSetByHand
    isReported
    changeFromPreviousYear
    trend
  }
`);

export interface KeyIndicatorTileProps {
  tile: KeyIndicatorTile_TileFragment;
}

/**
 * One key indicator: latest outcome, target, forecast, change from a year earlier, status and a
 * sparkline. At a unit without the indicator of its own (the city) the figures are its units'
 * rolled up, and the tile says so and of which units; a listed indicator shows each unit's figure.
 */
export function KeyIndicatorTile({ tile }: KeyIndicatorTileProps) {
  const { t, i18n } = useTranslation();
  const theme = useTheme();
  const { search } = useLocation();
  const { indicator, figures, rollup } = tile;
  const figure = (value: number | null | undefined) =>
    formatFigure(value, indicator.unit, t(`unit.${indicator.unit}`), i18n.language) || '–';
  const change = tile.changeFromPreviousYear;
  const units = tile.rolledUpFrom.map((unit) => unit.name).join(', ');
  return (
    <Card variant="outlined" component="article" aria-labelledby={`tile-${indicator.id}`} sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="subtitle1" component="h3" id={`tile-${indicator.id}`}>
          <Link component={RouterLink} to={{ pathname: `${ROUTES.indicator}/${indicator.id}`, search }}>
            {indicator.name}
          </Link>
        </Typography>
        {rollup && tile.rolledUpFrom.length > 0 && (
          // A figure computed from the units below must never pass for one someone entered.
          <Typography variant="caption" color="text.secondary" component="p">
            {t(`overview.rolledUp.${rollup}`, { count: tile.rolledUpFrom.length, units })}
          </Typography>
        )}
        {rollup === 'LIST' ? (
          <UnitFigureList tile={tile} />
        ) : (
          <>
            <Typography variant="h4" component="p">
              {figure(figures?.outcome)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {figures ? formatPeriodLabel(figures.period, i18n.language) : t('goals.noValue')}
              {change != null &&
                ` · ${t('overview.changeFromLastYear', {
                  change: `${change > 0 ? '+' : ''}${formatNumber(change, indicator.unit, i18n.language)}`,
                })}`}
            </Typography>
            <Typography variant="body2" sx={{ mt: 0.5 }}>
              {t('goals.column.target')}: {figure(figures?.periodTarget ?? figures?.annualTarget)} ·{' '}
              {t('goals.column.forecast')}: {figure(figures?.fullYearForecast)}
            </Typography>
            <div style={{ margin: '8px 0' }}>
              <StatusChip status={tile.status} label={statusLabel()} setByHand={tile.statusSetByHand} />
            </div>
          </>
        )}
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

  function statusLabel(): string {
    const hasTarget = (figures?.periodTarget ?? figures?.annualTarget) != null;
    if (
      tile.isReported &&
      rollup === 'SUM' &&
      tile.status === 'NOT_ASSESSED' &&
      figures?.outcome != null &&
      hasTarget
    ) {
      // A total with a target but no colour: one unit's absolute thresholds cannot judge it; say so.
      return t('overview.rolledUp.noStatus');
    }
    if (tile.isReported || !figures) return t(tile.isReported ? `status.${tile.status}` : 'goals.notReported');
    return t('goals.notReportedSince', { period: formatPeriodLabel(figures.period, i18n.language) });
  }
}
