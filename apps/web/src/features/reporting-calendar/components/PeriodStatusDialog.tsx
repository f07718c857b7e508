import { useMutation } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { closeReportingPeriodInputSchema, reopenReportingPeriodInputSchema } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckedSave } from '../../../apollo/useCheckedSave';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import type { ReportingPeriodsTable_PeriodFragment } from '../../../generated/graphql';

export const PeriodStatusDialog_Close = graphql(`
  mutation PeriodStatusDialog_Close($input: CloseReportingPeriodInput!) {
    closeReportingPeriod(input: $input) {
      id
      status
      statusReason
      closedAt
      version
    }
  }
`);

export const PeriodStatusDialog_Reopen = graphql(`
  mutation PeriodStatusDialog_Reopen($input: ReopenReportingPeriodInput!) {
    reopenReportingPeriod(input: $input) {
      id
      status
      statusReason
      closedAt
      version
    }
  }
`);

export interface PeriodStatusDialogProps {
  period: ReportingPeriodsTable_PeriodFragment;
  label: string;
  onClose: () => void;
  onSaved: (message: string) => void;
}

/** Closes an open period (a reason is optional) or reopens a closed one (a reason is required). */
export function PeriodStatusDialog({ period, label, onClose, onSaved }: PeriodStatusDialogProps) {
  const { t } = useTranslation();
  const closing = period.status === 'OPEN';
  const [reason, setReason] = useState('');
  const [close, closeState] = useMutation(PeriodStatusDialog_Close);
  const [reopen, reopenState] = useMutation(PeriodStatusDialog_Reopen);
  const save = useCheckedSave(
    closing ? closeReportingPeriodInputSchema : reopenReportingPeriodInputSchema,
    (input: { periodId: string; expectedVersion: number; reason: string }) =>
      closing ? close({ variables: { input } }) : reopen({ variables: { input } }),
    () =>
      onSaved(
        t(closing ? 'reportingCalendar.statusDialog.closed' : 'reportingCalendar.statusDialog.reopened', {
          period: label,
        }),
      ),
  );
  const reasonError = save.errorText('reason') ?? save.errorText('periodId');

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="period-status-title">
      <DialogTitle id="period-status-title">
        {t(closing ? 'reportingCalendar.statusDialog.closeTitle' : 'reportingCalendar.statusDialog.reopenTitle', {
          period: label,
        })}
      </DialogTitle>
      <DialogContent>
        <Stack
          component="form"
          id="period-status-form"
          spacing={2}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            save.setFailure(null);
            void save.submit({ periodId: period.id, expectedVersion: period.version, reason });
          }}
        >
          <DialogContentText>
            {t(closing ? 'reportingCalendar.statusDialog.closeText' : 'reportingCalendar.statusDialog.reopenText')}
          </DialogContentText>
          <TextField
            label={t(
              closing ? 'reportingCalendar.statusDialog.reasonOptional' : 'reportingCalendar.statusDialog.reason',
            )}
            required={!closing}
            multiline
            minRows={2}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={Boolean(reasonError)}
            helperText={reasonError}
          />
          <MutationFailureAlert failure={save.failure} onKeepMine={() => save.setFailure(null)} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('reportingCalendar.statusDialog.cancel')}</Button>
        <Button
          type="submit"
          form="period-status-form"
          variant="contained"
          disabled={closeState.loading || reopenState.loading}
        >
          {t(closing ? 'reportingCalendar.statusDialog.confirmClose' : 'reportingCalendar.statusDialog.confirmReopen')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
