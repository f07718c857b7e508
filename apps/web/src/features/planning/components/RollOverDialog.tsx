import { useMutation, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { commitRollOverInputSchema } from '@lagesbild/types';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCheckedSave } from '../../../apollo/useCheckedSave';
import { FormDialog } from '../../../components/FormDialog';
import { MutationFailureAlert } from '../../../components/MutationFailureAlert';
import { LoadError, Loading } from '../../../components/QueryState';
import { graphql } from '../../../generated';
import type { RollOverDialog_CommitMutationVariables } from '../../../generated/graphql';

// The preview's nodes are computed per request and have no id: this dialog reads them from its own query.
export const RollOverDialog_Preview = graphql(`
  query RollOverDialog_Preview($orgUnitId: ID!, $fromYear: Int!) {
    rollOverPreview(orgUnitId: $orgUnitId, fromYear: $fromYear) {
      fromYear
      toYear
      goals {
        goalId
        title
        alreadyCarried
        perspective {
          id
          year
          name
        }
        goalLinks {
          fromTitle
          toGoalId
          toTitle
          matchedBy
        }
      }
      indicatorLinks {
        goalId
        goalTitle
        indicatorId
        indicatorName
        alreadyCarried
      }
      activities {
        activityId
        title
        goalTitle
        status
        alreadyCarried
      }
      assignments {
        assignmentId
        title
        caseNumber
        status
      }
      targets {
        indicatorId
        indicatorName
        periods
        annualTarget
        alreadyCarried
      }
    }
  }
`);

export const RollOverDialog_Commit = graphql(`
  mutation RollOverDialog_Commit($input: CommitRollOverInput!) {
    commitRollOver(input: $input) {
      id
      year
      status
    }
  }
`);

export interface RollOverDialogProps {
  orgUnitId: string;
  fromYear: number;
  onClose: () => void;
  onCommitted: () => void;
}

/**
 * The roll-over to next year: every node of the plan with carry or drop (and a new title for
 * goals), then commit. One dialog from the first render: its content changes from loading to
 * the preview, so focus and the screen reader stay in the same dialog when the preview arrives.
 */
export function RollOverDialog({ orgUnitId, fromYear, onClose, onCommitted }: RollOverDialogProps) {
  const { t, i18n } = useTranslation();
  const {
    data,
    loading: previewLoading,
    error,
    refetch,
  } = useQuery(RollOverDialog_Preview, {
    variables: { orgUnitId, fromYear },
  });
  const preview = data?.rollOverPreview ?? null;
  // What is not carried yet is proposed carried; the planner unticks what is dropped.
  const [dropped, setDropped] = useState<ReadonlySet<string>>(new Set());
  const [titles, setTitles] = useState<Record<string, string>>({});
  const [commit, { loading }] = useMutation(RollOverDialog_Commit);
  const { failure, setFailure, errorText, submit } = useCheckedSave(
    commitRollOverInputSchema,
    (input: RollOverDialog_CommitMutationVariables['input']) =>
      commit({ variables: { input }, refetchQueries: ['PlanPage_Query'], awaitRefetchQueries: true }),
    onCommitted,
  );
  const carried = (key: string) => !dropped.has(key);
  const toggle = (key: string) =>
    setDropped((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  const number = (value: number | null | undefined) =>
    value == null ? '–' : new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE').format(value);

  const node = (key: string, label: string, alreadyCarried: boolean, detail?: ReactNode) => (
    <Stack key={key} sx={{ pl: 0.5 }}>
      <FormControlLabel
        control={
          <Checkbox
            checked={alreadyCarried || carried(key)}
            disabled={alreadyCarried}
            onChange={() => toggle(key)}
            slotProps={{ input: { 'aria-label': t('planning.carryItem', { name: label }) } }}
          />
        }
        label={alreadyCarried ? `${label} (${t('planning.alreadyCarried')})` : label}
      />
      {detail && <Stack sx={{ pl: 4, pb: 1 }}>{detail}</Stack>}
    </Stack>
  );
  const section = (id: string, heading: string, items: ReactNode[], hint?: string) => (
    <section aria-labelledby={id}>
      <Typography variant="h6" component="h3" id={id}>
        {heading}
      </Typography>
      {hint && (
        <Typography variant="body2" color="text.secondary">
          {hint}
        </Typography>
      )}
      {items.length > 0 ? items : <Typography color="text.secondary">{t('planning.none')}</Typography>}
    </section>
  );

  const onSubmit = () => {
    if (!preview) return;
    void submit({
      orgUnitId,
      fromYear: preview.fromYear,
      goals: preview.goals.map((goal) => ({
        goalId: goal.goalId,
        carry: carried(`goal-${goal.goalId}`),
        title: titles[goal.goalId]?.trim() ? titles[goal.goalId] : null,
      })),
      indicatorLinks: preview.indicatorLinks.map((link) => ({
        goalId: link.goalId,
        indicatorId: link.indicatorId,
        carry: carried(`link-${link.goalId}-${link.indicatorId}`),
      })),
      activities: preview.activities.map((activity) => ({
        activityId: activity.activityId,
        carry: carried(`activity-${activity.activityId}`),
      })),
      targets: preview.targets.map((target) => ({
        indicatorId: target.indicatorId,
        carry: carried(`target-${target.indicatorId}`),
      })),
    });
  };

  return (
    <FormDialog
      // The page says what was done, in its own words, where it shows.
      savedNotice={false}
      titleId="roll-over-title"
      title={t('planning.rollOverTitle', { from: fromYear, to: fromYear + 1 })}
      maxWidth="md"
      saving={loading || !preview}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      {!preview && previewLoading && <Loading />}
      {!preview && error && <LoadError onRetry={() => void refetch()} />}
      {preview && (
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography>{t('planning.rollOverIntro', { to: preview.toYear })}</Typography>
          <MutationFailureAlert failure={failure} onKeepMine={() => setFailure(null)} />
          {failure?.code === 'BAD_USER_INPUT' && (
            <Alert severity="error">
              {failure.fieldErrors
                .map((fieldError) => t(`validation.${fieldError.message}`, { defaultValue: t('validation.invalid') }))
                .join(' ')}
            </Alert>
          )}
          {section(
            'roll-over-goals',
            t('planning.goals'),
            preview.goals.map((goal) =>
              node(
                `goal-${goal.goalId}`,
                `${goal.title} (${goal.perspective.name})`,
                goal.alreadyCarried,
                <>
                  {!goal.alreadyCarried && carried(`goal-${goal.goalId}`) && (
                    <TextField
                      size="small"
                      label={t('planning.newTitle', { year: preview.toYear })}
                      placeholder={goal.title}
                      value={titles[goal.goalId] ?? ''}
                      onChange={(event) => setTitles((current) => ({ ...current, [goal.goalId]: event.target.value }))}
                      error={Boolean(errorText(`goals.${preview.goals.indexOf(goal)}.title`))}
                      helperText={errorText(`goals.${preview.goals.indexOf(goal)}.title`)}
                      slotProps={{ htmlInput: { 'aria-label': t('planning.goalTitleFor', { title: goal.title }) } }}
                      sx={{ my: 0.5, maxWidth: 560 }}
                    />
                  )}
                  {goal.goalLinks.map((link, index) => (
                    <Typography key={index} variant="body2" color="text.secondary">
                      {t('planning.servesNext')}:{' '}
                      {t(`planning.match.${link.matchedBy}`, {
                        title: link.toTitle,
                        from: link.fromTitle,
                        year: preview.toYear,
                      })}
                    </Typography>
                  ))}
                </>,
              ),
            ),
          )}
          {section(
            'roll-over-links',
            t('planning.indicatorLinks'),
            preview.indicatorLinks.map((link) =>
              node(
                `link-${link.goalId}-${link.indicatorId}`,
                `${link.indicatorName} → ${link.goalTitle}`,
                link.alreadyCarried,
              ),
            ),
          )}
          {section(
            'roll-over-activities',
            t('planning.activities'),
            preview.activities.map((activity) =>
              node(
                `activity-${activity.activityId}`,
                `${activity.title} (${activity.goalTitle})`,
                activity.alreadyCarried,
              ),
            ),
          )}
          {section(
            'roll-over-targets',
            t('planning.targets'),
            preview.targets.map((target) =>
              node(
                `target-${target.indicatorId}`,
                `${target.indicatorName}: ${t('planning.targetPeriods', { count: target.periods, annual: number(target.annualTarget) })}`,
                target.alreadyCarried,
              ),
            ),
          )}
          {section(
            'roll-over-assignments',
            t('planning.assignments'),
            preview.assignments.map((assignment) => (
              <Typography key={assignment.assignmentId} sx={{ pl: 1 }}>
                {[assignment.caseNumber, assignment.title].filter(Boolean).join(' · ')}
              </Typography>
            )),
            t('planning.assignmentsHint'),
          )}
        </Stack>
      )}
    </FormDialog>
  );
}
