import { useMutation } from '@apollo/client/react';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { AUDIT_ACTION_STATUSES, auditActionUpdateInputSchema, formatYearMonth } from '@lagesbild/types';
import type { AuditActionStatus, YearMonth } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from '../../../apollo/api-errors';
import { useValidatedSave } from '../../../apollo/useValidatedSave';
import { CorrectionReasonField, useCorrectionReason } from '../../../components/CorrectionReasonField';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import { formatPeriodLabel } from '../../../i18n/format';
import type { AuditRecommendationRow } from './AuditReportList';

const ActionStatusDialog_Save = graphql(`
  mutation ActionStatusDialog_Save($input: AuditActionUpdateInput!) {
    saveAuditActionUpdate(input: $input) {
      id
      status
      comment
      version
    }
  }
`);

export interface ActionStatusDialogProps {
  recommendation: AuditRecommendationRow;
  period: YearMonth;
  onClose: () => void;
}

/** The status and comment of an audit recommendation's action for the report month. */
export function ActionStatusDialog({ recommendation, period, onClose }: ActionStatusDialogProps) {
  const { t, i18n } = useTranslation();
  const start = recommendation.update;
  const own = start?.year === period.year && start.month === period.month;
  const [fields, setFields] = useState({
    status: start?.status ?? 'NOT_STARTED',
    comment: own ? (start?.comment ?? '') : '',
  });
  const [version, setVersion] = useState<number | null>(own ? (start?.version ?? null) : null);
  const { failure, setFailure, validateAndSave } = useValidatedSave();
  const errorText = useFieldErrorText(failure);
  const correction = useCorrectionReason(errorText('correctionReason'));
  const [save, saving] = useMutation(ActionStatusDialog_Save);

  async function submit() {
    const input = {
      recommendationId: recommendation.id,
      ...period,
      status: fields.status,
      comment: fields.comment || null,
      expectedVersion: version,
      ...correction.sent,
    };
    const saved = await validateAndSave(auditActionUpdateInputSchema, input, () =>
      save({
        variables: { input },
        refetchQueries: ['AssignmentsPage_Query', 'AssignmentFollowUp_Query'],
        awaitRefetchQueries: true,
      }),
    );
    if (saved) onClose();
  }
  const theirs = failure?.code === 'CONFLICT' ? (failure.current as { version: number } | null) : null;

  return (
    <FormDialog
      titleId="action-status-dialog-title"
      title={t('assignments.reportTitle', { period: formatPeriodLabel(formatYearMonth(period), i18n.language) })}
      saving={saving.loading}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <Typography variant="body2">{recommendation.recommendation}</Typography>
        <MutationFailureAlert
          failure={failure}
          onKeepMine={() => {
            setVersion(theirs?.version ?? version);
            setFailure(null);
          }}
        />
        {correction.asked && (
          <CorrectionReasonField explanation={t('assignments.correctionExplanation')} {...correction.field} />
        )}
        <TextField
          select
          label={t('assignments.status')}
          value={fields.status}
          onChange={(event) => setFields({ ...fields, status: event.target.value as AuditActionStatus })}
        >
          {AUDIT_ACTION_STATUSES.map((status) => (
            <MenuItem key={status} value={status}>
              {t(`auditActionStatus.${status}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label={t('assignments.comment')}
          multiline
          minRows={3}
          value={fields.comment}
          onChange={(event) => setFields({ ...fields, comment: event.target.value })}
          error={Boolean(errorText('comment'))}
          helperText={errorText('comment')}
        />
      </Stack>
    </FormDialog>
  );
}
