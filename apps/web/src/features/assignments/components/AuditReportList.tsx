import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { auditActionStatusColour, isAuditActionOverdue } from '@lagesbild/types';
import type { YearMonth } from '@lagesbild/types';
import type { FragmentType } from '@apollo/client';
import { useFragment } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../components/StatusChip';
import { useIsHashTarget } from '../../../components/useScrollToHash';
import { graphql } from '../../../generated';
import type { AuditReportList_ReportFragment } from '../../../generated/graphql';

export const AuditReportList_report = graphql(`
  fragment AuditReportList_report on AuditReport {
    id
    title
    auditor
    reportDate
    caseNumber
    year
    version
    mayEdit
    mayReport
    orgUnit {
      id
      name
    }
    recommendations {
      id
      recommendation
      action
      ownerName
      ownerUser {
        id
        name
      }
      dueDate
      version
      update(upTo: $upTo) {
        id
        year
        month
        status
        comment
        version
      }
    }
  }
`);

export type AuditReportRow = AuditReportList_ReportFragment;
export type AuditRecommendationRow = AuditReportRow['recommendations'][number];

export interface AuditReportListProps {
  reports: readonly FragmentType<typeof AuditReportList_report>[];
  /** The report month viewed: an action past its due date by then and not done is overdue. */
  period: YearMonth;
  /** Where only the actions' status is followed up (Registrera): no editing of reports or recommendations. */
  readOnlyStructure?: boolean;
  onEditReport?: (report: AuditReportRow) => void;
  onAddRecommendation?: (report: AuditReportRow) => void;
  onEditRecommendation?: (report: AuditReportRow, recommendation: AuditRecommendationRow) => void;
  onReportAction: (recommendation: AuditRecommendationRow) => void;
}

/** Each audit report with its recommendations, the committee's action for each, its owner, due date and status. */
export function AuditReportList({
  reports: reportRefs,
  period,
  readOnlyStructure = false,
  onEditReport,
  onAddRecommendation,
  onEditRecommendation,
  onReportAction,
}: AuditReportListProps) {
  const { t } = useTranslation();
  const { data, complete } = useFragment({
    fragment: AuditReportList_report,
    fragmentName: 'AuditReportList_report',
    from: [...reportRefs],
    variables: { upTo: period },
  });
  const reports = complete ? data : [];
  const isHashTarget = useIsHashTarget();
  return (
    <Stack spacing={2}>
      {reports.map((report) => {
        const headingId = `audit-report-${report.id}`;
        const mayEdit = report.mayEdit && !readOnlyStructure;
        const overdue = report.recommendations.filter((row) =>
          isAuditActionOverdue(row.update?.status, row.dueDate, period),
        ).length;
        return (
          <Paper key={report.id} variant="outlined" component="article" aria-labelledby={headingId} sx={{ p: 2 }}>
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ justifyContent: 'space-between' }}>
              <div>
                <Typography variant="h6" component="h3" id={headingId}>
                  {report.title}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {[report.auditor, report.reportDate, report.caseNumber, report.orgUnit.name]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography>
                {overdue > 0 && (
                  <StatusChip status="RED" label={t('assignments.audit.overdueCount', { count: overdue })} />
                )}
              </div>
              {mayEdit && (
                <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }} useFlexGap>
                  <Button
                    size="small"
                    aria-label={t('assignments.audit.editNamed', { title: report.title })}
                    onClick={() => onEditReport?.(report)}
                  >
                    {t('assignments.audit.edit')}
                  </Button>
                  <Button
                    size="small"
                    variant="outlined"
                    aria-label={t('assignments.audit.addRecommendationTo', { title: report.title })}
                    onClick={() => onAddRecommendation?.(report)}
                  >
                    {t('assignments.audit.addRecommendation')}
                  </Button>
                </Stack>
              )}
            </Stack>
            {report.recommendations.length === 0 ? (
              <Typography color="text.secondary" sx={{ mt: 1 }}>
                {t('assignments.audit.noRecommendations')}
              </Typography>
            ) : (
              <div style={{ overflowX: 'auto' }}>
                <Table size="small" aria-label={t('assignments.audit.recommendations', { title: report.title })}>
                  <TableHead>
                    <TableRow>
                      <TableCell scope="col">{t('assignments.audit.recommendation')}</TableCell>
                      <TableCell scope="col">{t('assignments.audit.action')}</TableCell>
                      <TableCell scope="col">{t('assignments.audit.dueDate')}</TableCell>
                      <TableCell scope="col">{t('assignments.status')}</TableCell>
                      {(mayEdit || report.mayReport) && <TableCell scope="col">{t('app.actions')}</TableCell>}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {report.recommendations.map((row) => {
                      const status = row.update?.status;
                      const statusText = status ? t(`auditActionStatus.${status}`) : t('assignments.notReported');
                      const late = isAuditActionOverdue(status, row.dueDate, period);
                      const owner = row.ownerUser?.name ?? row.ownerName;
                      return (
                        <TableRow
                          key={row.id}
                          id={`atgard-${row.id}`}
                          tabIndex={-1}
                          selected={isHashTarget(`atgard-${row.id}`)}
                        >
                          <TableCell component="th" scope="row">
                            {row.recommendation}
                          </TableCell>
                          <TableCell>
                            {row.action}
                            {owner && (
                              <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                                {t('assignments.audit.owner')}: {owner}
                              </Typography>
                            )}
                            {row.update?.comment && (
                              <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                                {row.update.comment}
                              </Typography>
                            )}
                          </TableCell>
                          <TableCell sx={{ whiteSpace: 'nowrap' }}>{row.dueDate ?? ''}</TableCell>
                          <TableCell>
                            <StatusChip
                              status={auditActionStatusColour(status, row.dueDate, period)}
                              label={late ? t('assignments.audit.overdue', { status: statusText }) : statusText}
                            />
                          </TableCell>
                          {(mayEdit || report.mayReport) && (
                            <TableCell>
                              <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                                {report.mayReport && (
                                  <Button
                                    size="small"
                                    variant="outlined"
                                    aria-label={t('assignments.audit.reportActionNamed', {
                                      title: row.recommendation,
                                    })}
                                    onClick={() => onReportAction(row)}
                                  >
                                    {t('assignments.report')}
                                  </Button>
                                )}
                                {mayEdit && (
                                  <Button
                                    size="small"
                                    aria-label={t('assignments.audit.editRecommendationNamed', {
                                      title: row.recommendation,
                                    })}
                                    onClick={() => onEditRecommendation?.(report, row)}
                                  >
                                    {t('assignments.audit.editRecommendation')}
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
              </div>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
