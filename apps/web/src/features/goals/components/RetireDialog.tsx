import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { setActivityRetiredInputSchema, setGoalRetiredInputSchema } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from '../../../apollo/api-errors';
import { useValidatedSave } from '../../../apollo/useValidatedSave';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import { GOALS_PAGE_QUERIES } from '../goal-plan';

export const RetireDialog_Goal = graphql(`
  mutation RetireDialog_Goal($input: SetGoalRetiredInput!) {
    setGoalRetired(input: $input) {
      id
      retiredAt
      version
    }
  }
`);

export const RetireDialog_Activity = graphql(`
  mutation RetireDialog_Activity($input: SetActivityRetiredInput!) {
    setActivityRetired(input: $input) {
      id
      retiredAt
      version
    }
  }
`);

export interface RetireDialogProps {
  /** A goal leaves the plan; an activity is cancelled. Neither is deleted. */
  kind: 'goal' | 'activity';
  id: string;
  version: number;
  title: string;
  onClose: () => void;
  onSaved: () => void;
}

/** Asks before a goal or an activity leaves the plan, saying that its history stays. */
export function RetireDialog({ kind, id, version: loadedVersion, title, onClose, onSaved }: RetireDialogProps) {
  const { t } = useTranslation();
  const [version, setVersion] = useState(loadedVersion);
  const options = { refetchQueries: GOALS_PAGE_QUERIES, awaitRefetchQueries: true };
  const [retireGoal, retiringGoal] = useMutation(RetireDialog_Goal, options);
  const [retireActivity, retiringActivity] = useMutation(RetireDialog_Activity, options);
  const { failure, setFailure, validateAndSave } = useValidatedSave();
  const errorText = useFieldErrorText(failure);
  const refusal = errorText('retired') ?? errorText('id');

  async function submit() {
    const input = { id, expectedVersion: version, retired: true };
    const saved =
      kind === 'goal'
        ? await validateAndSave(setGoalRetiredInputSchema, input, () => retireGoal({ variables: { input } }))
        : await validateAndSave(setActivityRetiredInputSchema, input, () => retireActivity({ variables: { input } }));
    if (saved) onSaved();
  }

  return (
    <FormDialog
      titleId="retire-dialog-title"
      title={t(kind === 'goal' ? 'goals.plan.retireGoalTitle' : 'goals.plan.retireActivityTitle', { title })}
      saving={retiringGoal.loading || retiringActivity.loading}
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
        {refusal && <Alert severity="error">{refusal}</Alert>}
        <Typography>{t(kind === 'goal' ? 'goals.plan.retireGoalText' : 'goals.plan.retireActivityText')}</Typography>
      </Stack>
    </FormDialog>
  );
}
