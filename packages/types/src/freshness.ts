import type { Periodicity, YearMonth } from './generated/schema-types';
import type { Period } from './period';
import { tertialOfMonth } from './period';

/**
 * Whether an indicator is still being reported when viewed at a month. A figure is expected
 * for the viewed period or the one before it (a monthly indicator viewed in May needs April
 * or May; a tertial one, the tertial before the current or the current; a yearly one, last
 * year or this). Older than that, the indicator is "not reported": its old colour says
 * nothing about now.
 */
export function isReportedBy(periodicity: Periodicity, latest: Period | null | undefined, viewed: YearMonth): boolean {
  if (!latest) return false;
  switch (periodicity) {
    case 'MONTH':
      return indexOf(latest.year, latest.periodNumber, 12) >= indexOf(viewed.year, viewed.month, 12) - 1;
    case 'TERTIAL':
      return indexOf(latest.year, latest.periodNumber, 3) >= indexOf(viewed.year, tertialOfMonth(viewed.month), 3) - 1;
    case 'YEAR':
      return latest.year >= viewed.year - 1;
  }
}

/** Periods counted from year 0, so consecutive periods across a new year differ by one. */
function indexOf(year: number, periodNumber: number, periodsPerYear: number): number {
  return year * periodsPerYear + periodNumber - 1;
}
