import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { formatYearMonth } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../components/QueryState';
import { useScrollToHash } from '../components/useScrollToHash';
import { ActionStatusDialog } from '../features/assignments/components/ActionStatusDialog';
import { AssignmentDialog } from '../features/assignments/components/AssignmentDialog';
import { AssignmentStatusDialog } from '../features/assignments/components/AssignmentStatusDialog';
import { AssignmentTable } from '../features/assignments/components/AssignmentTable';
import type { AssignmentRow } from '../features/assignments/components/AssignmentTable';
import { AuditReportDialog } from '../features/assignments/components/AuditReportDialog';
import { AuditReportList } from '../features/assignments/components/AuditReportList';
import type { AuditRecommendationRow, AuditReportRow } from '../features/assignments/components/AuditReportList';
import { RecommendationDialog } from '../features/assignments/components/RecommendationDialog';
import { assignmentsExportTable } from '../features/assignments/assignments-export';
import { ExportButtons } from '../features/export/components/ExportButtons';
import { useViewParams } from '../features/view-params/useViewParams';
import { formatPeriodLabel } from '../i18n/format';
import { graphql } from '../generated';

export const AssignmentsPage_Query = graphql(`
  query AssignmentsPage_Query($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!) {
    orgUnit(code: $orgUnitCode) {
      id
      code
      name
      children {
        id
        name
        isClosed
      }
    }
    viewer {
      id
      canPlan: holds(role: PLANNER, orgUnitCode: $orgUnitCode)
    }
    assignments(orgUnitCode: $orgUnitCode, year: $year) {
      id
      orgUnit {
        id
      }
      ...AssignmentsExport_assignment @unmask
      ...AssignmentTable_assignment
    }
    auditReports(orgUnitCode: $orgUnitCode, year: $year) {
      id
      orgUnit {
        id
        code
      }
      ...AuditReportList_report
    }
  }
`);

/** Which dialog is open, with what it edits. */
type OpenDialog =
  | { kind: 'assignment'; assignment: AssignmentRow | null }
  | { kind: 'assignmentStatus'; assignment: AssignmentRow }
  | { kind: 'auditReport'; report: AuditReportRow | null }
  | { kind: 'recommendation'; report: AuditReportRow; recommendation: AuditRecommendationRow | null }
  | { kind: 'actionStatus'; recommendation: AuditRecommendationRow };

/**
 * Uppdrag: the assignments given to the chosen unit (and the units under it) in the year, and
 * beside them the audit reports with their recommendations and the committee's actions, each
 * with its status in the chosen month. Planners register and edit; analysts report status.
 */
export function AssignmentsPage() {
  const { t, i18n } = useTranslation();
  const { orgUnitCode, period } = useViewParams();
  const { data, error, loading, refetch } = useQuery(AssignmentsPage_Query, {
    variables: { orgUnitCode, year: period.year, upTo: period },
  });
  const [open, setOpen] = useState<OpenDialog | null>(null);
  // A link from the overview names a row (#uppdrag-12, #atgard-3): the page opens at it.
  useScrollToHash(!!data);

  if (loading && !data) return <Loading />;
  if (error) return <LoadError onRetry={() => void refetch()} />;
  if (!data?.orgUnit) return <Alert severity="info">{t('pickers.unknownUnit')}</Alert>;

  const unit = data.orgUnit;
  const canPlan = data.viewer?.canPlan ?? false;
  const periodLabel = formatPeriodLabel(formatYearMonth(period), i18n.language);
  const units = [unit, ...unit.children.filter((child) => !child.isClosed)];
  const close = () => setOpen(null);
  const reportUnitCode = (report: AuditReportRow) =>
    data.auditReports.find((row) => row.id === report.id)?.orgUnit.code ?? unit.code;

  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h4" component="h1" gutterBottom>
          {t('assignments.pageTitle')}
        </Typography>
        <Typography color="text.secondary">
          {t('assignments.intro', { unit: unit.name, year: period.year, period: periodLabel })}
        </Typography>
      </div>

      <section aria-labelledby="assignments-heading">
        <Stack direction="row" spacing={2} sx={{ mb: 1.5, alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
          <Typography variant="h5" component="h2" id="assignments-heading">
            {t('assignments.title')}
          </Typography>
          {canPlan && (
            <Button variant="contained" onClick={() => setOpen({ kind: 'assignment', assignment: null })}>
              {t('assignments.create')}
            </Button>
          )}
        </Stack>
        {data.assignments.length === 0 ? (
          <Typography color="text.secondary">
            {t('assignments.emptyInYear', { unit: unit.name, year: period.year })}
          </Typography>
        ) : (
          <>
            <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
              <AssignmentTable
                caption={t('assignments.of', { unit: unit.name })}
                assignments={data.assignments}
                period={period}
                showOrgUnit={new Set(data.assignments.map((row) => row.orgUnit.id)).size > 1}
                onEdit={(assignment) => setOpen({ kind: 'assignment', assignment })}
                onReport={(assignment) => setOpen({ kind: 'assignmentStatus', assignment })}
              />
            </Paper>
            <ExportButtons
              table={() =>
                assignmentsExportTable(
                  `${t('assignments.of', { unit: unit.name })} ${periodLabel}`,
                  data.assignments,
                  period,
                  t,
                )
              }
            />
          </>
        )}
      </section>

      <section aria-labelledby="audit-reports-heading">
        <Stack direction="row" spacing={2} sx={{ mb: 1.5, alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
          <Typography variant="h5" component="h2" id="audit-reports-heading">
            {t('assignments.audit.title')}
          </Typography>
          {canPlan && (
            <Button variant="contained" onClick={() => setOpen({ kind: 'auditReport', report: null })}>
              {t('assignments.audit.create')}
            </Button>
          )}
        </Stack>
        {data.auditReports.length === 0 ? (
          <Typography color="text.secondary">
            {t('assignments.audit.empty', { unit: unit.name, year: period.year })}
          </Typography>
        ) : (
          <AuditReportList
            reports={data.auditReports}
            period={period}
            onEditReport={(report) => setOpen({ kind: 'auditReport', report })}
            onAddRecommendation={(report) => setOpen({ kind: 'recommendation', report, recommendation: null })}
            onEditRecommendation={(report, recommendation) =>
              setOpen({ kind: 'recommendation', report, recommendation })
            }
            onReportAction={(recommendation) => setOpen({ kind: 'actionStatus', recommendation })}
          />
        )}
      </section>

      {open?.kind === 'assignment' && (
        <AssignmentDialog assignment={open.assignment} units={units} year={period.year} onClose={close} />
      )}
      {open?.kind === 'assignmentStatus' && (
        <AssignmentStatusDialog assignment={open.assignment} period={period} onClose={close} />
      )}
      {open?.kind === 'auditReport' && (
        <AuditReportDialog report={open.report} orgUnitId={unit.id} year={period.year} onClose={close} />
      )}
      {open?.kind === 'recommendation' && (
        <RecommendationDialog
          auditReportId={open.report.id}
          orgUnitCode={reportUnitCode(open.report)}
          recommendation={open.recommendation}
          onClose={close}
        />
      )}
      {open?.kind === 'actionStatus' && (
        <ActionStatusDialog recommendation={open.recommendation} period={period} onClose={close} />
      )}
    </Stack>
  );
}
