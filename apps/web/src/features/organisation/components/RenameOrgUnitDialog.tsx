import { useMutation } from '@apollo/client/react';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { renameOrgUnitInputSchema } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import type { RenameOrgUnitDialog_RenameMutationVariables } from '../../../generated/graphql';
import { ORG_TREE_QUERIES } from '../org-unit-row';
import type { OrgUnitRow } from '../org-unit-row';
import { useOrgUnitChange } from '../use-org-unit-change';
import { ChangeDateField } from './ChangeDateField';

export const RenameOrgUnitDialog_Rename = graphql(`
  mutation RenameOrgUnitDialog_Rename($input: RenameOrgUnitInput!) {
    renameOrgUnit(input: $input) {
      id
      name
      version
    }
  }
`);

export interface RenameOrgUnitDialogProps {
  unit: OrgUnitRow;
  onClose: () => void;
  onSaved: () => void;
}

/** A new name from a day on; earlier periods keep the earlier name. */
export function RenameOrgUnitDialog({ unit, onClose, onSaved }: RenameOrgUnitDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(unit.name);
  const [validFrom, setValidFrom] = useState('');
  const [rename, { loading }] = useMutation(RenameOrgUnitDialog_Rename);
  const { failure, errorText, submit, version, theirs, keepMine } = useOrgUnitChange(
    unit.version,
    renameOrgUnitInputSchema,
    (input: RenameOrgUnitDialog_RenameMutationVariables['input']) =>
      rename({ variables: { input }, refetchQueries: ORG_TREE_QUERIES, awaitRefetchQueries: true }),
    onSaved,
  );

  return (
    <FormDialog
      titleId="rename-org-unit-title"
      title={t('organisation.renameTitle', { name: unit.name })}
      saving={loading}
      onClose={onClose}
      onSubmit={() => void submit({ id: unit.id, expectedVersion: version, name, validFrom: validFrom || null })}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <MutationFailureAlert
          failure={failure}
          onKeepMine={keepMine}
          conflictDetail={theirs && t('organisation.conflict', { name: theirs.name, version: theirs.version })}
        />
        <TextField
          label={t('organisation.name')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={Boolean(errorText('name'))}
          helperText={errorText('name')}
          required
          autoFocus
        />
        <ChangeDateField value={validFrom} onChange={setValidFrom} error={errorText('validFrom') ?? errorText('id')} />
      </Stack>
    </FormDialog>
  );
}
