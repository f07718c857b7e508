import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { ASSIGNMENT_STATUSES, assignmentUpdateInputSchema, formatYearMonth } from '@lagesbild/types';
import type { AssignmentStatus, YearMonth } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from '../../../apollo/api-errors';
import { useValidatedSave } from '../../../apollo/useValidatedSave';
import { CorrectionReasonField, useCorrectionReason } from '../../../components/CorrectionReasonField';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import { formatPeriodLabel } from '../../../i18n/format';
import type { AssignmentRow } from './AssignmentTable';
import { DateField } from '../../../components/DateField';

export const AssignmentStatusDialog_Save = graphql(`
  mutation AssignmentStatusDialog_Save($input: AssignmentUpdateInput!) {
    saveAssignmentUpdate(input: $input) {
      id
      status
      comment
      decisionDate
      decisionCaseNumber
      version
    }
  }
`);

export interface AssignmentStatusDialogProps {
  assignment: AssignmentRow;
  /** The report month the status is for. */
  period: YearMonth;
  onClose: () => void;
}

/**
 * An assignment's status and comment for the report month. Declared complete asks for the
 * decision's date and case number, as the interim report lists them.
 */
export function AssignmentStatusDialog({ assignment, period, onClose }: AssignmentStatusDialogProps) {
  const { t, i18n } = useTranslation();
  // The month's own status is edited at its version; a status carried from an earlier month starts a new one.
  const own = assignment.update?.year === period.year && assignment.update.month === period.month;
  const start = assignment.update;
  const [fields, setFields] = useState({
    status: start?.status ?? 'NOT_STARTED',
    comment: own ? (start?.comment ?? '') : '',
    decisionDate: start?.decisionDate ?? '',
    decisionCaseNumber: start?.decisionCaseNumber ?? '',
  });
  const [version, setVersion] = useState<number | null>(own ? (start?.version ?? null) : null);
  const { failure, setFailure, validateAndSave } = useValidatedSave();
  const errorText = useFieldErrorText(failure);
  const correction = useCorrectionReason(errorText('correctionReason'));
  const [save, saving] = useMutation(AssignmentStatusDialog_Save);
  const declared = fields.status === 'DECLARED_COMPLETE';

  async function submit() {
    const input = {
      assignmentId: assignment.id,
      ...period,
      status: fields.status,
      comment: fields.comment || null,
      decisionDate: declared ? fields.decisionDate || null : null,
      decisionCaseNumber: declared ? fields.decisionCaseNumber || null : null,
      expectedVersion: version,
      ...correction.sent,
    };
    const saved = await validateAndSave(assignmentUpdateInputSchema, input, () =>
      save({
        variables: { input },
        refetchQueries: ['AssignmentsPage_Query', 'AssignmentFollowUp_Query'],
        awaitRefetchQueries: true,
      }),
    );
    if (saved) onClose();
  }

  const theirs = failure?.code === 'CONFLICT' ? (failure.current as { version: number } | null) : null;
  const field = (name: 'comment' | 'decisionDate' | 'decisionCaseNumber') => ({
    value: fields[name],
    onChange: (event: { target: { value: string } }) => setFields({ ...fields, [name]: event.target.value }),
    error: Boolean(errorText(name)),
    helperText: errorText(name),
  });

  return (
    <FormDialog
      titleId="assignment-status-dialog-title"
      title={t('assignments.reportTitle', { period: formatPeriodLabel(formatYearMonth(period), i18n.language) })}
      saving={saving.loading}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <Typography variant="body2">{assignment.title}</Typography>
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
          onChange={(event) => setFields({ ...fields, status: event.target.value as AssignmentStatus })}
        >
          {ASSIGNMENT_STATUSES.map((status) => (
            <MenuItem key={status} value={status}>
              {t(`assignmentStatus.${status}`)}
            </MenuItem>
          ))}
        </TextField>
        {declared && (
          <>
            <Alert severity="info">{t('assignments.decisionHint')}</Alert>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
              <DateField label={t('assignments.decisionDate')} required fullWidth {...field('decisionDate')} />
              <TextField
                label={t('assignments.decisionCaseNumber')}
                required
                fullWidth
                {...field('decisionCaseNumber')}
                helperText={errorText('decisionCaseNumber') ?? t('assignments.caseNumberHint')}
              />
            </Stack>
          </>
        )}
        <TextField label={t('assignments.comment')} multiline minRows={3} {...field('comment')} />
      </Stack>
    </FormDialog>
  );
}
