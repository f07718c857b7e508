import { useMutation, useQuery } from '@apollo/client/react';
import Autocomplete from '@mui/material/Autocomplete';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { createActivityInputSchema, updateActivityInputSchema } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from '../../../apollo/api-errors';
import { useValidatedSave } from '../../../apollo/useValidatedSave';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import { GOALS_PAGE_QUERIES } from '../goal-plan';
import type { PlannedActivity } from '../goal-plan';
import { DateField } from '../../../components/DateField';

export const ActivityDialog_OwnerOptions = graphql(`
  query ActivityDialog_OwnerOptions($orgUnitId: ID!) {
    activityOwnerOptions(orgUnitId: $orgUnitId) {
      id
      name
    }
  }
`);

export const ActivityDialog_Create = graphql(`
  mutation ActivityDialog_Create($input: CreateActivityInput!) {
    createActivity(input: $input) {
      id
    }
  }
`);

export const ActivityDialog_Update = graphql(`
  mutation ActivityDialog_Update($input: UpdateActivityInput!) {
    updateActivity(input: $input) {
      id
      title
      description
      owner
      ownerId
      startDate
      endDate
      version
    }
  }
`);

type OwnerOption = { id: string; name: string };

export interface ActivityDialogProps {
  /** The goal a new activity carries out, or the activity to change. */
  activity: { kind: 'new'; goalId: string } | { kind: 'existing'; activity: PlannedActivity };
  /** The goal's unit: whose people may be chosen as owner. */
  orgUnitId: string;
  goalTitle: string;
  onClose: () => void;
  onSaved: () => void;
}

/**
 * Creates or edits an activity: title, description, owner, start and end. The owner is chosen
 * among the unit's users, or typed as a name for someone without an account (as a project's
 * owner is).
 */
export function ActivityDialog({ activity, orgUnitId, goalTitle, onClose, onSaved }: ActivityDialogProps) {
  const { t } = useTranslation();
  const existing = activity.kind === 'existing' ? activity.activity : null;
  const goalId = existing?.goalId ?? (activity.kind === 'new' ? activity.goalId : '');
  const [title, setTitle] = useState(existing?.title ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [owner, setOwner] = useState<OwnerOption | string | null>(
    existing?.ownerId ? { id: existing.ownerId, name: existing.owner ?? '' } : (existing?.owner ?? null),
  );
  const [startDate, setStartDate] = useState(existing?.startDate ?? '');
  const [endDate, setEndDate] = useState(existing?.endDate ?? '');
  const [version, setVersion] = useState(existing?.version ?? 1);
  const owners = useQuery(ActivityDialog_OwnerOptions, { variables: { orgUnitId } });
  const refetch = { refetchQueries: GOALS_PAGE_QUERIES, awaitRefetchQueries: true };
  const [create, creating] = useMutation(ActivityDialog_Create, refetch);
  const [update, updating] = useMutation(ActivityDialog_Update, refetch);
  const { failure, setFailure, validateAndSave } = useValidatedSave();
  const errorText = useFieldErrorText(failure);

  async function submit() {
    const content = {
      goalId,
      title,
      description: description || null,
      ownerId: owner && typeof owner !== 'string' ? owner.id : null,
      ownerName: typeof owner === 'string' && owner.trim() ? owner : null,
      startDate: startDate || null,
      endDate: endDate || null,
    };
    const saved = existing
      ? await validateAndSave(
          updateActivityInputSchema,
          { id: existing.id, expectedVersion: version, ...content },
          () => update({ variables: { input: { id: existing.id, expectedVersion: version, ...content } } }),
        )
      : await validateAndSave(createActivityInputSchema, content, () => create({ variables: { input: content } }));
    if (saved) onSaved();
  }

  const ownerError = errorText('ownerName') ?? errorText('ownerId');
  return (
    <FormDialog
      titleId="activity-dialog-title"
      title={existing ? t('goals.plan.editActivityTitle') : t('goals.plan.newActivityTitle', { goal: goalTitle })}
      saving={creating.loading || updating.loading}
      onClose={onClose}
      onSubmit={() => void submit()}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <MutationFailureAlert
          failure={failure}
          onKeepMine={() => {
            setVersion((failure?.current as { version?: number } | null)?.version ?? version);
            setFailure(null);
          }}
        />
        <TextField
          label={t('goals.plan.activityTitle')}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={Boolean(errorText('title'))}
          helperText={errorText('title')}
          required
          autoFocus
        />
        <TextField
          label={t('goals.plan.description')}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          error={Boolean(errorText('description'))}
          helperText={errorText('description')}
          multiline
          minRows={2}
        />
        <Autocomplete
          freeSolo
          options={owners.data?.activityOwnerOptions ?? []}
          getOptionLabel={(option) => (typeof option === 'string' ? option : option.name)}
          isOptionEqualToValue={(option, value) => typeof value !== 'string' && option.id === value.id}
          value={owner}
          onChange={(_event, value) => setOwner(value)}
          // Typing a name that is no one's account keeps it as the owner's name.
          onInputChange={(_event, value, reason) => {
            if (reason === 'input') setOwner(value || null);
          }}
          renderInput={(params) => (
            <TextField
              {...params}
              label={t('goals.plan.owner')}
              error={Boolean(ownerError)}
              helperText={ownerError ?? t('goals.plan.ownerHint')}
            />
          )}
        />
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <DateField
            label={t('goals.plan.startDate')}
            value={startDate}
            onChange={(event) => setStartDate(event.target.value)}
            error={Boolean(errorText('startDate'))}
            helperText={errorText('startDate')}
            fullWidth
          />
          <DateField
            label={t('goals.plan.endDate')}
            value={endDate}
            onChange={(event) => setEndDate(event.target.value)}
            error={Boolean(errorText('endDate'))}
            helperText={errorText('endDate')}
            fullWidth
          />
        </Stack>
      </Stack>
    </FormDialog>
  );
}
