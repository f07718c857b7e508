import { useTheme } from '@mui/material/styles';
import type { IndicatorUnit } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber, formatPeriodLabel } from '../../../i18n/format';
import { describeSeriesContent, drawsAsMarkers, lineSegments } from '../series-rows';
import type { ComparedSeries, SeriesRow } from '../series-rows';
import { COMPARISON_STROKES, ownLineColours } from '../series-strokes';

export interface SeriesChartProps {
  rows: readonly SeriesRow[];
  compared: readonly Pick<ComparedSeries, 'orgUnit'>[];
  /** The unit the indicator belongs to, naming its own outcome line when units are compared. */
  orgUnitName: string;
  unit: IndicatorUnit;
  /** True for a volume stated year-to-date: its lines are drawn one year at a time. */
  cumulative: boolean;
  /** What the chart shows, for screen readers; the table view holds the same figures. */
  description: string;
}

/**
 * Outcome, target, full-year forecast, rolling 12 months and the same period a year earlier,
 * and the outcomes of compared units; generated points drawn hollow. Lines without a figure
 * anywhere are left out. A year-to-date line (outcome, target, a year earlier, compared units)
 * is drawn one year at a time, so a new year does not read as a fall.
 */
export function SeriesChart({ rows, compared, orgUnitName, unit, cumulative, description }: SeriesChartProps) {
  const { t, i18n } = useTranslation();
  const theme = useTheme();
  const colours = ownLineColours(theme);
  const content = describeSeriesContent(rows);
  const segments = lineSegments(rows, cumulative);
  // Only the first year's segment of a line names it in the legend.
  const legendOf = (index: number) => (index === 0 ? undefined : ('none' as const));
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
          {segments.map((segment, index) => (
            <Line
              key={`outcome-${segment.key}`}
              type="monotone"
              dataKey={(row: SeriesRow) => segment.pick(row, row.outcome)}
              name={outcomeName}
              legendType={legendOf(index)}
              stroke={colours.outcome}
              strokeWidth={2.5}
              connectNulls
              isAnimationActive={false}
              dot={(props: { cx?: number; cy?: number; payload?: SeriesRow; index?: number }) =>
                props.payload == null || segment.pick(props.payload, props.payload.outcome) == null ? (
                  <g key={props.index} />
                ) : (
                  <circle
                    key={props.index}
                    cx={props.cx}
                    cy={props.cy}
                    r={3.5}
                    stroke={colours.outcome}
                    fill={props.payload.isSynthetic ? theme.palette.background.paper : colours.outcome}
                  />
                )
              }
            />
          ))}
          {segments.map((segment, index) => (
            <Line
              key={`target-${segment.key}`}
              type="stepAfter"
              dataKey={(row: SeriesRow) => segment.pick(row, row.target)}
              name={t('indicator.target')}
              legendType={legendOf(index)}
              stroke={colours.target}
              strokeDasharray="6 4"
              // A target given for one or two periods draws no line: mark the points instead.
              dot={
                drawsAsMarkers(rows.map((row) => row.target))
                  ? { r: 4, strokeWidth: 2, strokeDasharray: '0', fill: theme.palette.background.paper }
                  : false
              }
              isAnimationActive={false}
              connectNulls
            />
          ))}
          {content.hasForecast && (
            <Line
              type="stepAfter"
              dataKey="fullYearForecast"
              name={t('indicator.forecast')}
              stroke={colours.forecast}
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
              stroke={colours.rolling12}
              dot={false}
              isAnimationActive={false}
              connectNulls
            />
          )}
          {content.hasPreviousYear &&
            segments.map((segment, index) => (
              <Line
                key={`previous-year-${segment.key}`}
                type="monotone"
                dataKey={(row: SeriesRow) => segment.pick(row, row.previousYearOutcome)}
                name={t('indicator.previousYear')}
                legendType={legendOf(index)}
                stroke={colours.previousYear}
                dot={false}
                isAnimationActive={false}
                connectNulls
              />
            ))}
          {compared.flatMap((other, comparedIndex) => {
            const stroke = COMPARISON_STROKES[comparedIndex % COMPARISON_STROKES.length]!;
            const outcomeOf = (row: SeriesRow) => row.compared[other.orgUnit.code] ?? null;
            // A unit with a figure or two draws no line: its points are marked instead.
            const marked = drawsAsMarkers(rows.map(outcomeOf));
            return segments.map((segment, index) => (
              <Line
                key={`${other.orgUnit.code}-${segment.key}`}
                type="monotone"
                dataKey={(row: SeriesRow) => segment.pick(row, outcomeOf(row))}
                name={`${t('indicator.outcome')}, ${other.orgUnit.name}`}
                legendType={legendOf(index)}
                stroke={stroke.colour}
                strokeDasharray={stroke.dash}
                strokeWidth={2}
                dot={marked ? { r: 4, strokeWidth: 2, strokeDasharray: '0', fill: stroke.colour } : false}
                isAnimationActive={false}
                connectNulls
              />
            ));
          })}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
