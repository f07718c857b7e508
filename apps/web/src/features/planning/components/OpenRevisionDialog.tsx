import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { openPlanRevisionInputSchema } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../../apollo/api-errors';
import { useCheckedSave } from '../../../apollo/useCheckedSave';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import type { OpenRevisionDialog_OpenMutationVariables } from '../../../generated/graphql';

export const OpenRevisionDialog_Open = graphql(`
  mutation OpenRevisionDialog_Open($input: OpenPlanRevisionInput!) {
    openPlanRevision(input: $input) {
      id
      ...PlanHistory_plan
      ...PlanStatusCard_plan
    }
  }
`);

export interface OpenRevisionDialogProps {
  planId: string;
  version: number;
  nextRevision: number;
  onClose: () => void;
  onSaved: () => void;
}

/** Confirms opening the adopted plan for changes as its next revision. */
export function OpenRevisionDialog({ planId, version, nextRevision, onClose, onSaved }: OpenRevisionDialogProps) {
  const { t } = useTranslation();
  const [open, { loading }] = useMutation(OpenRevisionDialog_Open);
  const { failure, setFailure, submit } = useCheckedSave(
    openPlanRevisionInputSchema,
    (input: OpenRevisionDialog_OpenMutationVariables['input']) =>
      open({ variables: { input }, refetchQueries: ['PlanPage_Query'], awaitRefetchQueries: true }),
    onSaved,
  );
  const refusal = fieldMessage(failure, 'planId');
  return (
    <FormDialog
      // The page says what was done, in its own words, where it shows.
      savedNotice={false}
      titleId="open-revision-title"
      title={t('planning.openRevisionTitle', { number: nextRevision })}
      submitLabel={t('planning.openRevisionConfirm')}
      saving={loading}
      onClose={onClose}
      onSubmit={() => void submit({ planId, expectedVersion: version })}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <MutationFailureAlert failure={failure} onKeepMine={() => setFailure(null)} />
        {refusal && (
          <Alert severity="error">{t(`validation.${refusal}`, { defaultValue: t('validation.invalid') })}</Alert>
        )}
        <Typography>{t('planning.openRevisionBody', { number: nextRevision })}</Typography>
      </Stack>
    </FormDialog>
  );
}
