import { useMutation } from '@apollo/client/react';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { createRiskCategoryInputSchema, updateRiskCategoryInputSchema } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useValidatedSave } from '../../../apollo/useValidatedSave';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import { RISK_SETTINGS_QUERIES } from '../risk-category-row';
import type { RiskCategoryRow } from '../risk-category-row';
import { useFieldErrorText } from '../../../apollo/api-errors';

export const RiskCategoryDialog_Create = graphql(`
  mutation RiskCategoryDialog_Create($input: CreateRiskCategoryInput!) {
    createRiskCategory(input: $input) {
      id
      name
      sortOrder
      retired
      riskCount
      version
    }
  }
`);

export const RiskCategoryDialog_Update = graphql(`
  mutation RiskCategoryDialog_Update($input: UpdateRiskCategoryInput!) {
    updateRiskCategory(input: $input) {
      id
      name
      retired
      version
    }
  }
`);

export interface RiskCategoryDialogProps {
  /** The category to change; a new one when left out. */
  category?: RiskCategoryRow;
  onClose: () => void;
  /** Saved: the page says so, in words naming the category. */
  onSaved: (message: string) => void;
}

/** A new risk category's name, or a category's name and whether it is retired. */
export function RiskCategoryDialog({ category, onClose, onSaved }: RiskCategoryDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(category?.name ?? '');
  const [retired, setRetired] = useState(category?.retired ?? false);
  const [version, setVersion] = useState(category?.version ?? 0);
  const [create, creating] = useMutation(RiskCategoryDialog_Create);
  const [update, updating] = useMutation(RiskCategoryDialog_Update);
  const { failure, setFailure, validateAndSave } = useValidatedSave();
  const errorText = useFieldErrorText(failure, { ownMessages: 'riskSettings.validation' });
  // On a conflict, the category as now saved.
  const theirs =
    failure?.code === 'CONFLICT'
      ? (failure.current as { name: string; version: number; retired: boolean } | null)
      : null;
  const refetch = { refetchQueries: RISK_SETTINGS_QUERIES, awaitRefetchQueries: true };

  async function submit() {
    if (category) {
      const input = { id: category.id, expectedVersion: version, name, retired };
      const saved = await validateAndSave(updateRiskCategoryInputSchema, input, () =>
        update({ variables: { input }, ...refetch }),
      );
      if (saved) onSaved(t('riskSettings.categories.saved'));
    } else {
      const saved = await validateAndSave(createRiskCategoryInputSchema, { name }, () =>
        create({ variables: { input: { name } }, ...refetch }),
      );
      if (saved) onSaved(t('riskSettings.categories.created', { name: name.trim() }));
    }
  }

  return (
    <FormDialog
      titleId="risk-category-dialog-title"
      title={
        category
          ? t('riskSettings.categories.editTitle', { name: category.name })
          : t('riskSettings.categories.createTitle')
      }
      saving={creating.loading || updating.loading}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <MutationFailureAlert
          failure={failure}
          onKeepMine={() => {
            if (theirs) setVersion(theirs.version);
            setFailure(null);
          }}
          conflictDetail={
            theirs &&
            t(theirs.retired ? 'riskSettings.categories.conflictRetired' : 'riskSettings.categories.conflict', {
              name: theirs.name,
              version: theirs.version,
            })
          }
        />
        <TextField
          label={t('riskSettings.categories.name')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={Boolean(errorText('name'))}
          helperText={errorText('name')}
          required
          autoFocus
        />
        {category && (
          <div>
            <FormControlLabel
              control={
                <Checkbox
                  checked={retired}
                  onChange={(event) => setRetired(event.target.checked)}
                  slotProps={{ input: { 'aria-describedby': 'risk-category-retire-hint' } }}
                />
              }
              label={t('riskSettings.categories.retire')}
            />
            <FormHelperText id="risk-category-retire-hint" sx={{ mt: 0 }}>
              {t('riskSettings.categories.retireHint')}
            </FormHelperText>
          </div>
        )}
      </Stack>
    </FormDialog>
  );
}
