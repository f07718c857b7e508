import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { removeRiskCategoryInputSchema } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useValidatedSave } from '../../../apollo/useValidatedSave';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import { RISK_SETTINGS_QUERIES } from '../risk-category-row';
import type { RiskCategoryRow } from '../risk-category-row';
import { useFieldErrorText } from '../../../apollo/api-errors';

export const RemoveRiskCategoryDialog_Remove = graphql(`
  mutation RemoveRiskCategoryDialog_Remove($input: RemoveRiskCategoryInput!) {
    removeRiskCategory(input: $input) {
      id
    }
  }
`);

export interface RemoveRiskCategoryDialogProps {
  category: RiskCategoryRow;
  onClose: () => void;
  onRemoved: () => void;
}

/**
 * Asks before removing a risk category. One that risks are in cannot be removed, only retired:
 * the dialog says so instead of asking, and shows the API's refusal if risks came meanwhile.
 */
export function RemoveRiskCategoryDialog({ category, onClose, onRemoved }: RemoveRiskCategoryDialogProps) {
  const { t } = useTranslation();
  const [remove, { loading }] = useMutation(RemoveRiskCategoryDialog_Remove);
  const { failure, setFailure, validateAndSave } = useValidatedSave();
  const reason = useFieldErrorText(failure, { ownMessages: 'riskSettings.validation' })('id');
  const [version, setVersion] = useState(category.version);
  const input = { id: category.id, expectedVersion: version };
  const theirs = failure?.code === 'CONFLICT' ? (failure.current as { name: string; version: number } | null) : null;
  const inUse = category.riskCount > 0;

  async function confirm() {
    const removed = await validateAndSave(removeRiskCategoryInputSchema, input, () =>
      remove({ variables: { input }, refetchQueries: RISK_SETTINGS_QUERIES, awaitRefetchQueries: true }),
    );
    if (removed) onRemoved();
  }

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="remove-risk-category-title">
      <DialogTitle id="remove-risk-category-title">
        {t('riskSettings.categories.removeTitle', { name: category.name })}
      </DialogTitle>
      <DialogContent>
        {inUse ? (
          <Alert severity="info">{t('riskSettings.categories.inUse', { count: category.riskCount })}</Alert>
        ) : (
          <DialogContentText sx={{ mb: 2 }}>{t('riskSettings.categories.removeBody')}</DialogContentText>
        )}
        {/* Someone changed it meanwhile: what they saved is shown, and removing it anyway is a choice. */}
        <MutationFailureAlert
          failure={failure}
          onKeepMine={() => {
            if (theirs) setVersion(theirs.version);
            setFailure(null);
          }}
          conflictDetail={
            theirs && t('riskSettings.categories.conflict', { name: theirs.name, version: theirs.version })
          }
        />
        {reason && (
          <Alert severity="error" role="alert">
            {reason}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{inUse ? t('app.close') : t('app.cancel')}</Button>
        {!inUse && (
          <Button color="error" variant="contained" disabled={loading} onClick={() => void confirm()}>
            {t('riskSettings.categories.removeConfirm')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
