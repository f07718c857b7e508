import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { allowedStateActions, isoToday, projectStateChangeInputSchema } from '@lagesbild/types';
import type { ProjectState, ProjectStateAction } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckedSave } from '../../../apollo/useCheckedSave';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import type { StateChangeDialog_ChangeMutationVariables } from '../../../generated/graphql';
import { evictPortfolioViews } from '../evict-portfolio-views';
import { DateField } from '../../../components/DateField';

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
  const [change, { loading }] = useMutation(StateChangeDialog_Change);
  const { failure, setFailure, errorText, submit } = useCheckedSave(
    projectStateChangeInputSchema,
    (input: StateChangeDialog_ChangeMutationVariables['input']) =>
      change({
        variables: { input },
        refetchQueries: ['ProjectPage_Query'],
        awaitRefetchQueries: true,
        update: evictPortfolioViews,
      }),
    onSaved,
  );
  const theirs =
    failure?.code === 'CONFLICT' ? (failure.current as { state: ProjectState; version: number } | null) : null;

  return (
    <FormDialog
      titleId="state-change-title"
      title={t('project.stateTitle', { project: project.name })}
      saving={loading}
      saveDisabled={actions.length === 0}
      onClose={onClose}
      onSubmit={() =>
        // An empty choice is refused by the schema beside its field, before anything is sent.
        void submit({
          projectId: project.id,
          expectedVersion: version,
          action: action as ProjectStateAction,
          reason,
          changedOn,
          pausedUntil,
        })
      }
    >
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
            <DateField
              label={t('project.changedOn')}
              value={changedOn}
              onChange={(event) => setChangedOn(event.target.value)}
              error={Boolean(errorText('changedOn'))}
              helperText={errorText('changedOn')}
            />
            {action === 'PAUSE' && (
              <DateField
                label={t('project.pausedUntilField')}
                value={pausedUntil}
                onChange={(event) => setPausedUntil(event.target.value)}
                required
                error={Boolean(errorText('pausedUntil'))}
                helperText={errorText('pausedUntil')}
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
    </FormDialog>
  );
}
