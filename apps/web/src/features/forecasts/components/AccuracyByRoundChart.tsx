import { useTheme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatShare } from '../../../i18n/format';
import type { AccuracySummaryRow } from '../accuracy-rows';

export interface AccuracyByRoundChartProps {
  rows: readonly AccuracySummaryRow[];
  /** What the chart shows, for screen readers; the table tab holds the same figures. */
  description: string;
}

/** The mean absolute percentage error of each round as a bar from zero: lower is better. */
export function AccuracyByRoundChart({ rows, description }: AccuracyByRoundChartProps) {
  const { t, i18n } = useTranslation();
  const theme = useTheme();
  const format = (value: unknown) => (typeof value === 'number' ? formatShare(value, i18n.language) : '');
  const data = rows.map((row) => ({ name: row.label, error: row.meanAbsolutePercentageError ?? null }));
  return (
    <figure role="figure" aria-label={description} style={{ margin: 0 }}>
      <ResponsiveContainer width="100%" height={240}>
        <BarChart data={data} margin={{ top: 24, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" />
          <YAxis
            // Recharts may put ticks between whole percentages (1,5 %): keep their decimal rather than round it away.
            tickFormatter={(value: number) =>
              formatShare(value, i18n.language, Number.isInteger(Math.round(value * 1000) / 10) ? 0 : 1)
            }
            width={64}
          />
          <Tooltip formatter={format} />
          <Bar
            dataKey="error"
            name={t('accuracy.meanAbsolutePercentageError')}
            fill={theme.palette.primary.main}
            maxBarSize={80}
            isAnimationActive={false}
          >
            <LabelList dataKey="error" position="top" formatter={format} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
