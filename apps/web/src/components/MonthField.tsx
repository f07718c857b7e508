import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import type { SxProps, Theme } from '@mui/material/styles';
import type { ReactNode } from 'react';
import { parseStrict, PickerLocalization, usePickerValue } from './PickerLocalization';
import type { DateChangeEvent } from './PickerLocalization';

export interface MonthFieldProps {
  label: ReactNode;
  /** The month as 'YYYY-MM', or '' for none. */
  value: string;
  /**
   * Called with `event.target.value` = the new 'YYYY-MM', or '' when the field is cleared or
   * half-typed (as a native month input does), so `onChange={(event) => setX(event.target.value)}` works unchanged.
   */
  onChange: (event: DateChangeEvent) => void;
  /** Marks the field red; pair with `helperText` for the message (field-level errors). */
  error?: boolean;
  /** Shown under the field and read with it (aria-describedby): the error or a hint. */
  helperText?: ReactNode;
  required?: boolean;
  autoFocus?: boolean;
  disabled?: boolean;
  fullWidth?: boolean;
  size?: 'small' | 'medium';
  sx?: SxProps<Theme>;
}

/**
 * A month field in the interface language ("maj 2023", "May 2023") with a year-and-month
 * calendar; typed by keyboard (the month as a number or its name, then the year).
 *
 * A drop-in for `<TextField type="month">`: replace `<TextField type="month" … />` with
 * `<MonthField label={…} value={x} onChange={(e) => setX(e.target.value)} error={…} helperText={…} />`
 * (the value stays a 'YYYY-MM' string; drop `slotProps={{ inputLabel: { shrink: true } }}`).
 * For the report period with its { year, month } value, use PeriodPicker.
 */
export function MonthField({
  label,
  value,
  onChange,
  error,
  helperText,
  required,
  autoFocus,
  disabled,
  fullWidth,
  size,
  sx,
}: MonthFieldProps) {
  return (
    <PickerLocalization>
      <MonthFieldInner
        {...{ label, value, onChange, error, helperText, required, autoFocus, disabled, fullWidth, size, sx }}
      />
    </PickerLocalization>
  );
}

const YEAR_MONTH = /^\d{4}-\d{2}$/;

function MonthFieldInner({
  label,
  value,
  onChange,
  error,
  helperText,
  required,
  autoFocus,
  disabled,
  fullWidth,
  size,
  sx,
}: MonthFieldProps) {
  const { shown, change } = usePickerValue(value, 'YYYY-MM', (text) => parseStrict(text, YEAR_MONTH, '-01'));
  return (
    <DatePicker
      label={label}
      views={['year', 'month']}
      openTo="month"
      format="MMMM YYYY"
      value={shown}
      onChange={(date) => change(date, onChange)}
      autoFocus={autoFocus}
      disabled={disabled}
      sx={sx}
      slotProps={{ textField: { error: Boolean(error), helperText, required, fullWidth, size } }}
    />
  );
}
