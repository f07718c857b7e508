import { useMutation } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { setReportingLevelDeadlineInputSchema, setReportingPeriodDeadlineInputSchema } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invalidInputFailure, useFieldErrorText, apiFailureOf } from '../../../apollo/api-errors';
import type { ApiFailure } from '../../../apollo/api-errors';
import { DateField } from '../../../components/DateField';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import type { ReportingPeriodsTable_PeriodFragment } from '../../../generated/graphql';

export const PeriodDeadlineDialog_Move = graphql(`
  mutation PeriodDeadlineDialog_Move($input: SetReportingPeriodDeadlineInput!) {
    setReportingPeriodDeadline(input: $input) {
      id
      deadline
      deadlineMoved
      version
    }
  }
`);

export const PeriodDeadlineDialog_SetLevel = graphql(`
  mutation PeriodDeadlineDialog_SetLevel($input: SetReportingLevelDeadlineInput!) {
    setReportingLevelDeadline(input: $input) {
      id
      levelDeadlines {
        level
        deadline
      }
      version
    }
  }
`);

export interface PeriodDeadlineDialogProps {
  period: ReportingPeriodsTable_PeriodFragment;
  label: string;
  onClose: () => void;
  onSaved: (message: string) => void;
}

/** A period's deadline, and the earlier one of business areas; each saved only when it changed. */
export function PeriodDeadlineDialog({ period, label, onClose, onSaved }: PeriodDeadlineDialogProps) {
  const { t } = useTranslation();
  const ownBusinessArea = period.levelDeadlines.find((deadline) => deadline.level === 'BUSINESS_AREA')?.deadline ?? '';
  const [deadline, setDeadline] = useState(period.deadline);
  const [businessArea, setBusinessArea] = useState(ownBusinessArea);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [failedField, setFailedField] = useState<'deadline' | 'businessArea'>('deadline');
  const errorText = useFieldErrorText(failure);
  const [move, moving] = useMutation(PeriodDeadlineDialog_Move);
  const [setLevel, settingLevel] = useMutation(PeriodDeadlineDialog_SetLevel);

  async function save() {
    setFailure(null);
    let version = period.version;
    const moveInput = { periodId: period.id, deadline, expectedVersion: version };
    const levelInput = {
      periodId: period.id,
      level: 'BUSINESS_AREA' as const,
      deadline: businessArea || null,
      expectedVersion: version,
    };
    // The form checks both with the API's own schemas first, so neither is saved when one is invalid.
    for (const [field, schema, input] of [
      ['deadline', setReportingPeriodDeadlineInputSchema, moveInput],
      ['businessArea', setReportingLevelDeadlineInputSchema, levelInput],
    ] as const) {
      const checked = schema.safeParse(input);
      if (!checked.success) {
        setFailedField(field);
        setFailure(invalidInputFailure(checked.error.issues));
        return;
      }
    }
    try {
      if (deadline !== period.deadline) {
        setFailedField('deadline');
        const moved = await move({ variables: { input: moveInput } });
        version = moved.data?.setReportingPeriodDeadline.version ?? version;
      }
      if (businessArea !== ownBusinessArea) {
        setFailedField('businessArea');
        await setLevel({ variables: { input: { ...levelInput, expectedVersion: version } } });
      }
      onSaved(t('reportingCalendar.deadlineDialog.saved', { period: label }));
    } catch (error) {
      setFailure(apiFailureOf(error));
    }
  }

  const saving = moving.loading || settingLevel.loading;
  const deadlineError = failedField === 'deadline' ? errorText('deadline') : undefined;
  const businessAreaError = failedField === 'businessArea' ? errorText('deadline') : undefined;

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="period-deadline-title">
      <DialogTitle id="period-deadline-title">
        {t('reportingCalendar.deadlineDialog.title', { period: label })}
      </DialogTitle>
      <DialogContent>
        <Stack
          component="form"
          id="period-deadline-form"
          spacing={2}
          sx={{ pt: 1 }}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <DateField
            label={t('reportingCalendar.deadlineDialog.deadline')}
            value={deadline}
            onChange={(event) => setDeadline(event.target.value)}
            error={Boolean(deadlineError)}
            helperText={
              deadlineError ?? t('reportingCalendar.deadlineDialog.deadlineHelp', { date: period.ruleDeadline })
            }
          />
          <DateField
            label={t('reportingCalendar.deadlineDialog.businessArea')}
            value={businessArea}
            onChange={(event) => setBusinessArea(event.target.value)}
            error={Boolean(businessAreaError)}
            helperText={businessAreaError ?? t('reportingCalendar.deadlineDialog.businessAreaHelp')}
          />
          <MutationFailureAlert failure={failure} onKeepMine={() => setFailure(null)} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('reportingCalendar.deadlineDialog.cancel')}</Button>
        <Button type="submit" form="period-deadline-form" variant="contained" disabled={saving}>
          {t('reportingCalendar.deadlineDialog.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
