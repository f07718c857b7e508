import { useMutation } from '@apollo/client/react';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import {
  isoToday,
  needsCauseAndAction,
  projectStatusUpdateInputSchema,
  STATUS_DIMENSION_KEY,
  STATUS_DIMENSIONS,
} from '@lagesbild/types';
import type { RagStatus, StatusDimensionKey } from '@lagesbild/types';
import type { ProjectStatusUpdateDialog_AddMutationVariables } from '../../../generated/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckedSave } from '../../../apollo/useCheckedSave';
import { CorrectionReasonField, useCorrectionReason } from '../../../components/CorrectionReasonField';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../../generated';
import { evictPortfolioViews } from '../evict-portfolio-views';
import { PersonField } from './PersonField';
import { RagToggle } from './RagToggle';
import { DateField } from '../../../components/DateField';

/** What a new status update starts from: the one in effect, with its causes and actions (spread unmasked by the page). */
export const ProjectStatusUpdateDialog_startFrom = graphql(`
  fragment ProjectStatusUpdateDialog_startFrom on ProjectStatusUpdate {
    time
    cost
    result
    deviations {
      dimension
      cause
      action
      actionOwner
      actionOwnerUserId
      actionDueDate
    }
  }
`);

export const ProjectStatusUpdateDialog_Add = graphql(`
  mutation ProjectStatusUpdateDialog_Add($input: ProjectStatusUpdateInput!) {
    addProjectStatusUpdate(input: $input) {
      id
      statusDate
    }
  }
`);

interface DimensionDraft {
  status: RagStatus;
  cause: string;
  action: string;
  actionOwner: string;
  /** The action owner's account, when one was chosen; empty for a typed name. */
  actionOwnerUserId: string;
  actionDueDate: string;
}

/** The latest status update as a conflict hands it back. */
interface TheirStatusUpdate {
  id: string;
  statusDate: string;
  time: RagStatus;
  cost: RagStatus;
  result: RagStatus;
}

export interface ProjectStatusUpdateDialogProps {
  /** The project; its portfolio's unit's users are offered as action owners. */
  project: { id: string; name: string; portfolio?: { orgUnit?: { id: string } | null } | null };
  /** The most recently filed status update when the dialog opened; null when the project has none. */
  latestFiledStatusUpdateId: string | null;
  /**
   * The status update in effect (the latest by its date): the new one starts from its colours,
   * causes and actions, so a red project is not reported green by a quick save, and what has not
   * changed need not be typed again. Null for a project without one: all green, nothing to explain.
   */
  startFrom: ResultOf<typeof ProjectStatusUpdateDialog_startFrom> | null;
  onClose: () => void;
  onSaved: () => void;
}

type ProjectStatusUpdateInput = ProjectStatusUpdateDialog_AddMutationVariables['input'];

const GREEN: DimensionDraft = {
  status: 'GREEN',
  cause: '',
  action: '',
  actionOwner: '',
  actionOwnerUserId: '',
  actionDueDate: '',
};

/** Each dimension as the status update in effect left it, or green with nothing to explain. */
function draftsFrom(
  startFrom: ResultOf<typeof ProjectStatusUpdateDialog_startFrom> | null,
): Record<StatusDimensionKey, DimensionDraft> {
  const draftOf = (dimension: StatusDimensionKey): DimensionDraft => {
    if (!startFrom) return GREEN;
    const deviation = startFrom.deviations.find((row) => STATUS_DIMENSION_KEY[row.dimension] === dimension);
    return {
      status: startFrom[dimension],
      cause: deviation?.cause ?? '',
      action: deviation?.action ?? '',
      actionOwner: deviation?.actionOwner ?? '',
      actionOwnerUserId: deviation?.actionOwnerUserId ?? '',
      actionDueDate: deviation?.actionDueDate ?? '',
    };
  };
  return { time: draftOf('time'), cost: draftOf('cost'), result: draftOf('result') };
}

/** A new status update: time, cost and result in a few clicks, with cause and action for every yellow or red. */
export function ProjectStatusUpdateDialog({
  project,
  latestFiledStatusUpdateId,
  startFrom,
  onClose,
  onSaved,
}: ProjectStatusUpdateDialogProps) {
  const { t } = useTranslation();
  const [statusDate, setStatusDate] = useState(isoToday());
  const [dimensions, setDimensions] = useState(() => draftsFrom(startFrom));
  const [comment, setComment] = useState('');
  const [basedOnStatusUpdateId, setBasedOnStatusUpdateId] = useState(latestFiledStatusUpdateId);
  const [add, { loading }] = useMutation(ProjectStatusUpdateDialog_Add);
  const { failure, setFailure, errorText, submit } = useCheckedSave(
    projectStatusUpdateInputSchema,
    (input: ProjectStatusUpdateInput) =>
      add({
        variables: { input },
        refetchQueries: ['ProjectPage_Query'],
        awaitRefetchQueries: true,
        update: evictPortfolioViews,
      }),
    onSaved,
  );
  // A status date in a closed period makes the update a correction.
  const correction = useCorrectionReason(errorText('correctionReason'));
  const theirs = failure?.code === 'CONFLICT' ? (failure.current as TheirStatusUpdate | null) : null;

  const change = (dimension: StatusDimensionKey, draft: Partial<DimensionDraft>) =>
    setDimensions((current) => ({ ...current, [dimension]: { ...current[dimension], ...draft } }));

  return (
    <FormDialog
      titleId="project-status-update-title"
      title={t('project.reportTitle', { project: project.name })}
      saving={loading}
      onClose={onClose}
      onSubmit={() => {
        // An empty account is none: the owner is then the name typed, if any.
        const sent = (draft: DimensionDraft) => ({ ...draft, actionOwnerUserId: draft.actionOwnerUserId || null });
        void submit({
          projectId: project.id,
          statusDate,
          time: sent(dimensions.time),
          cost: sent(dimensions.cost),
          result: sent(dimensions.result),
          comment,
          basedOnStatusUpdateId,
          ...correction.sent,
        });
      }}
    >
      <Stack spacing={2.5} sx={{ pt: 1 }}>
        <MutationFailureAlert
          failure={failure}
          onKeepMine={() => {
            // File this status update on top of the one someone else filed meanwhile.
            setBasedOnStatusUpdateId(theirs?.id ?? null);
            setFailure(null);
          }}
          conflictDetail={
            theirs &&
            t('project.reportConflict', {
              date: theirs.statusDate,
              time: t(`rag.${theirs.time}`),
              cost: t(`rag.${theirs.cost}`),
              result: t(`rag.${theirs.result}`),
            })
          }
        />
        <DateField
          label={t('project.statusDate')}
          value={statusDate}
          onChange={(event) => setStatusDate(event.target.value)}
          error={Boolean(errorText('statusDate'))}
          helperText={errorText('statusDate')}
          sx={{ maxWidth: 220 }}
        />
        {correction.asked && (
          <CorrectionReasonField explanation={t('project.correctionExplanation')} {...correction.field} />
        )}
        {STATUS_DIMENSIONS.map((dimension) => {
          const draft = dimensions[dimension];
          const label = t(`portfolio.column.${dimension}`);
          return (
            <Stack key={dimension} spacing={1.5}>
              <Typography id={`${dimension}-status-label`} variant="subtitle2" component="h3">
                {label}
              </Typography>
              <RagToggle
                labelId={`${dimension}-status-label`}
                value={draft.status}
                onChange={(status) => change(dimension, { status })}
              />
              {needsCauseAndAction(draft.status) && (
                <>
                  <TextField
                    label={`${t('project.cause')} (${label.toLowerCase()})`}
                    value={draft.cause}
                    onChange={(event) => change(dimension, { cause: event.target.value })}
                    required
                    multiline
                    minRows={2}
                    error={Boolean(errorText(`${dimension}.cause`))}
                    helperText={errorText(`${dimension}.cause`) ?? t('project.causeHint')}
                  />
                  <TextField
                    label={`${t('project.action')} (${label.toLowerCase()})`}
                    value={draft.action}
                    onChange={(event) => change(dimension, { action: event.target.value })}
                    required
                    multiline
                    minRows={2}
                    error={Boolean(errorText(`${dimension}.action`))}
                    helperText={errorText(`${dimension}.action`) ?? t('project.causeHint')}
                  />
                  <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
                    <PersonField
                      label={`${t('portfolioAdmin.actionOwner')} (${label.toLowerCase()})`}
                      orgUnitId={project.portfolio?.orgUnit?.id}
                      value={{ userId: draft.actionOwnerUserId || null, name: draft.actionOwner }}
                      onChange={(next) =>
                        change(dimension, { actionOwner: next.name, actionOwnerUserId: next.userId ?? '' })
                      }
                      error={errorText(`${dimension}.actionOwnerUserId`) ?? errorText(`${dimension}.actionOwner`)}
                      sx={{ flex: 2 }}
                    />
                    <DateField
                      label={`${t('portfolioAdmin.actionDueDate')} (${label.toLowerCase()})`}
                      value={draft.actionDueDate}
                      onChange={(event) => change(dimension, { actionDueDate: event.target.value })}
                      error={Boolean(errorText(`${dimension}.actionDueDate`))}
                      helperText={errorText(`${dimension}.actionDueDate`)}
                      sx={{ flex: 1 }}
                    />
                  </Stack>
                </>
              )}
            </Stack>
          );
        })}
        <TextField
          label={t('project.comment')}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          multiline
          minRows={2}
          error={Boolean(errorText('comment'))}
          helperText={errorText('comment')}
        />
      </Stack>
    </FormDialog>
  );
}
