import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import type { SxProps, Theme } from '@mui/material/styles';
import type { ReactNode } from 'react';
import { parseStrict, PickerLocalization, usePickerValue } from './PickerLocalization';
import type { DateChangeEvent } from './PickerLocalization';

export interface DateFieldProps {
  label: ReactNode;
  /** The date as 'YYYY-MM-DD', or '' for none. */
  value: string;
  /**
   * Called with `event.target.value` = the new 'YYYY-MM-DD', or '' when the field is cleared
   * or holds a half-typed date (as a native date input does), so
   * `onChange={(event) => setX(event.target.value)}` and `{...field('x')}` spreads work unchanged.
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
export function DateField({
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
}: DateFieldProps) {
  return (
    <PickerLocalization>
      <DateFieldInner
        {...{ label, value, onChange, error, helperText, required, autoFocus, disabled, fullWidth, size, sx }}
      />
    </PickerLocalization>
  );
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function DateFieldInner({
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
}: DateFieldProps) {
  const { shown, change } = usePickerValue(value, 'YYYY-MM-DD', (text) => parseStrict(text, ISO_DATE));
  return (
    <DatePicker
      label={label}
      value={shown}
      onChange={(date) => change(date, onChange)}
      autoFocus={autoFocus}
      disabled={disabled}
      sx={sx}
      slotProps={{ textField: { error: Boolean(error), helperText, required, fullWidth, size } }}
    />
  );
}
