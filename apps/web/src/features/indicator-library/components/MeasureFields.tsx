import Alert from '@mui/material/Alert';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import type {
  IndicatorDirection,
  IndicatorUnit,
  LevelAggregation,
  Periodicity,
  ThresholdKind,
  UnitRollup,
} from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { withMeasureChange } from '../indicator-form';
import type { IndicatorFormValues } from '../indicator-form';

const UNITS: IndicatorUnit[] = ['PERCENT', 'COUNT', 'TKR', 'MNKR', 'INDEX', 'FTE', 'DAYS', 'TERABYTE'];
const PERIODICITIES: Periodicity[] = ['MONTH', 'TERTIAL', 'YEAR'];
const DIRECTIONS: IndicatorDirection[] = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'ON_TARGET'];
const AGGREGATIONS: LevelAggregation[] = ['LATEST', 'AVERAGE'];
const THRESHOLD_KINDS: ThresholdKind[] = ['RELATIVE', 'ABSOLUTE'];
const ROLLUPS: UnitRollup[] = ['SUM', 'AVERAGE', 'LIST'];

type SelectField = 'unit' | 'periodicity' | 'direction' | 'levelAggregation' | 'thresholdKind' | 'unitRollup';

export interface MeasureFieldsProps {
  values: IndicatorFormValues;
  onChange: (changes: Partial<IndicatorFormValues>) => void;
  errorText: (field: string) => string | undefined;
  /** The indicator has values: what gives them their meaning cannot change. */
  locked: boolean;
}

/** What the figures are (unit, periodicity, direction, cumulation) and when they turn yellow or red. */
export function MeasureFields({ values, onChange, errorText, locked }: MeasureFieldsProps) {
  const { t } = useTranslation();
  const select = (
    field: SelectField,
    label: string,
    options: readonly { value: string; label: string }[],
    lockable = true,
    hint?: string,
  ) => (
    <TextField
      select
      label={label}
      value={values[field]}
      disabled={lockable && locked}
      onChange={(event) =>
        onChange(
          field === 'unit'
            ? withMeasureChange(values, { unit: event.target.value as IndicatorUnit })
            : { [field]: event.target.value },
        )
      }
      error={Boolean(errorText(field))}
      helperText={errorText(field) ?? hint}
      sx={{ flex: 1, minWidth: 0 }}
    >
      {options.map((option) => (
        <MenuItem key={option.value} value={option.value}>
          {option.label}
        </MenuItem>
      ))}
    </TextField>
  );
  const threshold = (field: 'yellowThreshold' | 'redThreshold') => (
    <TextField
      label={t(`indicatorLibrary.field.${field}`)}
      value={values[field]}
      onChange={(event) => onChange({ [field]: event.target.value })}
      error={Boolean(errorText(field))}
      helperText={errorText(field)}
      slotProps={{ htmlInput: { inputMode: 'decimal' } }}
      required
      sx={{ flex: 1, minWidth: 0 }}
    />
  );

  return (
    <>
      {locked && <Alert severity="info">{t('indicatorLibrary.lockedByValues')}</Alert>}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        {select(
          'unit',
          t('indicatorLibrary.field.unit'),
          UNITS.map((unit) => ({ value: unit, label: t(`indicatorLibrary.unitWord.${unit}`) })),
        )}
        {select(
          'periodicity',
          t('indicatorLibrary.field.periodicity'),
          PERIODICITIES.map((periodicity) => ({ value: periodicity, label: t(`periodicity.${periodicity}`) })),
        )}
        {select(
          'direction',
          t('indicatorLibrary.field.direction'),
          DIRECTIONS.map((direction) => ({ value: direction, label: t(`indicatorLibrary.direction.${direction}`) })),
        )}
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
        <FormControlLabel
          control={
            <Switch
              checked={values.cumulative}
              disabled={locked}
              onChange={(event) => onChange(withMeasureChange(values, { cumulative: event.target.checked }))}
            />
          }
          label={t('indicatorLibrary.field.cumulative')}
          sx={{ flex: 1 }}
        />
        {!values.cumulative &&
          select(
            'levelAggregation',
            t('indicatorLibrary.field.levelAggregation'),
            AGGREGATIONS.map((aggregation) => ({
              value: aggregation,
              label: t(`indicatorLibrary.levelAggregation.${aggregation}`),
            })),
          )}
      </Stack>
      {errorText('cumulative') && <Alert severity="error">{errorText('cumulative')}</Alert>}
      {select(
        'unitRollup',
        t('indicatorLibrary.field.unitRollup'),
        ROLLUPS.map((rollup) => ({ value: rollup, label: t(`indicatorLibrary.unitRollup.${rollup}`) })),
        // How units roll up reinterprets no saved value: it may change at any time.
        false,
        t('indicatorLibrary.unitRollupHint'),
      )}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        {select(
          'thresholdKind',
          t('indicatorLibrary.field.thresholdKind'),
          THRESHOLD_KINDS.map((kind) => ({ value: kind, label: t(`indicatorLibrary.thresholdKind.${kind}`) })),
          false,
        )}
        {threshold('yellowThreshold')}
        {threshold('redThreshold')}
      </Stack>
    </>
  );
}
