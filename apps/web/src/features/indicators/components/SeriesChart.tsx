import { useTheme } from '@mui/material/styles';
import type { IndicatorUnit } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber, formatPeriodLabel } from '../../../i18n/format';
import type { IndicatorSeries_PointFragment } from '../../../generated/graphql';

export interface SeriesChartProps {
  points: readonly IndicatorSeries_PointFragment[];
  unit: IndicatorUnit;
  /** What the chart shows, for screen readers; the table view holds the same figures. */
  description: string;
}

/** Outcome, target and the same period a year earlier; generated points drawn hollow. */
export function SeriesChart({ points, unit, description }: SeriesChartProps) {
  const { t, i18n } = useTranslation();
  const theme = useTheme();
  const format = (value: unknown) => (typeof value === 'number' ? formatNumber(value, unit, i18n.language) : '');
  return (
    <figure role="figure" aria-label={description} style={{ margin: 0 }}>
      <ResponsiveContainer width="100%" height={340}>
        <LineChart data={[...points]} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="period"
            tickFormatter={(period: string) => formatPeriodLabel(period, i18n.language)}
            minTickGap={16}
          />
          <YAxis tickFormatter={format} width={90} />
          <Tooltip
            formatter={format}
            labelFormatter={(period) => (typeof period === 'string' ? formatPeriodLabel(period, i18n.language) : '')}
          />
          <Legend />
          <Line
            type="monotone"
            dataKey="outcome"
            name={t('indicator.outcome')}
            stroke={theme.palette.primary.main}
            strokeWidth={2}
            connectNulls
            isAnimationActive={false}
            dot={(props: { cx?: number; cy?: number; payload?: IndicatorSeries_PointFragment; index?: number }) =>
              props.payload?.outcome == null ? (
                <g key={props.index} />
              ) : (
                <circle
                  key={props.index}
                  cx={props.cx}
                  cy={props.cy}
                  r={3.5}
                  stroke={theme.palette.primary.main}
                  fill={props.payload.isSynthetic ? theme.palette.background.paper : theme.palette.primary.main}
                />
              )
            }
          />
          <Line
            type="stepAfter"
            dataKey="target"
            name={t('indicator.target')}
            stroke={theme.palette.success.dark}
            strokeDasharray="6 4"
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
          <Line
            type="monotone"
            dataKey="previousYearOutcome"
            name={t('indicator.previousYear')}
            stroke={theme.palette.grey[500]}
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
