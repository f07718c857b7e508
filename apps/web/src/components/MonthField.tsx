import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import { parseStrict, PickerLocalization, pickerProps, usePickerValue } from './PickerLocalization';
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
 */
export function MonthField(props: MonthFieldProps) {
  return (
    <PickerLocalization>
      <MonthFieldInner {...props} />
    </PickerLocalization>
  );
}

const YEAR_MONTH = /^\d{4}-\d{2}$/;

function MonthFieldInner({ value, onChange, ...field }: MonthFieldProps) {
  const { shown, change } = usePickerValue(value, 'YYYY-MM', (text) => parseStrict(text, YEAR_MONTH, '-01'));
  return (
    <DatePicker
      {...pickerProps(field)}
      views={['year', 'month']}
      openTo="month"
      format="MMMM YYYY"
      value={shown}
      onChange={(date) => change(date, onChange)}
    />
  );
}
