import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';

export interface ChangeDateFieldProps {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

/** The day a rename or move takes effect: empty means today. */
export function ChangeDateField({ value, onChange, error }: ChangeDateFieldProps) {
  const { t } = useTranslation();
  return (
    <TextField
      type="date"
      label={t('organisation.changeFrom')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={Boolean(error)}
      helperText={error ?? t('organisation.changeFromHint')}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
}
