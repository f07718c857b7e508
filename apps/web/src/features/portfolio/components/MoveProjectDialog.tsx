import { useMutation } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { isoToday, projectMoveInputSchema } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckedSave } from '../../../apollo/useCheckedSave';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { graphql } from '../../../generated';
import type { MoveProjectDialog_MoveMutationVariables } from '../../../generated/graphql';
import { evictPortfolioViews } from '../evict-portfolio-views';
import { DateField } from '../../../components/DateField';

export const MoveProjectDialog_Move = graphql(`
  mutation MoveProjectDialog_Move($input: ProjectMoveInput!) {
    moveProject(input: $input) {
      id
      version
      portfolio {
        id
        name
      }
    }
  }
`);

export interface MoveProjectDialogProps {
  project: { id: string; name: string; version: number; portfolio: { id: string } };
  /** The portfolios the user may edit; the project's own is left out. */
  portfolios: readonly { id: string; name: string }[];
  onClose: () => void;
  onSaved: () => void;
}

/** Moves a project to another portfolio on a date, with a reason: a dated event of its history. */
export function MoveProjectDialog({ project, portfolios, onClose, onSaved }: MoveProjectDialogProps) {
  const { t } = useTranslation();
  const targets = portfolios.filter((portfolio) => portfolio.id !== project.portfolio.id);
  const [toPortfolioId, setToPortfolioId] = useState(targets[0]?.id ?? '');
  const [movedOn, setMovedOn] = useState(isoToday());
  const [reason, setReason] = useState('');
  const [version, setVersion] = useState(project.version);
  const [move, { loading }] = useMutation(MoveProjectDialog_Move);
  const { failure, setFailure, errorText, submit } = useCheckedSave(
    projectMoveInputSchema,
    (input: MoveProjectDialog_MoveMutationVariables['input']) =>
      move({
        variables: { input },
        refetchQueries: ['ProjectPage_Query'],
        awaitRefetchQueries: true,
        update: evictPortfolioViews,
      }),
    onSaved,
  );
  const theirs =
    failure?.code === 'CONFLICT' ? (failure.current as { portfolioId: string; version: number } | null) : null;
  const theirPortfolio = theirs && portfolios.find((portfolio) => portfolio.id === theirs.portfolioId);

  return (
    <FormDialog
      titleId="move-project-title"
      title={t('project.moveTitle', { project: project.name })}
      saving={loading}
      saveDisabled={targets.length === 0}
      onClose={onClose}
      onSubmit={() => void submit({ projectId: project.id, expectedVersion: version, toPortfolioId, movedOn, reason })}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <MutationFailureAlert
          failure={failure}
          onKeepMine={() => {
            if (theirs) setVersion(theirs.version);
            setFailure(null);
          }}
          conflictDetail={
            theirs && t('project.moveConflict', { portfolio: theirPortfolio?.name ?? t('project.notGiven') })
          }
        />
        {targets.length === 0 ? (
          <Alert severity="info">{t('project.noMoveTargets')}</Alert>
        ) : (
          <>
            <TextField
              select
              label={t('project.moveTarget')}
              value={toPortfolioId}
              onChange={(event) => setToPortfolioId(event.target.value)}
              required
              error={Boolean(errorText('toPortfolioId'))}
              helperText={errorText('toPortfolioId')}
            >
              {targets.map((portfolio) => (
                <MenuItem key={portfolio.id} value={portfolio.id}>
                  {portfolio.name}
                </MenuItem>
              ))}
            </TextField>
            <DateField
              label={t('project.movedOn')}
              value={movedOn}
              onChange={(event) => setMovedOn(event.target.value)}
              required
              error={Boolean(errorText('movedOn'))}
              helperText={errorText('movedOn')}
            />
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
