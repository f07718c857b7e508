import type { ReportingPeriodKind } from '@lagesbild/types';

const DAY = 86_400_000;

/** Where an obligation stands: done by the end of its deadline day, done after it, not done after it, not done before it. */
export type ObligationState = 'ON_TIME' | 'LATE' | 'MISSING' | 'PENDING';

export interface DisciplineCountsRow {
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  total: number;
}

/**
 * An obligation's state at `now`. The deadline is the last day to do it (midnight UTC of that
 * day, as the obligations give it), so anything done before that day ends is on time.
 */
export function obligationState(obligation: { deadline: Date; fulfilledAt: Date | null }, now: Date): ObligationState {
  if (obligation.fulfilledAt)
    return beforeDeadlineEnds(obligation.deadline, obligation.fulfilledAt) ? 'ON_TIME' : 'LATE';
  return beforeDeadlineEnds(obligation.deadline, now) ? 'PENDING' : 'MISSING';
}

/** True while the deadline day has not ended: what is not done yet is still in time. */
export function beforeDeadlineEnds(deadline: Date, now: Date): boolean {
  return now.getTime() < deadline.getTime() + DAY;
}

export const emptyCounts = (): DisciplineCountsRow => ({ onTime: 0, late: 0, missing: 0, pending: 0, total: 0 });

const FIELD: Record<ObligationState, keyof DisciplineCountsRow> = {
  ON_TIME: 'onTime',
  LATE: 'late',
  MISSING: 'missing',
  PENDING: 'pending',
};

/** Adds one obligation of the given state to the counts (in place). */
export function addTo(counts: DisciplineCountsRow, state: ObligationState): void {
  counts[FIELD[state]] += 1;
  counts.total += 1;
}

/** Most behind first: most missing, then most late, then the name. */
export function byMostBehind<Row extends { counts: DisciplineCountsRow }>(name: (row: Row) => string) {
  return (a: Row, b: Row) =>
    b.counts.missing - a.counts.missing || b.counts.late - a.counts.late || name(a).localeCompare(name(b), 'sv');
}

export const isBehind = (counts: DisciplineCountsRow) => counts.missing + counts.late > 0;

/** The stable key of a period, as the obligations' keys write it: 2023-MONTH-5. */
export const periodKey = (period: { kind: ReportingPeriodKind; year: number; number: number }) =>
  `${period.year}-${period.kind}-${period.number}`;

const KIND_ORDER: Record<ReportingPeriodKind, number> = { MONTH: 0, TERTIAL: 1, INTERIM: 2, ANNUAL: 3 };

/** Periods in the order of their end, a month before the tertial, interim report and year that end with it. */
export function byPeriodEnd(
  a: { endDate: string; kind: ReportingPeriodKind; number: number },
  b: { endDate: string; kind: ReportingPeriodKind; number: number },
): number {
  return a.endDate.localeCompare(b.endDate) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.number - b.number;
}
