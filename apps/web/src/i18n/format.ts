import { formatNumber as formatNumberInLocale, MUNICIPALITY_TIME_ZONE, parsePeriodKey } from '@lagesbild/types';
import type { IndicatorUnit } from '@lagesbild/types';

/** Locale tags for number and date formats: "1 506 000", "5,9 %". */
export const NUMBER_LOCALE: Record<string, string> = { sv: 'sv-SE', en: 'en-GB' };

/** The decimals a unit's figures are shown with (one rule, in @lagesbild/types). */
export { fractionDigitsOf } from '@lagesbild/types';

export function formatNumber(value: number, unit: IndicatorUnit, language: string): string {
  return formatNumberInLocale(value, unit, NUMBER_LOCALE[language] ?? 'sv-SE');
}

/** A figure with its unit ("5,9 %", "1 506 000", "12 490 tkr"); empty for a missing one. */
export function formatFigure(
  value: number | null | undefined,
  unit: IndicatorUnit,
  unitLabel: string,
  language: string,
): string {
  if (value == null) return '';
  const number = formatNumber(value, unit, language);
  if (!unitLabel || unit === 'COUNT') return number;
  return `${number} ${unitLabel}`;
}

/** A period as people write it: "maj 2023", "T2 2023", "2023". */
export function formatPeriodLabel(periodKey: string, language: string): string {
  const period = parsePeriodKey(periodKey);
  if (!period) return periodKey;
  switch (period.granularity) {
    case 'YEAR':
      return String(period.year);
    case 'TERTIAL':
      return `T${period.periodNumber} ${period.year}`;
    case 'MONTH':
      return new Intl.DateTimeFormat(NUMBER_LOCALE[language] ?? 'sv-SE', {
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(Date.UTC(period.year, period.periodNumber - 1, 1)));
  }
}

/** A share as a percentage ("8,7 %" for 0.087); empty for a missing one. */
export function formatShare(value: number | null | undefined, language: string, fractionDigits = 1): string {
  if (value == null) return '';
  return new Intl.NumberFormat(NUMBER_LOCALE[language] ?? 'sv-SE', {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

/**
 * The time zone times are shown in: Swedish time for the Swedish interface, whatever the
 * browser's own zone (a server or a laptop set to UTC shows the time a Swedish colleague saw);
 * the browser's zone for English.
 */
export const TIME_ZONE: Record<string, string | undefined> = { sv: MUNICIPALITY_TIME_ZONE, en: undefined };

/** "2023-05-31 14:05" in Swedish (Swedish time), "31/05/2023, 14:05" in English. */
export function formatTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(NUMBER_LOCALE[language] ?? 'sv-SE', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: TIME_ZONE[language],
  }).format(new Date(iso));
}
