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
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../components/StatusChip';
import { graphql } from '../../../generated';

export const ActivityTable_activity = graphql(`
  fragment ActivityTable_activity on Activity {
    id
    title
    endDate
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
}

/** The activities that carry out a goal: end date, status and the latest comment. */
export function ActivityTable({ caption, activities: activityRefs, period }: ActivityTableProps) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({
    fragment: ActivityTable_activity,
    fragmentName: 'ActivityTable_activity',
    from: [...activityRefs],
    variables: { upTo: period },
  });
  const activities = complete ? data : [];
  return (
    <Table size="small" aria-label={caption}>
      <TableHead>
        <TableRow>
          <TableCell scope="col">{t('goals.activities.activity')}</TableCell>
          <TableCell scope="col">{t('goals.activities.endDate')}</TableCell>
          <TableCell scope="col">{t('goals.column.status')}</TableCell>
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
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{activity.endDate ?? ''}</TableCell>
              <TableCell>
                <StatusChip
                  status={status ? ACTIVITY_STATUS[status] : 'NOT_ASSESSED'}
                  label={status ? t(`activityStatus.${status}`) : t('goals.activities.notReported')}
                />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
