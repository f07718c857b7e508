import type { IndicatorUnit } from '../generated/resolver-types';

/** The words the layout builder itself writes into a document (a committee's paper is always Swedish). */
export const LAYOUT_WORDS = {
  chartAsTable: 'Diagrammets värden',
  noRows: 'Inga rader för perioden.',
} as const;

/** Unit labels after a figure; empty where the figure stands alone (counts, indexes). */
export const UNIT_LABELS: Record<IndicatorUnit, string> = {
  PERCENT: '%',
  COUNT: '',
  TKR: 'tkr',
  MNKR: 'mnkr',
  INDEX: '',
  FTE: 'åa',
  TERABYTE: 'TB',
  DAYS: 'dagar',
};
