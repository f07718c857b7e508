import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { parseStrict, PickerLocalization, pickerProps, usePickerValue } from './PickerLocalization';
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
 */
export function DateField(props: DateFieldProps) {
  return (
    <PickerLocalization>
      <DateFieldInner {...props} />
    </PickerLocalization>
  );
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function DateFieldInner({ value, onChange, ...field }: DateFieldProps) {
  const { shown, change } = usePickerValue(value, 'YYYY-MM-DD', (text) => parseStrict(text, ISO_DATE));
  return <DatePicker {...pickerProps(field)} value={shown} onChange={(date) => change(date, onChange)} />;
}
