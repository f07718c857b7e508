import { useMutation } from '@apollo/client/react';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { moveOrgUnitInputSchema } from '@lagesbild/types';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import type { MoveOrgUnitDialog_MoveMutationVariables } from '../../../generated/graphql';
import { ORG_TREE_QUERIES, subtreeIds } from '../org-unit-row';
import type { OrgUnitRow } from '../org-unit-row';
import { useOrgUnitChange } from '../use-org-unit-change';
import { ChangeDateField } from './ChangeDateField';

export const MoveOrgUnitDialog_Move = graphql(`
  mutation MoveOrgUnitDialog_Move($input: MoveOrgUnitInput!) {
    moveOrgUnit(input: $input) {
      id
      version
    }
  }
`);

export interface MoveOrgUnitDialogProps {
  unit: OrgUnitRow;
  /** Every unit of the tree, parents first. */
  units: readonly OrgUnitRow[];
  onClose: () => void;
  onSaved: () => void;
}

/** A new place in the tree from a day on; earlier periods keep the earlier one. */
export function MoveOrgUnitDialog({ unit, units, onClose, onSaved }: MoveOrgUnitDialogProps) {
  const { t } = useTranslation();
  // Open units the administrator administers, outside the unit's own subtree.
  const choices = useMemo(() => {
    const below = subtreeIds(units, unit.id);
    return units.filter((other) => other.mayAdminister && !other.validTo && !below.has(other.id));
  }, [units, unit.id]);
  const [parentId, setParentId] = useState(unit.parentId ?? '');
  const [validFrom, setValidFrom] = useState('');
  const [move, { loading }] = useMutation(MoveOrgUnitDialog_Move);
  const { failure, errorText, submit, version, theirs, keepMine } = useOrgUnitChange(
    unit.version,
    moveOrgUnitInputSchema,
    (input: MoveOrgUnitDialog_MoveMutationVariables['input']) =>
      move({ variables: { input }, refetchQueries: ORG_TREE_QUERIES, awaitRefetchQueries: true }),
    onSaved,
  );

  return (
    <FormDialog
      titleId="move-org-unit-title"
      title={t('organisation.moveTitle', { name: unit.name })}
      saving={loading}
      saveDisabled={choices.length === 0}
      onClose={onClose}
      onSubmit={() => void submit({ id: unit.id, expectedVersion: version, parentId, validFrom: validFrom || null })}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <MutationFailureAlert
          failure={failure}
          onKeepMine={keepMine}
          conflictDetail={theirs && t('organisation.conflict', { name: theirs.name, version: theirs.version })}
        />
        <TextField
          select
          label={t('organisation.parent')}
          value={choices.some((choice) => choice.id === parentId) ? parentId : ''}
          onChange={(event) => setParentId(event.target.value)}
          error={Boolean(errorText('parentId') ?? errorText('id'))}
          helperText={
            errorText('parentId') ??
            errorText('id') ??
            (choices.length === 0 ? t('organisation.noParentChoice') : undefined)
          }
          autoFocus
        >
          {choices.map((choice) => (
            <MenuItem key={choice.id} value={choice.id} sx={{ pl: 2 + choice.depth * 2 }}>
              {choice.name}
            </MenuItem>
          ))}
        </TextField>
        <ChangeDateField value={validFrom} onChange={setValidFrom} error={errorText('validFrom')} />
      </Stack>
    </FormDialog>
  );
}
