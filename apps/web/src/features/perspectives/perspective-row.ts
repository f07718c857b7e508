/** A perspective of a year as the administration page's dialogs need it. */
export interface PerspectiveRow {
  id: string;
  year: number;
  name: string;
  description: string;
  sortOrder: number;
  version: number;
}

/** What a change to a year's perspectives makes stale: the page's list. */
export const PERSPECTIVE_QUERIES = ['PerspectivesAdmin_Query'];
