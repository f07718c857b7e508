import type { DataEntryTranslations } from './sv';

export const dataEntryEn: DataEntryTranslations = {
  dataEntry: {
    correction: {
      explanation:
        'The period is closed: its values are reported and locked. A change now is a correction and is saved with its reason in the audit log.',
      reason: 'Reason for the correction',
      help: 'For example what was wrong and where the right value comes from.',
      rowExplanation:
        'The period is closed: what was reported is locked. A change now is a correction and is saved with its reason in the audit log.',
    },
    saveColumn: 'Save',
    title: 'Enter values',
    intro:
      "{{unit}}, {{period}}: the indicators' values, the goals' assessments and the activities' status for the period.",
    valuesTitle: 'Indicators, {{period}}',
    valuesHelp:
      'Each indicator is reported for the period the month falls in: the month, the tertial or the year. R12, the rolling twelve months as the source reports them, is given for monthly indicators only. Type numbers as in a Swedish spreadsheet (5,9 or 1 506 000) or paste a block from Excel into the cell where it should start. Arrow keys and Enter move between cells, Esc undoes the cell and Ctrl+Z the last edit.',
    noIndicators: '{{unit}} owns no indicators. Choose the unit that owns them.',
    readOnly: "You can read the values but not change them: that is for the unit's analysts.",
    save_zero: 'Save',
    save_one: 'Save {{count}} changed row',
    save_other: 'Save {{count}} changed rows',
    undo: 'Undo the last edit',
    allOrNothing: 'Everything is saved together, or nothing if any value is invalid.',
    invalidCells_one: '{{count}} cell is invalid. Nothing was saved; correct the marked cell and save again.',
    invalidCells_other: '{{count}} cells are invalid. Nothing was saved; correct the marked cells and save again.',
    conflict_one:
      'Someone else has saved {{count}} of the rows since you opened the page. Nothing was saved. What is saved now is shown under the cells.',
    conflict_other:
      'Someone else has saved {{count}} of the rows since you opened the page. Nothing was saved. What is saved now is shown under the cells.',
    notice: {
      saved_one: '{{count}} row saved.',
      saved_other: '{{count}} rows saved.',
      clipped: 'The pasted block was larger than the table: what did not fit was not pasted.',
      nothingToSave: 'Nothing has changed.',
    },
    export: { title: 'Indicators {{unit}} {{period}}', unit: 'Unit' },
    grid: {
      keyboardHelp:
        'Indicators as rows and their values as editable cells. Arrow keys move between cells, Enter goes to the next row, Esc restores the cell, Ctrl+Z undoes the last edit.',
      indicator: 'Indicator',
      period: 'Period',
      outcome: 'Outcome',
      periodTarget: 'Period target',
      annualTarget: 'Annual target',
      fullYearForecast: 'Full-year forecast',
      rolling12: 'R12',
      rolling12Long: 'Rolling twelve months up to the month',
      rolling12NotApplicable: 'No R12: it is given for monthly indicators only',
      comment: 'Comment',
      unsaved: 'Changed, not saved',
      generated: 'Generated value',
      changedByOthers: 'Changed by someone else',
      theirValue: 'Saved now: {{value}}',
    },
    goalsTitle: "Goals' assessments, {{period}}",
    activitiesTitle: "Activities' status, {{period}}",
    goal: 'Goal',
    fulfilment: 'Fulfilment',
    activity: 'Activity',
    activityStatus: 'Status',
    comment: 'Comment',
    endDate: 'Ends {{date}}',
    noGoals: 'The unit has no committee goals for the year.',
    noActivities: 'The unit has no activities.',
    savedRow: 'Saved',
    rowConflict: 'Someone else has saved: {{status}}.',
  },
};
