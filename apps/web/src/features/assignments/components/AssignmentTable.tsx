import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
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
import { useIsHashTarget } from '../../../components/useScrollToHash';
import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { graphql } from '../../../generated';
import type { AssignmentTable_AssignmentFragment } from '../../../generated/graphql';

export const AssignmentTable_assignment = graphql(`
  fragment AssignmentTable_assignment on Assignment {
    id
    title
    source
    caseNumber
    deadline
    year
    version
    mayEdit
    mayReport
    orgUnit {
      id
      name
    }
    update(upTo: $upTo) {
      id
      year
      month
      status
      comment
      decisionDate
      decisionCaseNumber
      version
    }
  }
`);

export type AssignmentRow = AssignmentTable_AssignmentFragment;

export interface AssignmentTableProps {
  caption: string;
  assignments: readonly FragmentType<typeof AssignmentTable_assignment>[];
  /** The report month viewed: an assignment past its deadline by then and not declared complete is overdue. */
  period: YearMonth;
  /** Name each assignment's unit, when the list gathers several units. */
  showOrgUnit: boolean;
  /** Offered for assignments the user may edit (planners); none on read-only pages. */
  onEdit?: (assignment: AssignmentRow) => void;
  /** Offered for assignments the user may report on (analysts). */
  onReport?: (assignment: AssignmentRow) => void;
}

/** Assignments (uppdrag) with where they come from, case number, deadline, status and comment. */
export function AssignmentTable({
  caption,
  assignments: assignmentRefs,
  period,
  showOrgUnit,
  onEdit,
  onReport,
}: AssignmentTableProps) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({
    fragment: AssignmentTable_assignment,
    fragmentName: 'AssignmentTable_assignment',
    from: [...assignmentRefs],
    variables: { upTo: period },
  });
  const assignments = complete ? data : [];
  const isHashTarget = useIsHashTarget();
  const hasActions = assignments.some(
    (assignment) => (onEdit && assignment.mayEdit) || (onReport && assignment.mayReport),
  );
  return (
    <Table size="small" aria-label={caption}>
      <TableHead>
        <TableRow>
          <TableCell scope="col">{t('assignments.assignment')}</TableCell>
          <TableCell scope="col">{t('assignments.source')}</TableCell>
          <TableCell scope="col">{t('assignments.deadline')}</TableCell>
          <TableCell scope="col">{t('assignments.status')}</TableCell>
          {hasActions && <TableCell scope="col">{t('app.actions')}</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {assignments.map((assignment) => {
          const update = assignment.update;
          const status = update?.status;
          const overdue = isAssignmentOverdue(status, assignment.deadline, period);
          const statusText = status ? t(`assignmentStatus.${status}`) : t('assignments.notReported');
          return (
            <TableRow
              key={assignment.id}
              id={`uppdrag-${assignment.id}`}
              tabIndex={-1}
              selected={isHashTarget(`uppdrag-${assignment.id}`)}
            >
              <TableCell component="th" scope="row">
                {assignment.title}
                <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                  {[assignment.caseNumber, showOrgUnit ? assignment.orgUnit.name : null].filter(Boolean).join(' · ')}
                </Typography>
                {update?.comment && (
                  <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                    {update.comment}
                  </Typography>
                )}
              </TableCell>
              <TableCell>{t(`assignmentSource.${assignment.source}`)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{assignment.deadline ?? ''}</TableCell>
              <TableCell>
                <StatusChip
                  status={assignmentStatusColour(status, assignment.deadline, period)}
                  label={overdue ? t('assignments.overdue', { status: statusText }) : statusText}
                />
                {status === 'DECLARED_COMPLETE' && update?.decisionDate && (
                  <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 0.5 }}>
                    {t('assignments.declaredBy', {
                      date: update.decisionDate,
                      caseNumber: update.decisionCaseNumber ?? '',
                    })}
                  </Typography>
                )}
              </TableCell>
              {hasActions && (
                <TableCell>
                  <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                    {onReport && assignment.mayReport && (
                      <Button
                        size="small"
                        variant="outlined"
                        aria-label={t('assignments.reportNamed', { title: assignment.title })}
                        onClick={() => onReport(assignment)}
                      >
                        {t('assignments.report')}
                      </Button>
                    )}
                    {onEdit && assignment.mayEdit && (
                      <Button
                        size="small"
                        aria-label={t('assignments.editNamed', { title: assignment.title })}
                        onClick={() => onEdit(assignment)}
                      >
                        {t('assignments.edit')}
                      </Button>
                    )}
                  </Stack>
                </TableCell>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
