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
