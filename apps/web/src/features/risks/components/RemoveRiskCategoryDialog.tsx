import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import DialogContentText from '@mui/material/DialogContentText';
import { removeRiskCategoryInputSchema } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { RemovalDialog } from '../../../components/RemovalDialog';
import { graphql } from '../../../generated';
import { RISK_SETTINGS_QUERIES } from '../risk-category-row';
import type { RiskCategoryRow } from '../risk-category-row';

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
  const inUse = category.riskCount > 0;
  return (
    <RemovalDialog
      title={t('riskSettings.categories.removeTitle', { name: category.name })}
      body={
        inUse ? (
          <Alert severity="info">{t('riskSettings.categories.inUse', { count: category.riskCount })}</Alert>
        ) : (
          <DialogContentText sx={{ mb: 2 }}>{t('riskSettings.categories.removeBody')}</DialogContentText>
        )
      }
      confirmLabel={inUse ? null : t('riskSettings.categories.removeConfirm')}
      version={category.version}
      inputOf={(expectedVersion) => ({ id: category.id, expectedVersion })}
      schema={removeRiskCategoryInputSchema}
      remove={(input) =>
        remove({ variables: { input }, refetchQueries: RISK_SETTINGS_QUERIES, awaitRefetchQueries: true })
      }
      removing={loading}
      ownMessages="riskSettings.validation"
      conflictDetail={({ name, version }) => t('riskSettings.categories.conflict', { name, version })}
      onClose={onClose}
      onRemoved={onRemoved}
    />
  );
}
