import { LazyPickerField } from './LazyPickerField';
import type { PickerFieldProps } from './PickerLocalization';

export type MonthFieldProps = PickerFieldProps;

/**
 * A month field in the interface language ("maj 2023", "May 2023") with a year-and-month
 * calendar; typed by keyboard (the month as a number or its name, then the year).
 *
 * A drop-in for `<TextField type="month">`: replace `<TextField type="month" … />` with
 * `<MonthField label={…} value={x} onChange={(e) => setX(e.target.value)} error={…} helperText={…} />`
 * (the value stays a 'YYYY-MM' string; drop `slotProps={{ inputLabel: { shrink: true } }}`).
 * For the report period with its { year, month } value, use PeriodPicker.
 *
 * The picker itself is loaded after the page's first render (LazyPickerField): until then the
 * field shows its month as text.
 */
export function MonthField(props: MonthFieldProps) {
  return <LazyPickerField kind="month" {...props} />;
}
