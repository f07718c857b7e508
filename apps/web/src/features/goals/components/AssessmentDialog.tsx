import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { formatYearMonth, goalAssessmentInputSchema } from '@lagesbild/types';
import type { GoalFulfilment, YearMonth } from '@lagesbild/types';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFailureOf, invalidInputFailure, useFieldErrorText } from '../../../apollo/api-errors';
import type { ApiFailure } from '../../../apollo/api-errors';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import { formatPeriodLabel } from '../../../i18n/format';

const AssessmentDialog_Save = graphql(`
  mutation AssessmentDialog_Save($input: GoalAssessmentInput!) {
    setGoalAssessment(input: $input) {
      id
      goalId
      year
      month
      fulfilment
      comment
      version
    }
  }
`);

const FULFILMENTS: GoalFulfilment[] = ['FULFILLED', 'PARTLY_FULFILLED', 'NOT_FULFILLED', 'NOT_ASSESSED'];

interface CurrentAssessment {
  fulfilment: GoalFulfilment;
  comment?: string | null;
  version: number;
}

export interface AssessmentDialogProps {
  goal: { id: string; title: string };
  period: YearMonth;
  /** The assessment of this very period, if there is one. */
  current: CurrentAssessment | null;
  onClose: () => void;
  onSaved: () => void;
}

/** Sets a goal's fulfilment and comment for the period; refuses to overwrite someone else's newer save. */
export function AssessmentDialog({ goal, period, current, onClose, onSaved }: AssessmentDialogProps) {
  const { t, i18n } = useTranslation();
  const [fulfilment, setFulfilment] = useState<GoalFulfilment>(current?.fulfilment ?? 'NOT_ASSESSED');
  const [comment, setComment] = useState(current?.comment ?? '');
  const [version, setVersion] = useState<number | null>(current?.version ?? null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [save, { loading }] = useMutation(AssessmentDialog_Save);

  const errorText = useFieldErrorText(failure);
  const theirs = failure?.code === 'CONFLICT' ? (failure.current as CurrentAssessment | null) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { goalId: goal.id, ...period, fulfilment, comment, expectedVersion: version };
    const checked = goalAssessmentInputSchema.safeParse(input);
    if (!checked.success) {
      setFailure(invalidInputFailure(checked.error.issues));
      return;
    }
    try {
      // The goals page shows the latest assessment up to its month; read it again.
      // The overview counts goals by fulfilment: drop its cached answers so it is read anew when next shown.
      await save({
        variables: { input },
        refetchQueries: ['GoalsPage_Query'],
        awaitRefetchQueries: true,
        update: (cache) => {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'overview' });
          cache.gc();
        },
      });
      onSaved();
    } catch (error) {
      setFailure(apiFailureOf(error));
    }
  }

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="assessment-title">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle id="assessment-title">
          {t('goals.assessTitle', { period: formatPeriodLabel(formatYearMonth(period), i18n.language) })}
        </DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Alert severity="info" icon={false}>
              {goal.title}
            </Alert>
            <MutationFailureAlert
              failure={failure}
              onKeepMine={() => {
                // Keep what this user typed, on top of the version now in the database.
                setVersion(theirs?.version ?? null);
                setFailure(null);
              }}
              conflictDetail={
                theirs &&
                t('goals.conflictTheirs', {
                  fulfilment: t(`fulfilment.${theirs.fulfilment}`),
                  comment: theirs.comment ?? '–',
                })
              }
            />
            <TextField
              select
              label={t('goals.assessment')}
              value={fulfilment}
              onChange={(event) => setFulfilment(event.target.value as GoalFulfilment)}
              error={Boolean(errorText('fulfilment'))}
              helperText={errorText('fulfilment')}
            >
              {FULFILMENTS.map((option) => (
                <MenuItem key={option} value={option}>
                  {t(`fulfilment.${option}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={t('goals.comment')}
              value={comment}
              onChange={(event) => setComment(event.target.value)}
              multiline
              minRows={3}
              error={Boolean(errorText('comment'))}
              helperText={errorText('comment')}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('app.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading}>
            {t('app.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
