import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { allowedStateActions, isoToday, projectStateChangeInputSchema } from '@lagesbild/types';
import type { ProjectState, ProjectStateAction } from '@lagesbild/types';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFailureOf, invalidInputFailure, useFieldErrorText } from '../../../apollo/api-errors';
import type { ApiFailure } from '../../../apollo/api-errors';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import { evictPortfolioViews } from '../evict-portfolio-views';

const StateChangeDialog_Change = graphql(`
  mutation StateChangeDialog_Change($input: ProjectStateChangeInput!) {
    changeProjectState(input: $input) {
      id
      state
      pausedUntil
      version
    }
  }
`);

export interface StateChangeDialogProps {
  project: { id: string; name: string; state: ProjectState; version: number };
  onClose: () => void;
  onSaved: () => void;
}

/** Starts, pauses until a date, resumes, closes or gives up a project, always with a reason. */
export function StateChangeDialog({ project, onClose, onSaved }: StateChangeDialogProps) {
  const { t } = useTranslation();
  const [state, setState] = useState(project.state);
  const actions = allowedStateActions(state);
  const [action, setAction] = useState<ProjectStateAction | ''>(actions[0] ?? '');
  const [reason, setReason] = useState('');
  const [changedOn, setChangedOn] = useState(isoToday());
  const [pausedUntil, setPausedUntil] = useState('');
  const [version, setVersion] = useState(project.version);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [change, { loading }] = useMutation(StateChangeDialog_Change);
  const errorText = useFieldErrorText(failure);
  const theirs =
    failure?.code === 'CONFLICT' ? (failure.current as { state: ProjectState; version: number } | null) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = { projectId: project.id, expectedVersion: version, action, reason, changedOn, pausedUntil };
    const checked = projectStateChangeInputSchema.safeParse(input);
    if (!checked.success) {
      setFailure(invalidInputFailure(checked.error.issues));
      return;
    }
    try {
      await change({
        variables: { input: { ...input, action: checked.data.action } },
        refetchQueries: ['ProjectPage_Query'],
        awaitRefetchQueries: true,
        update: evictPortfolioViews,
      });
      onSaved();
    } catch (error) {
      setFailure(apiFailureOf(error));
    }
  }

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="state-change-title">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle id="state-change-title">{t('project.stateTitle', { project: project.name })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <MutationFailureAlert
              failure={failure}
              onKeepMine={() => {
                // The state may have moved on: offer what the state now saved allows.
                if (theirs) {
                  setVersion(theirs.version);
                  setState(theirs.state);
                  if (action && !allowedStateActions(theirs.state).includes(action)) setAction('');
                }
                setFailure(null);
              }}
              conflictDetail={theirs && t('project.stateConflict', { state: t(`projectState.${theirs.state}`) })}
            />
            {actions.length === 0 ? (
              <Alert severity="info">{t('project.noStateActions')}</Alert>
            ) : (
              <>
                <TextField
                  select
                  label={t('project.stateAction')}
                  value={action}
                  onChange={(event) => setAction(event.target.value as ProjectStateAction)}
                  error={Boolean(errorText('action'))}
                  helperText={errorText('action')}
                >
                  {actions.map((option) => (
                    <MenuItem key={option} value={option}>
                      {t(`stateAction.${option}`)}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField
                  type="date"
                  label={t('project.changedOn')}
                  value={changedOn}
                  onChange={(event) => setChangedOn(event.target.value)}
                  error={Boolean(errorText('changedOn'))}
                  helperText={errorText('changedOn')}
                  slotProps={{ inputLabel: { shrink: true } }}
                />
                {action === 'PAUSE' && (
                  <TextField
                    type="date"
                    label={t('project.pausedUntilField')}
                    value={pausedUntil}
                    onChange={(event) => setPausedUntil(event.target.value)}
                    required
                    error={Boolean(errorText('pausedUntil'))}
                    helperText={errorText('pausedUntil')}
                    slotProps={{ inputLabel: { shrink: true } }}
                  />
                )}
                <TextField
                  label={t('project.reason')}
                  value={reason}
                  onChange={(event) => setReason(event.target.value)}
                  required
                  multiline
                  minRows={3}
                  error={Boolean(errorText('reason'))}
                  helperText={errorText('reason')}
                />
              </>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('app.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={loading || actions.length === 0}>
            {t('app.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
