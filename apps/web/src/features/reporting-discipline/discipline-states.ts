import CancelIcon from '@mui/icons-material/Cancel';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import HourglassEmptyIcon from '@mui/icons-material/HourglassEmpty';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { STATUS_APPEARANCE } from '@lagesbild/types';
import type { StatusAppearance } from '@lagesbild/types';

/** The counts of a unit, a period or a person: on time, late, missing and (before the deadline) in progress. */
export interface DisciplineCounts {
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  total: number;
}

export type DisciplineState = 'onTime' | 'late' | 'missing' | 'pending';

/** Worst first: a cell is coloured by the worst state it holds. */
export const DISCIPLINE_STATES: DisciplineState[] = ['missing', 'late', 'pending', 'onTime'];

/**
 * Each state in the status colours and with an icon of its own shape, so that neither colour nor
 * icon alone carries it (the count and the words go with them).
 */
export const STATE_APPEARANCE: Record<DisciplineState, StatusAppearance & { Icon: typeof CheckCircleIcon }> = {
  onTime: { ...STATUS_APPEARANCE.GREEN, Icon: CheckCircleIcon },
  late: { ...STATUS_APPEARANCE.YELLOW, Icon: ScheduleIcon },
  missing: { ...STATUS_APPEARANCE.RED, Icon: CancelIcon },
  pending: { ...STATUS_APPEARANCE.NOT_ASSESSED, Icon: HourglassEmptyIcon },
};

/** The worst state present in the counts; null when there is nothing. */
export function worstState(counts: DisciplineCounts): DisciplineState | null {
  return DISCIPLINE_STATES.find((state) => counts[state] > 0) ?? null;
}

/** The order a person reads them in: on time, late, missing, and what is still in progress. */
export const READING_ORDER: DisciplineState[] = ['onTime', 'late', 'missing', 'pending'];

/** The states present in the counts, in reading order. */
export const statesPresent = (counts: DisciplineCounts) => READING_ORDER.filter((state) => counts[state] > 0);
