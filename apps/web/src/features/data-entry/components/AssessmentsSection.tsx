import { useMutation } from '@apollo/client/react';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { ACTIVITY_STATUSES, activityUpdateInputSchema, goalAssessmentInputSchema } from '@lagesbild/types';
import type { ActivityStatus, GoalFulfilment, YearMonth } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import type {
  AssessmentsSection_ActivityFragment,
  AssessmentsSection_GoalFragment,
  AssessmentsSection_SaveActivityMutationVariables,
  AssessmentsSection_SaveGoalMutationVariables,
} from '../../../generated/graphql';
import { VisuallyHidden } from '../../../components/VisuallyHidden';
import { StatusCommentRow } from './StatusCommentRow';

export const AssessmentsSection_Goal = graphql(`
  fragment AssessmentsSection_Goal on DataEntryGoalRow {
    goal {
      id
      title
      perspective {
        id
        name
      }
    }
    assessment {
      id
      fulfilment
      comment
      version
    }
  }
`);

export const AssessmentsSection_Activity = graphql(`
  fragment AssessmentsSection_Activity on DataEntryActivityRow {
    activity {
      id
      title
      endDate
    }
    update {
      id
      status
      comment
      version
    }
  }
`);

export const AssessmentsSection_SaveGoal = graphql(`
  mutation AssessmentsSection_SaveGoal($input: GoalAssessmentInput!) {
    setGoalAssessment(input: $input) {
      id
      fulfilment
      comment
      version
    }
  }
`);

export const AssessmentsSection_SaveActivity = graphql(`
  mutation AssessmentsSection_SaveActivity($input: ActivityUpdateInput!) {
    saveActivityUpdate(input: $input) {
      id
      status
      comment
      version
    }
  }
`);

const FULFILMENTS: readonly GoalFulfilment[] = ['FULFILLED', 'PARTLY_FULFILLED', 'NOT_FULFILLED', 'NOT_ASSESSED'];

export interface AssessmentsSectionProps {
  period: YearMonth;
  canEdit: boolean;
}

function HeaderRow({ first, statusName, canEdit }: { first: string; statusName: string; canEdit: boolean }) {
  const { t } = useTranslation();
  return (
    <TableHead>
      <TableRow>
        <TableCell scope="col">{first}</TableCell>
        <TableCell scope="col">{statusName}</TableCell>
        <TableCell scope="col">{t('dataEntry.comment')}</TableCell>
        {canEdit && (
          <TableCell scope="col">
            <VisuallyHidden>{t('dataEntry.saveColumn')}</VisuallyHidden>
          </TableCell>
        )}
      </TableRow>
    </TableHead>
  );
}

/** The unit's goals with their assessed fulfilment and comment for the month, each saved on its own. */
export function GoalAssessmentsTable({
  rows,
  period,
  canEdit,
}: AssessmentsSectionProps & { rows: readonly AssessmentsSection_GoalFragment[] }) {
  const { t } = useTranslation();
  const [save] = useMutation(AssessmentsSection_SaveGoal);
  if (rows.length === 0) return <Typography color="text.secondary">{t('dataEntry.noGoals')}</Typography>;
  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <Table size="small">
        <HeaderRow first={t('dataEntry.goal')} statusName={t('dataEntry.fulfilment')} canEdit={canEdit} />
        <TableBody>
          {rows.map(({ goal, assessment }) => (
            <StatusCommentRow<GoalFulfilment, AssessmentsSection_SaveGoalMutationVariables['input']>
              key={goal.id}
              anchorId={`mal-${goal.id}`}
              title={goal.title}
              detail={goal.perspective.name}
              statuses={FULFILMENTS}
              statusLabel={(status) => t(`fulfilment.${status}`)}
              statusName={t('dataEntry.fulfilment')}
              saved={assessment ? { status: assessment.fulfilment, ...assessment } : null}
              readOnly={!canEdit}
              schema={goalAssessmentInputSchema}
              inputOf={(fulfilment, comment, expectedVersion) => ({
                goalId: goal.id,
                ...period,
                fulfilment,
                comment,
                expectedVersion,
              })}
              save={async (input) => {
                const result = await save({ variables: { input } });
                const saved = result.data?.setGoalAssessment;
                return saved ? { status: saved.fulfilment, comment: saved.comment, version: saved.version } : undefined;
              }}
            />
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** The unit's activities with their status and comment for the month, each saved on its own. */
export function ActivityStatusTable({
  rows,
  period,
  canEdit,
}: AssessmentsSectionProps & { rows: readonly AssessmentsSection_ActivityFragment[] }) {
  const { t } = useTranslation();
  const [save] = useMutation(AssessmentsSection_SaveActivity);
  if (rows.length === 0) return <Typography color="text.secondary">{t('dataEntry.noActivities')}</Typography>;
  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <Table size="small">
        <HeaderRow first={t('dataEntry.activity')} statusName={t('dataEntry.activityStatus')} canEdit={canEdit} />
        <TableBody>
          {rows.map(({ activity, update }) => (
            <StatusCommentRow<ActivityStatus, AssessmentsSection_SaveActivityMutationVariables['input']>
              key={activity.id}
              anchorId={`aktivitet-${activity.id}`}
              title={activity.title}
              detail={activity.endDate ? t('dataEntry.endDate', { date: activity.endDate }) : undefined}
              statuses={ACTIVITY_STATUSES}
              statusLabel={(status) => t(`activityStatus.${status}`)}
              statusName={t('dataEntry.activityStatus')}
              saved={update}
              readOnly={!canEdit}
              schema={activityUpdateInputSchema}
              inputOf={(status, comment, expectedVersion) => ({
                activityId: activity.id,
                ...period,
                status,
                comment,
                expectedVersion,
              })}
              save={async (input) => {
                const result = await save({ variables: { input } });
                return result.data?.saveActivityUpdate;
              }}
            />
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
