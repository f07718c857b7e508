import { useMutation } from '@apollo/client/react';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { createPerspectiveInputSchema, updatePerspectiveInputSchema } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { useValidatedSave } from '../../../apollo/useValidatedSave';
import { graphql } from '../../../generated';
import { PERSPECTIVE_QUERIES } from '../perspective-row';
import type { PerspectiveRow } from '../perspective-row';
import { useFieldErrorText } from '../../../apollo/api-errors';

export const PerspectiveDialog_Create = graphql(`
  mutation PerspectiveDialog_Create($input: CreatePerspectiveInput!) {
    createPerspective(input: $input) {
      id
      year
      name
    }
  }
`);
export const PerspectiveDialog_Update = graphql(`
  mutation PerspectiveDialog_Update($input: UpdatePerspectiveInput!) {
    updatePerspective(input: $input) {
      id
      year
      name
      description
      version
    }
  }
`);

export interface PerspectiveDialogProps {
  year: number;
  /** The perspective to change; a new one when left out. */
  perspective?: PerspectiveRow;
  onClose: () => void;
  onSaved: () => void;
}

/** A perspective's name and description in one year: a new one, or a change that leaves other years as they are. */
export function PerspectiveDialog({ year, perspective, onClose, onSaved }: PerspectiveDialogProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(perspective?.name ?? '');
  const [description, setDescription] = useState(perspective?.description ?? '');
  const [version, setVersion] = useState(perspective?.version ?? 0);
  const [create, creating] = useMutation(PerspectiveDialog_Create);
  const [update, updating] = useMutation(PerspectiveDialog_Update);
  const { failure, setFailure, validateAndSave } = useValidatedSave();
  const errorText = useFieldErrorText(failure, { ownMessages: 'perspectives.validation' });
  const theirs = failure?.code === 'CONFLICT' ? (failure.current as { name: string; version: number } | null) : null;
  const refetch = { refetchQueries: PERSPECTIVE_QUERIES, awaitRefetchQueries: true };

  async function submit() {
    const saved = perspective
      ? await validateAndSave(
          updatePerspectiveInputSchema,
          { id: perspective.id, year, expectedVersion: version, name, description },
          () =>
            update({
              variables: { input: { id: perspective.id, year, expectedVersion: version, name, description } },
              ...refetch,
            }),
        )
      : await validateAndSave(createPerspectiveInputSchema, { year, name, description }, () =>
          create({ variables: { input: { year, name, description } }, ...refetch }),
        );
    if (saved) onSaved();
  }

  return (
    <FormDialog
      // The page says what was done, in its own words, where it shows.
      savedNotice={false}
      titleId="perspective-dialog-title"
      title={
        perspective
          ? t('perspectives.editTitle', { name: perspective.name, year })
          : t('perspectives.createTitle', { year })
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
          conflictDetail={theirs && t('perspectives.conflict', { name: theirs.name, version: theirs.version })}
        />
        <TextField
          label={t('perspectives.name')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={Boolean(errorText('name'))}
          helperText={errorText('name')}
          required
          autoFocus
        />
        <TextField
          label={t('perspectives.description')}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          error={Boolean(errorText('description'))}
          helperText={errorText('description') ?? t('perspectives.descriptionHint', { year })}
          multiline
          minRows={3}
        />
      </Stack>
    </FormDialog>
  );
}
