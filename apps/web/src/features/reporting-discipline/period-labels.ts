import { INTERIM_REPORT_LAST_MONTHS } from '@lagesbild/types';
import type { ReportingPeriodKind } from '@lagesbild/types';
import type { TFunction } from 'i18next';
import { NUMBER_LOCALE } from '../../i18n/format';

/** A period as a column heading: "maj", "T2", "Delår aug.", "År". */
export function shortPeriodLabel(
  t: TFunction,
  language: string,
  period: { kind: ReportingPeriodKind; number: number; year: number },
): string {
  const monthNumber =
    period.kind === 'MONTH'
      ? period.number
      : period.kind === 'INTERIM'
        ? (INTERIM_REPORT_LAST_MONTHS[period.number - 1] ?? 8)
        : 1;
  const month = new Intl.DateTimeFormat(NUMBER_LOCALE[language] ?? 'sv-SE', { month: 'short', timeZone: 'UTC' })
    .format(new Date(Date.UTC(period.year, monthNumber - 1, 15)))
    .replace(/\.$/, '');
  return t(`discipline.shortPeriod.${period.kind}`, { month, number: period.number });
}
