import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { assignmentStatusColour, isAssignmentOverdue } from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../components/StatusChip';
import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '../../../generated';

export const AssignmentTable_assignment = graphql(`
  fragment AssignmentTable_assignment on Assignment {
    id
    title
    source
    caseNumber
    deadline
    orgUnit {
      id
      name
    }
    update(upTo: $upTo) {
      id
      status
      comment
    }
  }
`);

export interface AssignmentTableProps {
  caption: string;
  assignments: readonly FragmentType<typeof AssignmentTable_assignment>[];
  /** The report month viewed: an open assignment past its deadline by then is overdue. */
  period: YearMonth;
  /** Name each assignment's unit, when the list gathers several units. */
  showOrgUnit: boolean;
}

/** Assignments (uppdrag) with where they come from, case number, deadline, status and comment. */
export function AssignmentTable({ caption, assignments: assignmentRefs, period, showOrgUnit }: AssignmentTableProps) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({
    fragment: AssignmentTable_assignment,
    fragmentName: 'AssignmentTable_assignment',
    from: [...assignmentRefs],
    variables: { upTo: period },
  });
  const assignments = complete ? data : [];
  return (
    <Table size="small" aria-label={caption}>
      <TableHead>
        <TableRow>
          <TableCell scope="col">{t('goals.assignments.assignment')}</TableCell>
          <TableCell scope="col">{t('goals.assignments.source')}</TableCell>
          <TableCell scope="col">{t('goals.assignments.deadline')}</TableCell>
          <TableCell scope="col">{t('goals.column.status')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {assignments.map((assignment) => {
          const status = assignment.update?.status;
          const overdue = isAssignmentOverdue(status, assignment.deadline, period);
          const statusText = status ? t(`assignmentStatus.${status}`) : t('goals.assignments.notReported');
          return (
            <TableRow key={assignment.id}>
              <TableCell component="th" scope="row">
                {assignment.title}
                <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                  {[assignment.caseNumber, showOrgUnit ? assignment.orgUnit.name : null].filter(Boolean).join(' · ')}
                </Typography>
                {assignment.update?.comment && (
                  <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                    {assignment.update.comment}
                  </Typography>
                )}
              </TableCell>
              <TableCell>{t(`assignmentSource.${assignment.source}`)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{assignment.deadline ?? ''}</TableCell>
              <TableCell>
                <StatusChip
                  status={assignmentStatusColour(status, assignment.deadline, period)}
                  label={overdue ? t('goals.assignments.overdue', { status: statusText }) : statusText}
                />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
