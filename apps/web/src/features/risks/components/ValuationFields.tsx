import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../../components/DateField';

export interface ValuationValues {
  valuedOn: string;
  /** As typed; checked against the scale on save. */
  probability: string;
  consequence: string;
  reasoning: string;
}

export interface ValuationFieldsProps {
  values: ValuationValues;
  onChange: (values: ValuationValues) => void;
  scaleMax: number;
  /** The translated error of a field, by its name within the valuation. */
  errorText: (field: keyof ValuationValues) => string | undefined;
}

/** Date, probability, consequence and reasoning of a valuation: for a new risk and a re-valuation. */
export function ValuationFields({ values, onChange, scaleMax, errorText }: ValuationFieldsProps) {
  const { t } = useTranslation();
  const field = (name: keyof ValuationValues) => ({
    value: values[name],
    onChange: (event: { target: { value: string } }) => onChange({ ...values, [name]: event.target.value }),
    error: Boolean(errorText(name)),
    helperText: errorText(name),
  });
  const scaleHint = t('risks.scaleHint', { max: scaleMax });
  return (
    <>
      <DateField label={t('risks.valuedOn')} {...field('valuedOn')} />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          label={t('risks.probability')}
          type="number"
          slotProps={{ htmlInput: { min: 1, max: scaleMax, step: 1 } }}
          {...field('probability')}
          helperText={errorText('probability') ?? scaleHint}
          fullWidth
        />
        <TextField
          label={t('risks.consequence')}
          type="number"
          slotProps={{ htmlInput: { min: 1, max: scaleMax, step: 1 } }}
          {...field('consequence')}
          helperText={errorText('consequence') ?? scaleHint}
          fullWidth
        />
      </Stack>
      <TextField label={t('risks.reasoning')} multiline minRows={2} {...field('reasoning')} />
    </>
  );
}

/** The valuation as the API takes it: numbers where typed, else NaN so the schema names the field. */
export function toValuationInput(values: ValuationValues) {
  const number = (text: string) => (text.trim() === '' ? NaN : Number(text));
  return {
    valuedOn: values.valuedOn,
    probability: number(values.probability),
    consequence: number(values.consequence),
    reasoning: values.reasoning,
  };
}
