import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from '../apollo/api-errors';
import { useValidatedSave } from '../apollo/useValidatedSave';
import type { InputSchema } from '../apollo/useValidatedSave';
import { MutationFailureAlert } from './MutationFailureAlert';

/** What a conflict tells of the thing as the other person saved it. */
export interface SavedMeanwhile {
  name: string;
  version: number;
}

export interface RemovalDialogProps<Input> {
  title: ReactNode;
  /** What removing it means, or why it cannot be removed. */
  body: ReactNode;
  /** The button that removes it; null when it cannot be removed (the dialog then only closes). */
  confirmLabel: string | null;
  /** The version of the thing when the dialog opened: a removal of an older one is refused as a conflict. */
  version: number;
  /** The mutation's input for a version of the thing. */
  inputOf: (expectedVersion: number) => Input;
  /** The schema the API checks the input with. */
  schema: InputSchema;
  /** Removes it (the mutation, with the queries to refetch). */
  remove: (input: Input) => Promise<unknown>;
  removing: boolean;
  /** The feature's validation messages, for the API's refusal beside the thing's id. */
  ownMessages: string;
  /** A conflict in words: what the other person saved. */
  conflictDetail: (theirs: SavedMeanwhile) => string;
  onClose: () => void;
  onRemoved: () => void;
}

/**
 * Asks before removing something, and shows why the API refused, if it did: a conflict with
 * someone's save meanwhile (removing it anyway is a choice) or a refusal beside its id.
 */
export function RemovalDialog<Input>({
  title,
  body,
  confirmLabel,
  version: versionWhenOpened,
  inputOf,
  schema,
  remove,
  removing,
  ownMessages,
  conflictDetail,
  onClose,
  onRemoved,
}: RemovalDialogProps<Input>) {
  const { t } = useTranslation();
  const titleId = useId();
  const { failure, setFailure, validateAndSave } = useValidatedSave();
  const reason = useFieldErrorText(failure, { ownMessages })('id');
  const [version, setVersion] = useState(versionWhenOpened);
  const theirs = failure?.code === 'CONFLICT' ? (failure.current as SavedMeanwhile | null) : null;

  async function confirm() {
    const input = inputOf(version);
    if (await validateAndSave(schema, input, () => remove(input))) onRemoved();
  }

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby={titleId}>
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        {body}
        <MutationFailureAlert
          failure={failure}
          onKeepMine={() => {
            if (theirs) setVersion(theirs.version);
            setFailure(null);
          }}
          conflictDetail={theirs && conflictDetail(theirs)}
        />
        {reason && (
          <Alert severity="error" role="alert">
            {reason}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{confirmLabel ? t('app.cancel') : t('app.close')}</Button>
        {confirmLabel && (
          <Button color="error" variant="contained" disabled={removing} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
