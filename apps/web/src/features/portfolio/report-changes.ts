import { STATUS_DIMENSIONS } from '@lagesbild/types';
import type { RagStatus, ReportColours, StatusDimensionKey } from '@lagesbild/types';

export interface DimensionChange {
  dimension: StatusDimensionKey;
  from: RagStatus;
  to: RagStatus;
}

/** The dimensions whose colour differs from the previous report; null for the first report. */
export function changesFromPrevious(
  report: ReportColours,
  previous: ReportColours | undefined,
): DimensionChange[] | null {
  if (!previous) return null;
  return STATUS_DIMENSIONS.filter((dimension) => report[dimension] !== previous[dimension]).map((dimension) => ({
    dimension,
    from: previous[dimension],
    to: report[dimension],
  }));
}
