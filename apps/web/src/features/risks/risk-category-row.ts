/** A risk category as the administration page's dialogs need it. */
export interface RiskCategoryRow {
  id: string;
  name: string;
  sortOrder: number;
  retired: boolean;
  riskCount: number;
  version: number;
}

/**
 * What a change to the categories or the scale makes stale: the administration page's query.
 * Its fresh answer rewrites the cache's one list of categories, which the risk register reads
 * too, so the register offers what was saved when it is next shown.
 */
export const RISK_SETTINGS_QUERIES = ['RiskSettingsAdmin_Query'];
