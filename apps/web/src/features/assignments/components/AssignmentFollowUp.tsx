import { useQuery } from '@apollo/client/react';
import Typography from '@mui/material/Typography';
import type { YearMonth } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../../../components/QueryState';
import { SectionCard } from '../../../components/SectionCard';
import { graphql } from '../../../generated';
import { ActionStatusDialog } from './ActionStatusDialog';
import { AssignmentStatusDialog } from './AssignmentStatusDialog';
import { AssignmentTable } from './AssignmentTable';
import type { AssignmentRow } from './AssignmentTable';
import { AuditReportList } from './AuditReportList';
import type { AuditRecommendationRow } from './AuditReportList';

export const AssignmentFollowUp_Query = graphql(`
  query AssignmentFollowUp_Query($orgUnitCode: String!, $year: Int!, $upTo: MonthInput!, $before: MonthInput!) {
    assignments(orgUnitCode: $orgUnitCode) {
      id
      year
      settled: update(upTo: $before) {
        id
        status
      }
      ...AssignmentTable_assignment
    }
    auditReports(orgUnitCode: $orgUnitCode, year: $year) {
      id
      ...AuditReportList_report
    }
  }
`);

/** The month before, whose status tells which assignments were already settled when this month began. */
function monthBefore({ year, month }: YearMonth): YearMonth {
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
}

export interface AssignmentFollowUpProps {
  orgUnitCode: string;
  period: YearMonth;
  periodLabel: string;
}

/**
 * Registrera's follow-up of the month's assignments and audit actions, beside the activities:
 * every assignment given up to this year that was not declared complete before this month, and
 * the year's audit reports. Analysts of the unit report each one's status for the month.
 */
export function AssignmentFollowUp({ orgUnitCode, period, periodLabel }: AssignmentFollowUpProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(AssignmentFollowUp_Query, {
    variables: { orgUnitCode, year: period.year, upTo: period, before: monthBefore(period) },
  });
  const [reporting, setReporting] = useState<AssignmentRow | null>(null);
  const [reportingAction, setReportingAction] = useState<AuditRecommendationRow | null>(null);
  const open = (data?.assignments ?? []).filter(
    (assignment) => assignment.year <= period.year && assignment.settled?.status !== 'DECLARED_COMPLETE',
  );
  return (
    <SectionCard id="data-entry-assignments" title={t('assignments.followUpTitle', { period: periodLabel })}>
      {loading && !data && <Loading />}
      {error && <LoadError onRetry={() => void refetch()} />}
      {data && (
        <>
          {open.length === 0 ? (
            <Typography color="text.secondary">{t('assignments.noOpen')}</Typography>
          ) : (
            <div style={{ overflowX: 'auto' }}>
              <AssignmentTable
                caption={t('assignments.followUpTitle', { period: periodLabel })}
                assignments={open}
                period={period}
                showOrgUnit={false}
                onReport={setReporting}
              />
            </div>
          )}
          {data.auditReports.length > 0 && (
            <>
              <Typography variant="subtitle1" component="h3" sx={{ mt: 2, mb: 1 }}>
                {t('assignments.audit.title')}
              </Typography>
              <AuditReportList
                reports={data.auditReports}
                period={period}
                readOnlyStructure
                onReportAction={setReportingAction}
              />
            </>
          )}
        </>
      )}
      {reporting && (
        <AssignmentStatusDialog assignment={reporting} period={period} onClose={() => setReporting(null)} />
      )}
      {reportingAction && (
        <ActionStatusDialog recommendation={reportingAction} period={period} onClose={() => setReportingAction(null)} />
      )}
    </SectionCard>
  );
}
