import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { ACTIVITY_STATUS } from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../components/StatusChip';
import { graphql } from '../../../generated';
import type { PlannedActivity } from '../goal-plan';
import { ActivityDialog } from './ActivityDialog';
import { RetireDialog } from './RetireDialog';

export const ActivityTable_activity = graphql(`
  fragment ActivityTable_activity on Activity {
    id
    title
    description
    owner
    ownerId
    startDate
    endDate
    version
    update(upTo: $upTo) {
      id
      status
      comment
    }
  }
`);

export interface ActivityTableProps {
  caption: string;
  activities: readonly FragmentType<typeof ActivityTable_activity>[];
  /** The report month viewed: each activity's status as of then. */
  period: YearMonth;
  /** For a planner of the goal's unit: the goal, so each activity can be edited or cancelled; null for readers. */
  planning?: { goalId: string; orgUnitId: string; goalTitle: string } | null;
}

type PlanDialog = { kind: 'edit' | 'retire'; activity: PlannedActivity };

/** The activities that carry out a goal: end date, status and the latest comment. */
export function ActivityTable({ caption, activities: activityRefs, period, planning = null }: ActivityTableProps) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<PlanDialog | null>(null);
  const { data, complete } = useFragment({
    fragment: ActivityTable_activity,
    fragmentName: 'ActivityTable_activity',
    from: [...activityRefs],
    variables: { upTo: period },
  });
  const activities = complete ? data : [];
  const close = () => setDialog(null);
  return (
    <>
      <Table size="small" aria-label={caption}>
        <TableHead>
          <TableRow>
            <TableCell scope="col">{t('goals.activities.activity')}</TableCell>
            <TableCell scope="col">{t('goals.activities.owner')}</TableCell>
            <TableCell scope="col">{t('goals.activities.endDate')}</TableCell>
            <TableCell scope="col">{t('goals.column.status')}</TableCell>
            {planning && <TableCell scope="col">{t('goals.plan.actions')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {activities.map((activity) => {
            const status = activity.update?.status;
            return (
              <TableRow key={activity.id}>
                <TableCell component="th" scope="row">
                  {activity.title}
                  {activity.update?.comment && (
                    <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                      {activity.update.comment}
                    </Typography>
                  )}
                </TableCell>
                <TableCell>{activity.owner ?? ''}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{activity.endDate ?? ''}</TableCell>
                <TableCell>
                  <StatusChip
                    status={status ? ACTIVITY_STATUS[status] : 'NOT_ASSESSED'}
                    label={status ? t(`activityStatus.${status}`) : t('goals.activities.notReported')}
                  />
                </TableCell>
                {planning && (
                  <TableCell>
                    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
                      <Button
                        size="small"
                        aria-label={t('goals.plan.editActivityNamed', { activity: activity.title })}
                        onClick={() =>
                          setDialog({ kind: 'edit', activity: plannedActivity(activity, planning.goalId) })
                        }
                      >
                        {t('goals.plan.edit')}
                      </Button>
                      <Button
                        size="small"
                        aria-label={t('goals.plan.cancelActivityNamed', { activity: activity.title })}
                        onClick={() =>
                          setDialog({ kind: 'retire', activity: plannedActivity(activity, planning.goalId) })
                        }
                      >
                        {t('goals.plan.cancelActivity')}
                      </Button>
                    </Stack>
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {planning && dialog?.kind === 'edit' && (
        <ActivityDialog
          activity={{ kind: 'existing', activity: dialog.activity }}
          orgUnitId={planning.orgUnitId}
          goalTitle={planning.goalTitle}
          onClose={close}
          onSaved={close}
        />
      )}
      {dialog?.kind === 'retire' && (
        <RetireDialog
          kind="activity"
          id={dialog.activity.id}
          version={dialog.activity.version}
          title={dialog.activity.title}
          onClose={close}
          onSaved={close}
        />
      )}
    </>
  );
}

function plannedActivity(
  activity: {
    id: string;
    version: number;
    title: string;
    description?: string | null;
    ownerId?: string | null;
    owner?: string | null;
    startDate?: string | null;
    endDate?: string | null;
  },
  goalId: string,
): PlannedActivity {
  return {
    id: activity.id,
    version: activity.version,
    goalId,
    title: activity.title,
    description: activity.description ?? null,
    ownerId: activity.ownerId ?? null,
    owner: activity.owner ?? null,
    startDate: activity.startDate ?? null,
    endDate: activity.endDate ?? null,
  };
}
