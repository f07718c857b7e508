import { STATUS_DIMENSIONS } from '@lagesbild/types';
import type { RagStatus, ProjectStatusColours, StatusDimensionKey } from '@lagesbild/types';

export interface DimensionChange {
  dimension: StatusDimensionKey;
  from: RagStatus;
  to: RagStatus;
}

/** The dimensions whose colour differs from the previous status update; null for the first status update. */
export function changesFromPrevious(
  statusUpdate: ProjectStatusColours,
  previous: ProjectStatusColours | undefined,
): DimensionChange[] | null {
  if (!previous) return null;
  return STATUS_DIMENSIONS.filter((dimension) => statusUpdate[dimension] !== previous[dimension]).map((dimension) => ({
    dimension,
    from: previous[dimension],
    to: statusUpdate[dimension],
  }));
}
