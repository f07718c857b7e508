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
    thresholdHistory: {
      title: 'Thresholds over time',
      intro: "Each period is judged by the thresholds in force in the period's last month.",
      from: 'Applies from',
      fromStart: 'From the start',
      thresholds: 'Yellow / red when missed by more than',
      changedAt: 'Changed',
      changedBy: 'Changed by',
    },
    valueStatus: {
      reasonShown: 'Reason: {{reason}}',
      exported: '{{status}} (set by hand: {{reason}})',
      edit: 'Change status',
      editFor: 'Change status for {{period}}',
      byRule: 'By the rule: {{status}}',
      status: 'Status',
      option: {
        RULE: 'By the rule (calculated)',
        GREEN: 'Green (on target)',
        YELLOW: 'Yellow (close to target)',
        RED: 'Red (not on target)',
      },
      reason: 'Reason',
      reasonHelp:
        "Why the rule's status is wrong here. The reason is shown with the status wherever the value is shown.",
      reasonNotNeeded: 'The status follows the rule: no reason is needed.',
      noValue: 'The period has no saved value to set a status on.',
      conflictManual: 'Now saved: {{status}}, set by hand with the reason "{{reason}}".',
      conflictRule: 'Now saved: the status follows the rule.',
      takeTheirs: 'Use what is saved',
      savedManual: 'The status for {{period}} is set by hand.',
      savedRule: 'The status for {{period}} follows the rule again.',
      validation: {
        required: 'Write why the status is set by hand.',
        invalidStatus: 'Choose green, yellow or red, or By the rule.',
      },
    },
  },
};
