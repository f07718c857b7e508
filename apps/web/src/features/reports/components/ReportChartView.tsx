import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import type { IndicatorUnit } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatNumber } from '../../../i18n/format';
import { MARK_SYMBOLS, MarkNotes, MarkedFigure } from './FigureMarks';
import { ReportTable } from './ReportTable';

export interface ReportChartData {
  title: string;
  kind: 'BAR' | 'LINE';
  unit: IndicatorUnit;
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  /** Categories whose figures include a generated value: marked in the chart and its table. */
  generatedCategories: string[];
}

export interface ReportChartViewProps {
  chart: ReportChartData;
  headingId: string;
}

/** A chart of a report with its figures beside it as a table (the table view every chart has). */
export function ReportChartView({ chart, headingId }: ReportChartViewProps) {
  const { t, i18n } = useTranslation();
  const theme = useTheme();
  const colours = [theme.palette.grey[500], theme.palette.primary.main, theme.palette.secondary.main];
  const format = (value: unknown) => (typeof value === 'number' ? formatNumber(value, chart.unit, i18n.language) : '');
  const isGenerated = (category: string) => chart.generatedCategories.includes(category);
  const data = chart.categories.map((category, index) => ({
    // The axis shows the mark as the printed chart does; the table below says it in words.
    category: isGenerated(category) ? `${category}\u00a0${MARK_SYMBOLS.GENERATED}` : category,
    ...Object.fromEntries(chart.series.map((series, seriesIndex) => [`s${seriesIndex}`, series.values[index]])),
  }));
  const Chart = chart.kind === 'BAR' ? BarChart : LineChart;
  return (
    <section aria-labelledby={headingId}>
      <Typography variant="subtitle1" component="h4" id={headingId} sx={{ fontWeight: 600 }}>
        {chart.title}
      </Typography>
      <figure role="figure" aria-label={chart.title} style={{ margin: 0 }}>
        <ResponsiveContainer width="100%" height={80 + chart.categories.length * 48}>
          <Chart data={data} layout="vertical" margin={{ left: 8, right: 24 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" tickFormatter={format} />
            <YAxis type="category" dataKey="category" width={170} tick={{ fontSize: 12 }} />
            <Tooltip formatter={format} />
            <Legend />
            {chart.series.map((series, index) =>
              chart.kind === 'BAR' ? (
                <Bar
                  key={series.name}
                  dataKey={`s${index}`}
                  name={series.name}
                  fill={colours[index % colours.length]}
                  isAnimationActive={false}
                />
              ) : (
                <Line
                  key={series.name}
                  dataKey={`s${index}`}
                  name={series.name}
                  stroke={colours[index % colours.length]}
                  isAnimationActive={false}
                />
              ),
            )}
          </Chart>
        </ResponsiveContainer>
      </figure>
      <ReportTable
        caption={`${t('reports.chartTable')}: ${chart.title}`}
        rowKey={(row) => row}
        rows={chart.categories}
        notes={<MarkNotes marks={chart.categories.map((category) => isGenerated(category) && 'GENERATED')} />}
        columns={[
          {
            heading: t('reports.name'),
            cell: (category) => <MarkedFigure mark={isGenerated(category) && 'GENERATED'}>{category}</MarkedFigure>,
          },
          ...chart.series.map((series) => ({
            heading: series.name,
            numeric: true,
            cell: (category: string) => format(series.values[chart.categories.indexOf(category)]),
          })),
        ]}
      />
    </section>
  );
}
