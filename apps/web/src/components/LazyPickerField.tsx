import EventIcon from '@mui/icons-material/Event';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NUMBER_LOCALE } from '../i18n/format';
import type { PickerFieldProps } from './PickerLocalization';

import type * as DatePickers from './DatePickers';

type Pickers = typeof DatePickers;

/** How long after the page's start the pickers are fetched, unless someone reaches for a field first. */
const IDLE_LOAD_AFTER_MS = 2000;

let loaded: Pickers | undefined;
let loading: Promise<Pickers> | undefined;

/**
 * The calendar pickers' chunk (DatePickers.tsx), fetched once. A failed fetch is forgotten, so
 * the next field to ask tries again.
 */
export function loadDatePickers(): Promise<Pickers> {
  loading ??= import('./DatePickers').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * When the browser has nothing more urgent to do, but not before IDLE_LOAD_AFTER_MS from the
 * page's start: while the first page waits for its data the browser looks idle, and reading the
 * pickers' code then would hold up the page's own (the overview rendered later by as much). A
 * field that appears later (in a dialog) fetches its picker at once.
 */
function whenIdle(then: () => void): () => void {
  let idle: number | undefined;
  const delay = setTimeout(
    () => {
      if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(then, { timeout: 1000 });
      else then();
    },
    Math.max(0, IDLE_LOAD_AFTER_MS - performance.now()),
  );
  return () => {
    clearTimeout(delay);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
}

export interface LazyPickerFieldProps extends PickerFieldProps {
  kind: 'date' | 'month';
}

/**
 * DateField's and MonthField's body: the picker once its chunk has come, and before that a
 * read-only text field showing the value as the picker will, with the same label, size and
 * message, so the page renders (and the overview shows its figures) without waiting for the
 * calendar's code. The chunk is fetched when the browser is idle after the first render, or at
 * once when the field is focused or pointed at; a field focused before it came gets the focus
 * back as a picker.
 */
export function LazyPickerField({ kind, ...props }: LazyPickerFieldProps) {
  const { i18n } = useTranslation();
  const [pickers, setPickers] = useState(loaded);
  const focusWhenLoaded = useRef(false);
  const pickerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (pickers) return;
    let mounted = true;
    const load = () =>
      loadDatePickers().then(
        (module) => mounted && setPickers(module),
        // The text field stays; focusing it tries again.
        () => undefined,
      );
    const cancel = whenIdle(() => void load());
    return () => {
      mounted = false;
      cancel();
    };
  }, [pickers]);

  useEffect(() => {
    if (!pickers || !focusWhenLoaded.current) return;
    // The text field had the focus: the picker's first section takes it over.
    focusWhenLoaded.current = false;
    pickerRef.current?.querySelector<HTMLElement>('[role="spinbutton"]')?.focus();
  }, [pickers]);

  if (pickers) {
    const Picker = kind === 'date' ? pickers.DatePickerField : pickers.MonthPickerField;
    return <Picker ref={pickerRef} {...props} />;
  }

  const loadNow = () => void loadDatePickers().then(setPickers, () => undefined);
  const { label, value, error, helperText, required, disabled, fullWidth, size, sx } = props;
  return (
    <TextField
      label={label}
      value={shownAsText(kind, value, i18n.language)}
      error={Boolean(error)}
      helperText={helperText}
      required={required}
      disabled={disabled}
      fullWidth={fullWidth}
      size={size}
      sx={sx}
      onFocus={() => {
        focusWhenLoaded.current = true;
        loadNow();
      }}
      onBlur={() => {
        focusWhenLoaded.current = false;
      }}
      onPointerEnter={loadNow}
      slotProps={{
        htmlInput: { readOnly: true },
        input: {
          // Where the picker's calendar button will be, so nothing moves when it comes.
          endAdornment: (
            <InputAdornment position="end" aria-hidden>
              <Box sx={{ display: 'flex', p: 1, mr: -1.5, color: 'action.active' }}>
                <EventIcon />
              </Box>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}

/** The value as the picker shows it: 2023-05-31 or 31/05/2023, "maj 2023" or "May 2023". */
export function shownAsText(kind: 'date' | 'month', value: string, language: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (!year || !month || (kind === 'date' && !day)) return '';
  if (kind === 'month') {
    return new Intl.DateTimeFormat(NUMBER_LOCALE[language] ?? 'sv-SE', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(Date.UTC(year, month - 1, 1));
  }
  return language === 'en' ? value.split('-').reverse().join('/') : value;
}
