import type { IndicatorsTranslations } from './sv';

export const indicatorsEn: IndicatorsTranslations = {
  indicator: {
    back: '← Back to goals and indicators',
    forecast: 'Full-year forecast',
    rolling12: 'Rolling 12 months',
    compareWith: 'Compare with',
    compareHint: 'Choose units',
    levelHint: {
      LATEST: "A tertial or year without a value of its own shows its latest month's level.",
      AVERAGE: 'A tertial or year without a value of its own shows the average of its months.',
    },
    notFound: 'The indicator does not exist, or you are not allowed to see it.',
    outcome: 'Outcome',
    target: 'Target',
    previousYear: 'Same period last year',
    granularity: 'Show per',
    chart: 'Chart',
    table: 'Table',
    cumulative: 'accumulates over the year',
    cumulativeHint:
      'The values accumulate from the start of the year, as in the monthly report: May shows January–May, a tertial or year the state at its end.',
    chartDescription:
      'Line chart of {{name}}: outcome, target, forecast and the same period last year, and the outcomes of compared units. The Table tab holds the same figures. Generated values are drawn as hollow points.',
  },
};
