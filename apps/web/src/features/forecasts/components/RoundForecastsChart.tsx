import { useTheme } from '@mui/material/styles';
import type { IndicatorUnit } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../../i18n/format';
import type { RoundForecastRow } from '../round-forecast-row';

export interface RoundForecastsChartProps {
  rows: readonly RoundForecastRow[];
  unit: IndicatorUnit;
  /** What the chart shows, for screen readers; the table tab holds the same figures. */
  description: string;
}

/** The full-year forecast round by round, as steps: a round that kept the figure is a flat step. */
export function RoundForecastsChart({ rows, unit, description }: RoundForecastsChartProps) {
  const { t, i18n } = useTranslation();
  const theme = useTheme();
  const format = (value: unknown) => (typeof value === 'number' ? formatNumber(value, unit, i18n.language) : '');
  const data = rows.map((row) => ({ name: row.round.name, forecast: row.fullYearForecast ?? null }));
  return (
    <figure role="figure" aria-label={description} style={{ margin: 0 }}>
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={data} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="name" />
          <YAxis tickFormatter={format} width={90} domain={['auto', 'auto']} />
          <Tooltip formatter={format} />
          <Line
            type="stepAfter"
            dataKey="forecast"
            name={t('forecasts.forecast')}
            stroke={theme.palette.primary.main}
            strokeWidth={2}
            dot={{ r: 5 }}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
