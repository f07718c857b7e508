import type { IndicatorUnit } from './generated/schema-types';

/**
 * Reads a figure as Swedish spreadsheets write it: decimal comma ("5,9"), spaces as
 * thousands separators ("1 506 000", also the no-break spaces Excel copies), a minus sign
 * or a hyphen, an optional trailing per cent sign ("5,9 %"). A decimal point is accepted
 * when there is no comma ("5.9", as English sources write it).
 * Returns null for an empty cell and undefined for text that is not a number.
 */
export function parseSwedishNumber(text: string): number | null | undefined {
  let compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return null;
  compact = compact.replace(/%$/, '').replace(/^[\u2212\u2013]/, '-');
  if (compact.includes(',') && compact.includes('.')) return undefined;
  const normalised = compact.replace(',', '.');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(normalised)) return undefined;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : undefined;
}

/** Percentages, indexes and full-time equivalents keep one decimal; volumes and money are whole. */
const FRACTION_DIGITS: Record<IndicatorUnit, number> = {
  PERCENT: 1,
  INDEX: 1,
  FTE: 1,
  COUNT: 0,
  TKR: 0,
  MNKR: 1,
  TERABYTE: 0,
  DAYS: 1,
};

/** The decimals a unit's figures are shown with. */
export function fractionDigitsOf(unit: IndicatorUnit): number {
  return FRACTION_DIGITS[unit];
}

/**
 * A figure as the reports write it, for the web app and the exported documents alike:
 * "1 506 000", "5,9", "−12 903" in Swedish (no-break spaces between thousands, the minus
 * sign U+2212); `locale` gives the English app its "1,506,000".
 */
export function formatNumber(value: number, unit: IndicatorUnit, locale = 'sv-SE'): string {
  const key = `${locale} ${FRACTION_DIGITS[unit]}`;
  let format = NUMBER_FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: FRACTION_DIGITS[unit] });
    NUMBER_FORMATS.set(key, format);
  }
  return format.format(value);
}

/** Made once per locale and precision: a page formats hundreds of figures, and making a format costs more than using it. */
const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();
