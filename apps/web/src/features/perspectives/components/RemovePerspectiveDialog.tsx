import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { useValidatedSave } from '../../../apollo/useValidatedSave';
import { removePerspectiveInputSchema } from '@lagesbild/types';
import { graphql } from '../../../generated';
import { PERSPECTIVE_QUERIES } from '../perspective-row';
import type { PerspectiveRow } from '../perspective-row';
import { useFieldErrorText } from '../../../apollo/api-errors';

export const RemovePerspectiveDialog_Remove = graphql(`
  mutation RemovePerspectiveDialog_Remove($input: RemovePerspectiveInput!) {
    removePerspective(input: $input) {
      id
      year
    }
  }
`);

export interface RemovePerspectiveDialogProps {
  perspective: PerspectiveRow;
  onClose: () => void;
  onRemoved: () => void;
}

/** Asks before removing a perspective from its year, and shows why the API refused, if it did. */
export function RemovePerspectiveDialog({ perspective, onClose, onRemoved }: RemovePerspectiveDialogProps) {
  const { t } = useTranslation();
  const [remove, { loading }] = useMutation(RemovePerspectiveDialog_Remove);
  const { failure, setFailure, validateAndSave } = useValidatedSave();
  const reason = useFieldErrorText(failure, { ownMessages: 'perspectives.validation' })('id');
  const [version, setVersion] = useState(perspective.version);
  const input = { id: perspective.id, year: perspective.year, expectedVersion: version };
  const theirs = failure?.code === 'CONFLICT' ? (failure.current as { name: string; version: number } | null) : null;
  const names = { name: perspective.name, year: perspective.year };

  async function confirm() {
    const removed = await validateAndSave(removePerspectiveInputSchema, input, () =>
      remove({ variables: { input }, refetchQueries: PERSPECTIVE_QUERIES, awaitRefetchQueries: true }),
    );
    if (removed) onRemoved();
  }

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="remove-perspective-title">
      <DialogTitle id="remove-perspective-title">{t('perspectives.removeTitle', names)}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('perspectives.removeBody', names)}</DialogContentText>
        {/* Someone changed it meanwhile: what they saved is shown, and removing it anyway is a choice. */}
        <MutationFailureAlert
          failure={failure}
          onKeepMine={() => {
            if (theirs) setVersion(theirs.version);
            setFailure(null);
          }}
          conflictDetail={theirs && t('perspectives.conflict', { name: theirs.name, version: theirs.version })}
        />
        {reason && (
          <Alert severity="error" role="alert">
            {reason}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('app.cancel')}</Button>
        <Button color="error" variant="contained" disabled={loading} onClick={() => void confirm()}>
          {t('perspectives.removeConfirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
