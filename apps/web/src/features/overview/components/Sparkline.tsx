import { Line, LineChart, ResponsiveContainer } from 'recharts';

export interface SparklineProps {
  values: readonly (number | null)[];
  colour: string;
}

/** The shape of a series, without axes or figures: decoration beside figures shown as text. */
export function Sparkline({ values, colour }: SparklineProps) {
  return (
    <ResponsiveContainer width="100%" height={40}>
      {/* No accessibility layer: it makes the chart focusable, and a hidden element must not take focus. */}
      <LineChart data={values.map((outcome, index) => ({ index, outcome }))} accessibilityLayer={false} tabIndex={-1}>
        <Line
          type="monotone"
          dataKey="outcome"
          stroke={colour}
          strokeWidth={2}
          dot={false}
          connectNulls
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
