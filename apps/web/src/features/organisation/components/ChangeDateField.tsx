import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';

export interface ChangeDateFieldProps {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

/** The day a rename or move takes effect: empty means today. */
export function ChangeDateField({ value, onChange, error }: ChangeDateFieldProps) {
  const { t } = useTranslation();
  return (
    <DateField
      label={t('organisation.changeFrom')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={Boolean(error)}
      helperText={error ?? t('organisation.changeFromHint')}
    />
  );
}
