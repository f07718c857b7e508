import { useMutation } from '@apollo/client/react';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { closeOrgUnitInputSchema, isoToday } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import type { CloseOrgUnitDialog_CloseMutationVariables } from '../../../generated/graphql';
import { ORG_TREE_QUERIES } from '../org-unit-row';
import type { OrgUnitRow } from '../org-unit-row';
import { useOrgUnitChange } from '../use-org-unit-change';
import { DateField } from '../../../components/DateField';

export const CloseOrgUnitDialog_Close = graphql(`
  mutation CloseOrgUnitDialog_Close($input: CloseOrgUnitInput!) {
    closeOrgUnit(input: $input) {
      id
      validTo
      isClosed
      version
    }
  }
`);

export interface CloseOrgUnitDialogProps {
  unit: OrgUnitRow;
  onClose: () => void;
  onSaved: () => void;
}

/** Closes a unit after its last day: nothing is deleted, its history stays readable. */
export function CloseOrgUnitDialog({ unit, onClose, onSaved }: CloseOrgUnitDialogProps) {
  const { t } = useTranslation();
  const [validTo, setValidTo] = useState(unit.validTo ?? isoToday());
  const [close, { loading }] = useMutation(CloseOrgUnitDialog_Close);
  const { failure, errorText, submit, version, theirs, keepMine } = useOrgUnitChange(
    unit.version,
    closeOrgUnitInputSchema,
    (input: CloseOrgUnitDialog_CloseMutationVariables['input']) =>
      close({ variables: { input }, refetchQueries: ORG_TREE_QUERIES, awaitRefetchQueries: true }),
    onSaved,
  );

  return (
    <FormDialog
      titleId="close-org-unit-title"
      title={t('organisation.closeTitle', { name: unit.name })}
      saving={loading}
      onClose={onClose}
      onSubmit={() => void submit({ id: unit.id, expectedVersion: version, validTo })}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <MutationFailureAlert
          failure={failure}
          onKeepMine={keepMine}
          conflictDetail={theirs && t('organisation.conflict', { name: theirs.name, version: theirs.version })}
        />
        <Typography>{t('organisation.closeHint')}</Typography>
        <DateField
          label={t('organisation.validTo')}
          value={validTo}
          onChange={(event) => setValidTo(event.target.value)}
          error={Boolean(errorText('validTo'))}
          helperText={errorText('validTo')}
          required
          autoFocus
        />
      </Stack>
    </FormDialog>
  );
}
