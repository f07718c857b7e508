import type { TargetsTranslations } from './sv';

export const targetsEn: TargetsTranslations = {
  targets: {
    title: 'Targets and budget',
    intro:
      '{{unit}}, {{year}}: annual and period targets per indicator, and the budget per financial line and business area, beside the outcomes of two years before and the latest forecast.',
    help: 'Type numbers as in Excel (5,9 or 1 506 000) or paste a block from Excel into the cell where it should start. Arrow keys and Enter move between cells, Esc undoes the cell and Ctrl+Z the last change. For cumulative indicators a period target is year to date, like the outcome.',
    keyboardHelp:
      'Arrow keys and Enter move between cells, Esc undoes the cell, Ctrl+Z the last change. A block from Excel is pasted from the cell.',
    year: 'Year',
    includeSubunits: 'Show the units below',
    tabs: { label: 'Targets or budget', PERFORMANCE: 'Indicator targets', FINANCIAL: 'Budget' },
    budgetHelp:
      'The budget is the financial lines’ targets: the period target is the budget to the end of the period, the annual target the full-year budget. Operations result and development result per business area are the operations and development budgets the Economy page shows.',
    empty: {
      PERFORMANCE: 'The unit has no indicators in use.',
      FINANCIAL: 'The unit has no financial lines. Show the units below for the business areas’ results.',
    },
    periodicity: { MONTH: 'Monthly indicators', TERTIAL: 'Tertial indicators', YEAR: 'Yearly indicators' },
    indicator: 'Indicator',
    outcome: 'Outcome {{year}}',
    forecast: 'Forecast {{year}}',
    annualTarget: 'Annual target {{year}}',
    cumulative: 'Period targets are cumulative (year to date)',
    readOnly: 'You can read the targets but not change them: the unit’s planners do.',
    save_zero: 'Save',
    save_one: 'Save {{count}} changed row',
    save_other: 'Save {{count}} changed rows',
    undo: 'Undo the last change',
    allOrNothing: 'Everything is saved together, or nothing if any value is invalid.',
    invalidCells_one: '{{count}} cell is invalid. Nothing was saved; correct the marked cell and save again.',
    invalidCells_other: '{{count}} cells are invalid. Nothing was saved; correct the marked cells and save again.',
    conflict_one: 'Someone else changed {{count}} of the rows since you opened the page. Nothing was saved.',
    conflict_other: 'Someone else changed {{count}} of the rows since you opened the page. Nothing was saved.',
    proposal: 'Proposal',
    proposalHelp: 'Copied from {{year}} by the roll-over: confirm or change it',
    proposals_one:
      "{{count}} row holds proposed targets, copied from {{year}} by the roll-over. Confirm them as this year's targets, or change and save them. When the plan is adopted, the proposals become its adopted targets.",
    proposals_other:
      "{{count}} rows hold proposed targets, copied from {{year}} by the roll-over. Confirm them as this year's targets, or change and save them. When the plan is adopted, the proposals become its adopted targets.",
    confirmProposals: 'Confirm proposals',
    saveBeforeConfirming: 'Save or undo your changes before confirming the proposals.',
    reload: 'Load what is saved now',
    notice: {
      saved_one: '{{count}} row saved.',
      saved_other: '{{count}} rows saved.',
      clipped: 'The pasted block was larger than the table: what did not fit was not pasted.',
      nothingToSave: 'Nothing has changed.',
      confirmed_one: "The proposals of {{count}} row are confirmed as this year's targets.",
      confirmed_other: "The proposals of {{count}} rows are confirmed as this year's targets.",
    },
  },
};
