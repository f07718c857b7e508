const EDITABLE_NUMBER = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 6 });

/** A figure as a spreadsheet grid shows it for editing: Swedish, "1 506 000", "5,9". */
export function formatEditable(value: number | null | undefined): string {
  return value == null ? '' : EDITABLE_NUMBER.format(value).replace(/\u2212/g, '-');
}
