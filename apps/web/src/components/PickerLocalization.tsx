import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { svSE } from '@mui/x-date-pickers/locales';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/sv';
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { SxProps, Theme } from '@mui/material/styles';
import { useTranslation } from 'react-i18next';

/**
 * The date locale of each interface language. Swedish writes a date 2023-05-31 and a month
 * "maj 2023"; English follows en-GB as the app's numbers and times do (NUMBER_LOCALE in
 * i18n/format.ts): 31/05/2023 and "May 2023", day before month as in Sweden.
 */
const ADAPTER_LOCALE: Record<string, string> = { sv: 'sv', en: 'en-gb' };

/** The pickers' own words (section names, "Välj datum", the calendar's buttons); English is MUI's default. */
const LOCALE_TEXT = { sv: svSE.components.MuiLocalizationProvider.defaultProps.localeText };

/**
 * Dates follow the interface language (the language switch), never the browser's, so a
 * Swedish user on an English browser still reads 2023-05-31. Each field carries its own
 * provider, so a field works wherever it is put (a dialog, a test) with nothing to wire.
 * Only DatePickers.tsx, the lazily loaded chunk, imports this module's code; other modules
 * import its types only, or they would bring MUI X and dayjs back into every page.
 */
export function PickerLocalization({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'sv';
  return (
    <LocalizationProvider
      dateAdapter={AdapterDayjs}
      adapterLocale={ADAPTER_LOCALE[language]}
      localeText={language === 'sv' ? LOCALE_TEXT.sv : undefined}
    >
      {children}
    </LocalizationProvider>
  );
}

/** What the date fields send: the shape of a text field's change event, so form code stays as it was. */
export interface DateChangeEvent {
  target: { value: string };
}

/** The props DateField and MonthField share: a text field's, with the value as an ISO string. */
export interface PickerFieldProps {
  label: ReactNode;
  /** The date ('YYYY-MM-DD') or month ('YYYY-MM') as the form holds it, or '' for none. */
  value: string;
  /**
   * Called with `event.target.value` = the new value, or '' when the field is cleared or
   * half-typed (as a native date input does), so `onChange={(event) => setX(event.target.value)}`
   * and `{...field('x')}` spreads work unchanged.
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

/** A picker's own props from the field's, the text-field ones passed through to its text field. */
export function pickerProps({
  label,
  error,
  helperText,
  required,
  autoFocus,
  disabled,
  fullWidth,
  size,
  sx,
}: Omit<PickerFieldProps, 'value' | 'onChange'>) {
  return {
    label,
    autoFocus,
    disabled,
    sx,
    slotProps: { textField: { error: Boolean(error), helperText, required, fullWidth, size } },
  };
}

/**
 * A string value ('YYYY-MM-DD', 'YYYY-MM' or '') shown as a picker value. A half-typed date
 * is sent as '' (as a native date input does). While the form holds what was sent, or (for a
 * half-typed date) still holds what it held before, the field keeps showing what was typed,
 * so typing is not wiped out section by section; any other value the form sets is shown.
 */
export function usePickerValue(value: string, stringFormat: string, parse: (value: string) => Dayjs | null) {
  const [typed, setTyped] = useState<{ date: Dayjs | null; sent: string; before: string } | null>(null);
  const toText = (date: Dayjs | null) => (date?.isValid() ? date.format(stringFormat) : '');
  const keepTyped =
    typed !== null && (value === typed.sent || (typed.sent === '' && typed.date !== null && value === typed.before));
  return {
    shown: keepTyped ? typed.date : parse(value),
    change: (date: Dayjs | null, onChange: (event: DateChangeEvent) => void) => {
      const text = toText(date);
      setTyped({ date, sent: text, before: value });
      if (text !== value) onChange({ target: { value: text } });
    },
  };
}

/** A strict parse: a value the form holds that is not a whole date shows as an empty field. */
export function parseStrict(value: string, pattern: RegExp, suffix = ''): Dayjs | null {
  if (!pattern.test(value)) return null;
  const date = dayjs(value + suffix);
  return date.isValid() ? date : null;
}
