import { useMutation, useQuery } from '@apollo/client/react';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { createGoalInputSchema, updateGoalInputSchema } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldErrorText } from '../../../apollo/api-errors';
import { useValidatedSave } from '../../../apollo/useValidatedSave';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { Loading } from '../../../components/QueryState';
import { graphql } from '../../../generated';
import { GOALS_PAGE_QUERIES } from '../goal-plan';
import type { PlannedGoal } from '../goal-plan';

export const GoalDialog_ParentOptions = graphql(`
  query GoalDialog_ParentOptions($orgUnitId: ID!, $year: Int!) {
    goalParentOptions(orgUnitId: $orgUnitId, year: $year) {
      id
      title
      level
      perspective {
        id
        name
      }
    }
  }
`);

export const GoalDialog_Create = graphql(`
  mutation GoalDialog_Create($input: CreateGoalInput!) {
    createGoal(input: $input) {
      id
    }
  }
`);

export const GoalDialog_Update = graphql(`
  mutation GoalDialog_Update($input: UpdateGoalInput!) {
    updateGoal(input: $input) {
      id
      title
      description
      version
    }
  }
`);

/** Where a new goal goes: the page's unit and year, the perspective whose "Nytt mål" was chosen. */
export interface NewGoalPlace {
  orgUnitId: string;
  year: number;
  level: 'COUNCIL' | 'COMMITTEE';
  perspectiveId: string;
}

export interface GoalDialogProps {
  /** A new goal's place, or the goal to change. */
  goal: { kind: 'new'; place: NewGoalPlace } | { kind: 'existing'; goal: PlannedGoal };
  perspectives: readonly { id: string; name: string }[];
  onClose: () => void;
  onSaved: () => void;
}

/**
 * Creates or edits a goal: title, description, perspective and the goals it serves. A council
 * goal serves none; a committee goal serves council goals of its year, or (a sub-goal of a
 * business area) one committee goal above it.
 */
export function GoalDialog({ goal, perspectives, onClose, onSaved }: GoalDialogProps) {
  const { t } = useTranslation();
  const existing = goal.kind === 'existing' ? goal.goal : null;
  const place = goal.kind === 'new' ? goal.place : { ...goal.goal };
  const [title, setTitle] = useState(existing?.title ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [perspectiveId, setPerspectiveId] = useState(place.perspectiveId);
  const [parentIds, setParentIds] = useState<string[]>(existing?.parentIds ?? []);
  const [version, setVersion] = useState(existing?.version ?? 1);
  const isCouncilGoal = place.level === 'COUNCIL';
  const options = useQuery(GoalDialog_ParentOptions, {
    variables: { orgUnitId: place.orgUnitId, year: place.year },
    skip: isCouncilGoal,
  });
  const refetch = { refetchQueries: GOALS_PAGE_QUERIES, awaitRefetchQueries: true };
  const [create, creating] = useMutation(GoalDialog_Create, refetch);
  const [update, updating] = useMutation(GoalDialog_Update, refetch);
  const { failure, setFailure, validateAndSave } = useValidatedSave();
  const errorText = useFieldErrorText(failure);
  const content = { title, description: description || null, perspectiveId, parentIds };

  async function submit() {
    const saved = existing
      ? await validateAndSave(updateGoalInputSchema, { id: existing.id, expectedVersion: version, ...content }, () =>
          update({ variables: { input: { id: existing.id, expectedVersion: version, ...content } } }),
        )
      : await validateAndSave(createGoalInputSchema, { ...place, ...content }, () =>
          create({
            variables: {
              input: { orgUnitId: place.orgUnitId, year: place.year, level: place.level, ...content },
            },
          }),
        );
    if (saved) onSaved();
  }

  const toggleParent = (id: string, checked: boolean) =>
    setParentIds((current) => (checked ? [...current, id] : current.filter((parentId) => parentId !== id)));
  const parentError = errorText('parentIds');

  return (
    <FormDialog
      titleId="goal-dialog-title"
      title={
        existing ? t('goals.plan.editTitle') : t(isCouncilGoal ? 'goals.plan.newCouncilGoal' : 'goals.plan.newTitle')
      }
      maxWidth="md"
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
        {failure && ['level', 'orgUnitId', 'year'].some((field) => errorText(field)) && (
          <Typography color="error" role="alert">
            {errorText('level') ?? errorText('orgUnitId') ?? errorText('year')}
          </Typography>
        )}
        <TextField
          label={t('goals.plan.goalTitle')}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={Boolean(errorText('title'))}
          helperText={errorText('title')}
          required
          multiline
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
        <TextField
          select
          label={t('goals.plan.perspective')}
          value={perspectiveId}
          onChange={(event) => setPerspectiveId(event.target.value)}
          error={Boolean(errorText('perspectiveId'))}
          helperText={errorText('perspectiveId')}
          required
        >
          {perspectives.map((perspective) => (
            <MenuItem key={perspective.id} value={perspective.id}>
              {perspective.name}
            </MenuItem>
          ))}
        </TextField>
        {!isCouncilGoal && (
          <FormControl component="fieldset" error={Boolean(parentError)} required>
            <FormLabel component="legend">{t('goals.plan.serves')}</FormLabel>
            {options.loading && <Loading />}
            {options.data?.goalParentOptions.length === 0 && (
              <Typography variant="body2" color="text.secondary">
                {t('goals.plan.noParentOptions', { year: place.year })}
              </Typography>
            )}
            <FormGroup>
              {options.data?.goalParentOptions.map((option) => (
                <FormControlLabel
                  key={option.id}
                  control={
                    <Checkbox
                      checked={parentIds.includes(option.id)}
                      onChange={(event) => toggleParent(option.id, event.target.checked)}
                    />
                  }
                  label={
                    <span>
                      {option.title}{' '}
                      <Typography component="span" variant="caption" color="text.secondary">
                        ({t(option.level === 'COUNCIL' ? 'goals.councilGoal' : 'goals.committeeGoal')},{' '}
                        {option.perspective.name})
                      </Typography>
                    </span>
                  }
                />
              ))}
            </FormGroup>
            <FormHelperText>{parentError ?? t('goals.plan.servesHint')}</FormHelperText>
          </FormControl>
        )}
      </Stack>
    </FormDialog>
  );
}
