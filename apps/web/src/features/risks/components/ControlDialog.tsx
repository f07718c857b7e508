import { useMutation } from '@apollo/client/react';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { createControlInputSchema, updateControlInputSchema } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from '../../../apollo/api-errors';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import { useValidatedSave } from '../../../apollo/useValidatedSave';

const ControlDialog_Create = graphql(`
  mutation ControlDialog_Create($input: CreateControlInput!) {
    createInternalControl(input: $input) {
      id
    }
  }
`);

const ControlDialog_Update = graphql(`
  mutation ControlDialog_Update($input: UpdateControlInput!) {
    updateInternalControl(input: $input) {
      id
      title
      method
      frequency
      performedBy
      version
    }
  }
`);

interface EditedControl {
  id: string;
  title: string;
  method?: string | null;
  frequency?: string | null;
  performedBy?: string | null;
  risk?: { id: string } | null;
  orgUnit: { id: string };
  version: number;
}

export interface ControlDialogProps {
  /** The control to edit, or null for a new control of `orgUnit`. */
  control: EditedControl | null;
  orgUnit: { id: string; name: string };
  /** The risks the control may check: those of its unit. */
  risks: readonly { id: string; title: string; orgUnit: { id: string } }[];
  onClose: () => void;
}

/** A control of the plan: what is checked, how, how often, by whom, and the risk it checks. */
export function ControlDialog({ control, orgUnit, risks, onClose }: ControlDialogProps) {
  const { t } = useTranslation();
  const unitId = control?.orgUnit.id ?? orgUnit.id;
  const [fields, setFields] = useState({
    title: control?.title ?? '',
    method: control?.method ?? '',
    frequency: control?.frequency ?? '',
    performedBy: control?.performedBy ?? '',
    riskId: control?.risk?.id ?? '',
  });
  const [version, setVersion] = useState(control?.version ?? 1);
  const { failure, setFailure, validateAndSave } = useValidatedSave();
  const errorText = useFieldErrorText(failure);
  const [create, creating] = useMutation(ControlDialog_Create);
  const [update, updating] = useMutation(ControlDialog_Update);
  const refetch = { refetchQueries: ['ControlFollowUp_Query'], awaitRefetchQueries: true };

  async function submit() {
    const common = { ...fields, riskId: fields.riskId || null };
    const saved = control
      ? await (async () => {
          const input = { id: control.id, expectedVersion: version, ...common };
          return validateAndSave(updateControlInputSchema, input, () => update({ variables: { input }, ...refetch }));
        })()
      : await (async () => {
          const input = { orgUnitId: orgUnit.id, ...common };
          return validateAndSave(createControlInputSchema, input, () => create({ variables: { input }, ...refetch }));
        })();
    if (saved) onClose();
  }

  const field = (name: 'title' | 'method' | 'frequency' | 'performedBy') => ({
    value: fields[name],
    onChange: (event: { target: { value: string } }) => setFields({ ...fields, [name]: event.target.value }),
    error: Boolean(errorText(name)),
    helperText: errorText(name),
  });
  const theirs = failure?.code === 'CONFLICT' ? (failure.current as { version: number } | null) : null;

  return (
    <FormDialog
      titleId="control-dialog-title"
      title={control ? t('controls.edit') : t('controls.newOf', { unit: orgUnit.name })}
      saving={creating.loading || updating.loading}
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
        <TextField label={t('controls.what')} required multiline {...field('title')} />
        <TextField label={t('controls.how')} multiline {...field('method')} />
        <TextField label={t('controls.howOften')} {...field('frequency')} />
        <TextField label={t('controls.byWhom')} {...field('performedBy')} />
        <TextField
          select
          label={t('controls.risk')}
          value={fields.riskId}
          onChange={(event) => setFields({ ...fields, riskId: event.target.value })}
          error={Boolean(errorText('riskId'))}
          helperText={errorText('riskId')}
        >
          <MenuItem value="">{t('controls.noRisk')}</MenuItem>
          {risks
            .filter((risk) => risk.orgUnit.id === unitId)
            .map((risk) => (
              <MenuItem key={risk.id} value={risk.id}>
                {risk.title}
              </MenuItem>
            ))}
        </TextField>
      </Stack>
    </FormDialog>
  );
}
