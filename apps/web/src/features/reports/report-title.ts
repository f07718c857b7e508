import { formatYearMonth } from '@lagesbild/types';
import type { ReportType, YearMonth } from '@lagesbild/types';
import type { TFunction } from 'i18next';
import { formatPeriodLabel } from '../../i18n/format';

/** "Månadsrapport maj 2023"; an interim or annual report names its month already: "Delårsrapport mars 2023". */
export function reportTitle(t: TFunction, type: ReportType, period: YearMonth, language: string): string {
  const when = type === 'MONTHLY' ? formatPeriodLabel(formatYearMonth(period), language) : String(period.year);
  return `${t(`reports.type_${type}`)} ${when}`;
}
