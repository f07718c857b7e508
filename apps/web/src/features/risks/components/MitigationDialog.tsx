import { useMutation } from '@apollo/client/react';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { addMitigationInputSchema, updateMitigationInputSchema } from '@lagesbild/types';
import type { MitigationStatus } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from '../../../apollo/api-errors';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import { useValidatedSave } from '../../../apollo/useValidatedSave';
import { DateField } from '../../../components/DateField';

const MitigationDialog_Add = graphql(`
  mutation MitigationDialog_Add($input: AddMitigationInput!) {
    addMitigation(input: $input) {
      id
    }
  }
`);

const MitigationDialog_Update = graphql(`
  mutation MitigationDialog_Update($input: UpdateMitigationInput!) {
    updateMitigation(input: $input) {
      id
      title
      responsible
      dueDate
      status
      version
    }
  }
`);

const STATUSES: MitigationStatus[] = ['PLANNED', 'ONGOING', 'DONE'];

interface EditedMitigation {
  id: string;
  title: string;
  responsible?: string | null;
  dueDate?: string | null;
  status: MitigationStatus;
  version: number;
}

export interface MitigationDialogProps {
  riskId: string;
  /** The mitigation to edit, or null for a new one. */
  mitigation: EditedMitigation | null;
  onClose: () => void;
}

export function MitigationDialog({ riskId, mitigation, onClose }: MitigationDialogProps) {
  const { t } = useTranslation();
  const [fields, setFields] = useState({
    title: mitigation?.title ?? '',
    responsible: mitigation?.responsible ?? '',
    dueDate: mitigation?.dueDate ?? '',
    status: mitigation?.status ?? 'PLANNED',
  });
  const [version, setVersion] = useState(mitigation?.version ?? 1);
  const { failure, setFailure, validateAndSave } = useValidatedSave();
  const errorText = useFieldErrorText(failure);
  const [add, adding] = useMutation(MitigationDialog_Add);
  const [update, updating] = useMutation(MitigationDialog_Update);
  const refetch = { refetchQueries: ['RiskRegister_Query'], awaitRefetchQueries: true };

  async function submit() {
    const common = { ...fields, dueDate: fields.dueDate || null };
    const saved = mitigation
      ? await (async () => {
          const input = { id: mitigation.id, expectedVersion: version, ...common };
          return validateAndSave(updateMitigationInputSchema, input, () =>
            update({ variables: { input }, ...refetch }),
          );
        })()
      : await (async () => {
          const input = { riskId, ...common };
          return validateAndSave(addMitigationInputSchema, input, () => add({ variables: { input }, ...refetch }));
        })();
    if (saved) onClose();
  }

  const field = (name: 'title' | 'responsible' | 'dueDate') => ({
    value: fields[name],
    onChange: (event: { target: { value: string } }) => setFields({ ...fields, [name]: event.target.value }),
    error: Boolean(errorText(name)),
    helperText: errorText(name),
  });
  const theirs = failure?.code === 'CONFLICT' ? (failure.current as { version: number } | null) : null;

  return (
    <FormDialog
      titleId="mitigation-dialog-title"
      title={mitigation ? t('risks.mitigations.edit') : t('risks.mitigations.add')}
      saving={adding.loading || updating.loading}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <MutationFailureAlert
          failure={failure}
          onKeepMine={() => {
            setVersion(theirs?.version ?? version);
            setFailure(null);
          }}
        />
        <TextField label={t('risks.mitigations.title')} required multiline {...field('title')} />
        <TextField label={t('risks.mitigations.responsible')} {...field('responsible')} />
        <DateField label={t('risks.mitigations.dueDate')} {...field('dueDate')} />
        <TextField
          select
          label={t('risks.mitigations.status')}
          value={fields.status}
          onChange={(event) => setFields({ ...fields, status: event.target.value as MitigationStatus })}
        >
          {STATUSES.map((status) => (
            <MenuItem key={status} value={status}>
              {t(`mitigationStatus.${status}`)}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
    </FormDialog>
  );
}
