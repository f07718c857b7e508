import { useTheme } from '@mui/material/styles';
import type { IndicatorUnit } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber, formatPeriodLabel } from '../../../i18n/format';
import { describeSeriesContent } from '../series-rows';
import type { ComparedSeries, SeriesRow } from '../series-rows';

/** Compared units: colour-blind-safe hues (Okabe–Ito), each with its own dash so colour is not the only cue. */
const COMPARISON_STROKES = [
  { colour: '#0072b2', dash: '8 3' },
  { colour: '#d55e00', dash: '2 3' },
  { colour: '#cc79a7', dash: '12 3 2 3' },
  { colour: '#009e73', dash: '4 2' },
  { colour: '#e69f00', dash: '1 2' },
  { colour: '#56b4e9', dash: '10 2 2 2 2 2' },
  { colour: '#000000', dash: '6 6' },
  { colour: '#999933', dash: '3 6' },
];

export interface SeriesChartProps {
  rows: readonly SeriesRow[];
  compared: readonly Pick<ComparedSeries, 'orgUnit'>[];
  /** The unit the indicator belongs to, naming its own outcome line when units are compared. */
  orgUnitName: string;
  unit: IndicatorUnit;
  /** What the chart shows, for screen readers; the table view holds the same figures. */
  description: string;
}

/**
 * Outcome, target, full-year forecast, rolling 12 months and the same period a year earlier,
 * and the outcomes of compared units; generated points drawn hollow. Lines without a figure
 * anywhere are left out.
 */
export function SeriesChart({ rows, compared, orgUnitName, unit, description }: SeriesChartProps) {
  const { t, i18n } = useTranslation();
  const theme = useTheme();
  const content = describeSeriesContent(rows);
  const format = (value: unknown) => (typeof value === 'number' ? formatNumber(value, unit, i18n.language) : '');
  const outcomeName = compared.length > 0 ? `${t('indicator.outcome')}, ${orgUnitName}` : t('indicator.outcome');
  return (
    <figure role="figure" aria-label={description} style={{ margin: 0 }}>
      <ResponsiveContainer width="100%" height={360}>
        <LineChart data={[...rows]} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
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
            name={outcomeName}
            stroke={theme.palette.primary.main}
            strokeWidth={2.5}
            connectNulls
            isAnimationActive={false}
            dot={(props: { cx?: number; cy?: number; payload?: SeriesRow; index?: number }) =>
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
            // A target given for one or two periods draws no line: mark the points instead.
            dot={
              rows.filter((row) => row.target != null).length <= 2
                ? { r: 4, strokeWidth: 2, strokeDasharray: '0', fill: theme.palette.background.paper }
                : false
            }
            isAnimationActive={false}
            connectNulls
          />
          {content.hasForecast && (
            <Line
              type="stepAfter"
              dataKey="fullYearForecast"
              name={t('indicator.forecast')}
              stroke={theme.palette.warning.dark}
              strokeDasharray="2 3"
              // Forecasts come in a few rounds a year, often one point: drawn as a marker.
              dot={{ r: 4, strokeWidth: 2, strokeDasharray: '0', fill: theme.palette.background.paper }}
              isAnimationActive={false}
              connectNulls
            />
          )}
          {content.hasRolling12 && (
            <Line
              type="monotone"
              dataKey="rolling12"
              name={t('indicator.rolling12')}
              stroke={theme.palette.secondary.main}
              dot={false}
              isAnimationActive={false}
              connectNulls
            />
          )}
          {content.hasPreviousYear && (
            <Line
              type="monotone"
              dataKey="previousYearOutcome"
              name={t('indicator.previousYear')}
              stroke={theme.palette.grey[500]}
              dot={false}
              isAnimationActive={false}
              connectNulls
            />
          )}
          {compared.map((other, index) => {
            const stroke = COMPARISON_STROKES[index % COMPARISON_STROKES.length]!;
            return (
              <Line
                key={other.orgUnit.code}
                type="monotone"
                dataKey={(row: SeriesRow) => row.compared[other.orgUnit.code]}
                name={`${t('indicator.outcome')}, ${other.orgUnit.name}`}
                stroke={stroke.colour}
                strokeDasharray={stroke.dash}
                strokeWidth={2}
                dot={false}
                isAnimationActive={false}
                connectNulls
              />
            );
          })}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
