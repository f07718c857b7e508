import { useMutation } from '@apollo/client/react';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { createOrgUnitInputSchema, ORG_UNIT_KINDS } from '@lagesbild/types';
import type { OrgUnitKind } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckedSave } from '../../../apollo/useCheckedSave';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import type { CreateOrgUnitDialog_CreateMutationVariables } from '../../../generated/graphql';
import { ORG_TREE_QUERIES } from '../org-unit-row';
import type { OrgUnitRow } from '../org-unit-row';
import { DateField } from '../../../components/DateField';

export const CreateOrgUnitDialog_Create = graphql(`
  mutation CreateOrgUnitDialog_Create($input: CreateOrgUnitInput!) {
    createOrgUnit(input: $input) {
      id
      name
    }
  }
`);

/** The kind a new unit most likely has, one level below its parent's. */
function kindBelow(parent: OrgUnitKind): OrgUnitKind {
  const below = ORG_UNIT_KINDS.indexOf(parent) + 1;
  return ORG_UNIT_KINDS[Math.min(below, ORG_UNIT_KINDS.length - 1)]!;
}

export interface CreateOrgUnitDialogProps {
  parent: OrgUnitRow;
  onClose: () => void;
  onCreated: (unit: { id: string; name: string }) => void;
}

/** A new unit below `parent`: code, name, kind and the day it begins. */
export function CreateOrgUnitDialog({ parent, onClose, onCreated }: CreateOrgUnitDialogProps) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<OrgUnitKind>(kindBelow(parent.kind));
  const [validFrom, setValidFrom] = useState('');
  const [create, { loading }] = useMutation(CreateOrgUnitDialog_Create);
  const { failure, setFailure, errorText, submit } = useCheckedSave(
    createOrgUnitInputSchema,
    async (input: CreateOrgUnitDialog_CreateMutationVariables['input']) => {
      const result = await create({
        variables: { input },
        refetchQueries: ORG_TREE_QUERIES,
        awaitRefetchQueries: true,
      });
      if (result.data) onCreated(result.data.createOrgUnit);
    },
    onClose,
  );

  return (
    <FormDialog
      titleId="create-org-unit-title"
      title={t('organisation.createTitle', { parent: parent.name })}
      saving={loading}
      onClose={onClose}
      onSubmit={() => void submit({ parentId: parent.id, code, name, kind, validFrom: validFrom || null })}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <MutationFailureAlert failure={failure} onKeepMine={() => setFailure(null)} />
        <TextField
          label={t('organisation.name')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={Boolean(errorText('name'))}
          helperText={errorText('name')}
          required
          autoFocus
        />
        <TextField
          label={t('organisation.code')}
          value={code}
          onChange={(event) => setCode(event.target.value)}
          error={Boolean(errorText('code'))}
          helperText={errorText('code') ?? t('organisation.codeHint')}
          required
        />
        <TextField
          select
          label={t('organisation.kind')}
          value={kind}
          onChange={(event) => setKind(event.target.value as OrgUnitKind)}
          error={Boolean(errorText('kind'))}
          helperText={errorText('kind')}
        >
          {ORG_UNIT_KINDS.map((option) => (
            <MenuItem key={option} value={option}>
              {t(`orgUnitKind.${option}`)}
            </MenuItem>
          ))}
        </TextField>
        <DateField
          label={t('organisation.validFrom')}
          value={validFrom}
          onChange={(event) => setValidFrom(event.target.value)}
          error={Boolean(errorText('validFrom'))}
          helperText={errorText('validFrom') ?? t('organisation.validFromHint')}
        />
        {errorText('parentId') && <FormHelperText error>{errorText('parentId')}</FormHelperText>}
      </Stack>
    </FormDialog>
  );
}
