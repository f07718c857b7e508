import { LazyPickerField } from './LazyPickerField';
import type { PickerFieldProps } from './PickerLocalization';

export type DateFieldProps = PickerFieldProps;

/**
 * A date field in the interface language's format (Swedish 2023-05-31, English 31/05/2023)
 * with a calendar button; typed section by section (year, month, day) by keyboard.
 *
 * A drop-in for `<TextField type="date">`: replace
 *   `<TextField type="date" label={…} value={x} onChange={(e) => setX(e.target.value)}
 *     error={…} helperText={…} slotProps={{ inputLabel: { shrink: true } }} />`
 * with
 *   `<DateField label={…} value={x} onChange={(e) => setX(e.target.value)} error={…} helperText={…} />`
 * (the value stays an ISO 'YYYY-MM-DD' string; drop the `slotProps`, the label always sits
 * above). Never use a native `type="date"` input: it follows the browser's language, and
 * src/no-native-date-inputs.test.ts fails on one.
 *
 * The picker itself is loaded after the page's first render (LazyPickerField): until then the
 * field shows its date as text.
 */
export function DateField(props: DateFieldProps) {
  return <LazyPickerField kind="date" {...props} />;
}
