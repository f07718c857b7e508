import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import type { Ref } from 'react';
import { parseStrict, PickerLocalization, pickerProps, usePickerValue } from './PickerLocalization';
import type { PickerFieldProps } from './PickerLocalization';

// The calendar pickers, MUI X and dayjs: about 60 KB gzipped that no page needs before its
// first render. DateField and MonthField load this module (LazyPickerField) and show a plain
// text field until it has come.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const YEAR_MONTH = /^\d{4}-\d{2}$/;

/** A picker's props: a field's, and a ref to its root, through which a waiting focus is handed on. */
export type PickerProps = PickerFieldProps & { ref?: Ref<HTMLDivElement> };

/** DateField's picker. */
export function DatePickerField(props: PickerProps) {
  return (
    <PickerLocalization>
      <DatePickerInner {...props} />
    </PickerLocalization>
  );
}

/** MonthField's picker. */
export function MonthPickerField(props: PickerProps) {
  return (
    <PickerLocalization>
      <MonthPickerInner {...props} />
    </PickerLocalization>
  );
}

function DatePickerInner({ value, onChange, ref, ...field }: PickerProps) {
  const { shown, change } = usePickerValue(value, 'YYYY-MM-DD', (text) => parseStrict(text, ISO_DATE));
  return <DatePicker ref={ref} {...pickerProps(field)} value={shown} onChange={(date) => change(date, onChange)} />;
}

function MonthPickerInner({ value, onChange, ref, ...field }: PickerProps) {
  const { shown, change } = usePickerValue(value, 'YYYY-MM', (text) => parseStrict(text, YEAR_MONTH, '-01'));
  return (
    <DatePicker
      ref={ref}
      {...pickerProps(field)}
      views={['year', 'month']}
      openTo="month"
      format="MMMM YYYY"
      value={shown}
      onChange={(date) => change(date, onChange)}
    />
  );
}
