import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../../i18n/format';
import type { FinancialChartRow } from '../chart-rows';

export interface FinancialChartProps {
  rows: readonly FinancialChartRow[];
  /** Says what the chart shows, for screen readers; the table beside it holds the same figures. */
  description: string;
}

/** Outcome against budget to date per cost line, as horizontal bar pairs. */
export function FinancialChart({ rows, description }: FinancialChartProps) {
  const { t, i18n } = useTranslation();
  const theme = useTheme();
  const narrow = useMediaQuery(theme.breakpoints.down('sm'));
  const format = (value: unknown) => (typeof value === 'number' ? formatNumber(value, 'TKR', i18n.language) : '');
  return (
    <figure role="figure" aria-label={description} style={{ margin: 0 }}>
      <ResponsiveContainer width="100%" height={60 + rows.length * 56}>
        <BarChart data={[...rows]} layout="vertical" margin={{ left: narrow ? 0 : 24, right: 24 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={format} />
          <YAxis type="category" dataKey="name" width={narrow ? 110 : 220} tick={{ fontSize: narrow ? 11 : 14 }} />
          <Tooltip formatter={format} />
          <Legend />
          <Bar
            dataKey="outcome"
            name={t('economy.outcomeToDate')}
            fill={theme.palette.primary.main}
            isAnimationActive={false}
          />
          <Bar
            dataKey="budget"
            name={t('economy.budgetToDate')}
            fill={theme.palette.grey[500]}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
