import { useTheme } from '@mui/material/styles';
import type { IndicatorUnit } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../../i18n/format';
import type { RoundForecastRow } from '../round-forecast-row';

export interface RoundForecastsChartProps {
  rows: readonly RoundForecastRow[];
  unit: IndicatorUnit;
  /** What the chart shows, for screen readers; the table tab holds the same figures. */
  description: string;
}

/**
 * The full-year forecast of each round as a bar from zero, its figure above it: a change
 * between rounds looks as large as it is. A round that kept the previous figure is drawn
 * paler.
 */
export function RoundForecastsChart({ rows, unit, description }: RoundForecastsChartProps) {
  const { t, i18n } = useTranslation();
  const theme = useTheme();
  const format = (value: unknown) => (typeof value === 'number' ? formatNumber(value, unit, i18n.language) : '');
  const data = rows.map((row) => ({
    name: row.round.name,
    forecast: row.fullYearForecast ?? null,
    fill: row.carriedOver ? theme.palette.primary.light : theme.palette.primary.main,
  }));
  return (
    <figure role="figure" aria-label={description} style={{ margin: 0 }}>
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={data} margin={{ top: 24, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" />
          <YAxis tickFormatter={format} width={90} />
          <Tooltip formatter={format} />
          <Bar dataKey="forecast" name={t('forecasts.forecast')} maxBarSize={80} isAnimationActive={false}>
            <LabelList dataKey="forecast" position="top" formatter={format} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
