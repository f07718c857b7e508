import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../../generated';
import type { ReportingPeriodsTable_PeriodFragment } from '../../../generated/graphql';
import { periodLabel } from '../period-label';
import { PeriodDeadlineDialog } from './PeriodDeadlineDialog';
import { PeriodStatusDialog } from './PeriodStatusDialog';

export const ReportingPeriodsTable_period = graphql(`
  fragment ReportingPeriodsTable_period on ReportingPeriod {
    id
    kind
    number
    year
    endDate
    deadline
    ruleDeadline
    deadlineMoved
    levelDeadlines {
      level
      deadline
    }
    status
    statusReason
    version
  }
`);

export interface ReportingPeriodsTableProps {
  year: number;
  periods: readonly FragmentType<typeof ReportingPeriodsTable_period>[];
  /** A change was saved: the page says so. */
  onChanged: (message: string) => void;
}

type Period = ReportingPeriodsTable_PeriodFragment;

/** The year's periods: each one's end, deadline per level and state, changed and closed or reopened from its row. */
export function ReportingPeriodsTable({ year, periods, onChanged }: ReportingPeriodsTableProps) {
  const { t, i18n } = useTranslation();
  const { data, complete } = useFragment({
    fragment: ReportingPeriodsTable_period,
    fragmentName: 'ReportingPeriodsTable_period',
    from: [...periods],
  });
  const [editing, setEditing] = useState<Period | null>(null);
  const [changingStatus, setChangingStatus] = useState<Period | null>(null);
  if (!complete) return null;
  const rows = data;
  const labelOf = (period: Period) => periodLabel(t, i18n.language, period);

  return (
    <>
      <TableContainer sx={{ overflowX: 'auto' }}>
        <Table size="small" aria-label={t('reportingCalendar.tableLabel', { year })}>
          <TableHead>
            <TableRow>
              <TableCell scope="col">{t('reportingCalendar.period')}</TableCell>
              <TableCell scope="col">{t('reportingCalendar.periodEnd')}</TableCell>
              <TableCell scope="col">{t('reportingCalendar.deadline')}</TableCell>
              <TableCell scope="col">{t('reportingCalendar.businessAreaDeadline')}</TableCell>
              <TableCell scope="col">{t('reportingCalendar.statusLabel')}</TableCell>
              <TableCell scope="col">{t('reportingCalendar.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((period) => {
              const label = labelOf(period);
              const businessArea = period.levelDeadlines.find((deadline) => deadline.level === 'BUSINESS_AREA');
              return (
                <TableRow key={period.id}>
                  <TableCell component="th" scope="row">
                    {label}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{period.endDate}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {period.deadline}
                    {period.deadlineMoved && ` (${t('reportingCalendar.moved')})`}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {businessArea?.deadline ?? t('reportingCalendar.sameAsCommittee')}
                  </TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      variant="outlined"
                      icon={period.status === 'CLOSED' ? <LockIcon /> : <LockOpenIcon />}
                      label={t(`reportingCalendar.status.${period.status}`)}
                      title={period.statusReason ?? undefined}
                    />
                  </TableCell>
                  <TableCell>
                    <Stack direction="row" spacing={1}>
                      <Button
                        size="small"
                        aria-label={t('reportingCalendar.editLabel', { period: label })}
                        onClick={() => setEditing(period)}
                      >
                        {t('reportingCalendar.edit')}
                      </Button>
                      <Button
                        size="small"
                        variant="outlined"
                        aria-label={t(
                          period.status === 'OPEN' ? 'reportingCalendar.closeLabel' : 'reportingCalendar.reopenLabel',
                          { period: label },
                        )}
                        onClick={() => setChangingStatus(period)}
                      >
                        {t(period.status === 'OPEN' ? 'reportingCalendar.close' : 'reportingCalendar.reopen')}
                      </Button>
                    </Stack>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableContainer>
      {editing && (
        <PeriodDeadlineDialog
          period={editing}
          label={labelOf(editing)}
          onClose={() => setEditing(null)}
          onSaved={(message) => {
            setEditing(null);
            onChanged(message);
          }}
        />
      )}
      {changingStatus && (
        <PeriodStatusDialog
          period={changingStatus}
          label={labelOf(changingStatus)}
          onClose={() => setChangingStatus(null)}
          onSaved={(message) => {
            setChangingStatus(null);
            onChanged(message);
          }}
        />
      )}
    </>
  );
}
