import { useMutation } from '@apollo/client/react';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import { currentYearMonth, formatYearMonth } from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFailureOf, useFieldErrorText } from '../../../apollo/api-errors';
import type { ApiFailure } from '../../../apollo/api-errors';
import { FormDialog } from '../../../components/FormDialog';
import { MonthField } from '../../../components/MonthField';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import { createIndicatorInput, thresholdsChanged, updateIndicatorInput } from '../indicator-form';
import type { IndicatorFormValues } from '../indicator-form';
import { AlsoMeasuredBy } from './AlsoMeasuredBy';
import { MeasureFields } from './MeasureFields';

export const IndicatorForm_Create = graphql(`
  mutation IndicatorForm_Create($input: CreateIndicatorInput!) {
    createIndicator(input: $input) {
      id
    }
  }
`);

export const IndicatorForm_Update = graphql(`
  mutation IndicatorForm_Update($input: UpdateIndicatorInput!) {
    updateIndicator(input: $input) {
      id
      ...IndicatorDialog_indicator
    }
  }
`);

/** What the form offers to choose from, read by the page. */
export interface IndicatorFormOptions {
  orgUnits: readonly { id: string; name: string }[];
  owners: readonly { id: string; name: string }[];
  /** The month the period picker shows: proposed as the first month changed thresholds judge; else this month. */
  viewedMonth?: YearMonth;
  onClose: () => void;
}

export interface IndicatorFormProps extends IndicatorFormOptions {
  initial: IndicatorFormValues;
  /** The indicator changed, or null for a new one. */
  existing: { id: string; name: string; version: number; hasValues: boolean } | null;
}

/** The library's form: the definition, its measure and thresholds, owner and key flag. */
export function IndicatorForm({ initial, existing, orgUnits, owners, viewedMonth, onClose }: IndicatorFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [thresholdsFrom, setThresholdsFrom] = useState(() => formatYearMonth(viewedMonth ?? thisMonth()));
  const [version, setVersion] = useState(existing?.version ?? 1);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const refetch = { refetchQueries: ['IndicatorLibrary_Query'], awaitRefetchQueries: true };
  const [create, creating] = useMutation(IndicatorForm_Create, refetch);
  const [update, updating] = useMutation(IndicatorForm_Update, refetch);
  const errorText = useFieldErrorText(failure, { ownMessages: 'indicatorLibrary.validation' });
  const thresholdsFromError =
    errorText('thresholdsFrom') ?? errorText('thresholdsFrom.year') ?? errorText('thresholdsFrom.month');
  // Values already judged keep the thresholds they were judged by: from which month the new ones
  // apply is asked for once there are values. An answer about it from the API keeps it in view.
  const asksThresholdsFrom =
    Boolean(existing?.hasValues) && (thresholdsChanged(initial, values) || Boolean(thresholdsFromError));
  const set = (changes: Partial<IndicatorFormValues>) => setValues((current) => ({ ...current, ...changes }));
  const text = (field: 'code' | 'name' | 'description' | 'dataSource' | 'externalCode') => ({
    value: values[field],
    onChange: (event: { target: { value: string } }) => set({ [field]: event.target.value }),
    error: Boolean(errorText(field)),
  });

  async function submit() {
    try {
      if (existing) {
        const checked = updateIndicatorInput(
          values,
          existing.id,
          version,
          asksThresholdsFrom ? thresholdsFrom : undefined,
        );
        if (checked.failure) return setFailure(checked.failure);
        await update({
          variables: { input: checked.input },
          // The indicator's page may hold its statuses and thresholds' history from before: both changed.
          update: asksThresholdsFrom
            ? (cache) => {
                const id = cache.identify({ __typename: 'Indicator', id: existing.id });
                cache.evict({ id, fieldName: 'series' });
                cache.evict({ id, fieldName: 'thresholdHistory' });
              }
            : undefined,
        });
      } else {
        const checked = createIndicatorInput(values);
        if (checked.failure) return setFailure(checked.failure);
        await create({ variables: { input: checked.input } });
      }
      onClose();
    } catch (error) {
      setFailure(apiFailureOf(error));
    }
  }

  return (
    <FormDialog
      titleId="indicator-dialog-title"
      title={existing ? t('indicatorLibrary.editTitle', { name: existing.name }) : t('indicatorLibrary.newTitle')}
      maxWidth="md"
      saving={creating.loading || updating.loading}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <MutationFailureAlert
          failure={failure}
          onKeepMine={() => {
            setVersion((failure?.current as { version?: number } | null)?.version ?? version);
            setFailure(null);
          }}
        />
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            select
            label={t('indicatorLibrary.field.orgUnit')}
            value={values.orgUnitId}
            disabled={Boolean(existing)}
            onChange={(event) => set({ orgUnitId: event.target.value })}
            error={Boolean(errorText('orgUnitId'))}
            helperText={errorText('orgUnitId')}
            sx={{ flex: 2 }}
          >
            {orgUnits.map((unit) => (
              <MenuItem key={unit.id} value={unit.id}>
                {unit.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={t('indicatorLibrary.field.code')}
            {...text('code')}
            disabled={Boolean(existing)}
            // A fixed code needs no hint, and a disabled field's greyed hint would be too faint to read.
            helperText={errorText('code') ?? (existing ? undefined : t('indicatorLibrary.field.codeHint'))}
            required
            sx={{ flex: 1 }}
          />
        </Stack>
        {!existing && (
          <AlsoMeasuredBy
            code={values.code}
            orgUnitId={values.orgUnitId}
            onUse={(definition) => set({ ...definition, orgUnitId: values.orgUnitId, code: values.code })}
          />
        )}
        <TextField label={t('indicatorLibrary.field.name')} {...text('name')} helperText={errorText('name')} required />
        <TextField
          label={t('indicatorLibrary.field.description')}
          {...text('description')}
          helperText={errorText('description') ?? t('indicatorLibrary.field.descriptionHint')}
          multiline
          minRows={2}
        />
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            label={t('indicatorLibrary.field.dataSource')}
            {...text('dataSource')}
            helperText={errorText('dataSource')}
            sx={{ flex: 2 }}
          />
          <TextField
            label={t('indicatorLibrary.field.externalCode')}
            {...text('externalCode')}
            helperText={errorText('externalCode') ?? t('indicatorLibrary.field.externalCodeHint')}
            sx={{ flex: 1 }}
          />
        </Stack>
        <MeasureFields values={values} onChange={set} errorText={errorText} locked={existing?.hasValues ?? false} />
        {asksThresholdsFrom && (
          <MonthField
            label={t('indicatorLibrary.field.thresholdsFrom')}
            value={thresholdsFrom}
            onChange={(event) => setThresholdsFrom(event.target.value)}
            error={Boolean(thresholdsFromError)}
            helperText={thresholdsFromError ?? t('indicatorLibrary.field.thresholdsFromHint')}
            required
          />
        )}
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
          <TextField
            select
            label={t('indicatorLibrary.field.owner')}
            value={values.ownerId}
            onChange={(event) => set({ ownerId: event.target.value })}
            error={Boolean(errorText('ownerId'))}
            helperText={errorText('ownerId')}
            sx={{ flex: 1 }}
          >
            <MenuItem value="">{t('indicatorLibrary.field.noOwner')}</MenuItem>
            {owners.map((owner) => (
              <MenuItem key={owner.id} value={owner.id}>
                {owner.name}
              </MenuItem>
            ))}
          </TextField>
          <FormControlLabel
            control={<Switch checked={values.isKey} onChange={(event) => set({ isKey: event.target.checked })} />}
            label={t('indicatorLibrary.field.isKey')}
            sx={{ flex: 1 }}
          />
        </Stack>
      </Stack>
    </FormDialog>
  );
}

function thisMonth(): YearMonth {
  return currentYearMonth();
}
