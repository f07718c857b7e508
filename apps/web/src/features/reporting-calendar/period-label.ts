import { INTERIM_REPORT_LAST_MONTHS } from '@lagesbild/types';
import type { ReportingPeriodKind } from '@lagesbild/types';
import type { TFunction } from 'i18next';
import { formatPeriodLabel } from '../../i18n/format';

const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

/** A period as people name it: "maj 2025", "Tertial 2", "Delårsrapport per augusti 2025", "Årsredovisning". */
export function periodLabel(
  t: TFunction,
  language: string,
  period: { kind: ReportingPeriodKind; number: number; year: number },
): string {
  const month =
    period.kind === 'MONTH'
      ? formatPeriodLabel(monthKey(period.year, period.number), language)
      : period.kind === 'INTERIM'
        ? formatPeriodLabel(monthKey(period.year, INTERIM_REPORT_LAST_MONTHS[period.number - 1] ?? 8), language)
        : '';
  return t(`reportingCalendar.kind.${period.kind}`, { month, number: period.number });
}

/** The queries a change of the calendar refreshes. */
export const CALENDAR_QUERIES = ['ReportingCalendarAdmin_Query'];
