import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatYearMonth } from '@lagesbild/types';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ROUTES } from '../app/routes';
import { LoadError, Loading } from '../components/QueryState';
import { CreateReportDialog } from '../features/reports/components/CreateReportDialog';
import { ReportStatusChip } from '../features/reports/components/ReportStatusChip';
import { reportTitle } from '../features/reports/report-title';
import { useViewParams } from '../features/view-params/useViewParams';
import { graphql } from '../generated';
import { formatPeriodLabel } from '../i18n/format';

const ReportsPage_Query = graphql(`
  query ReportsPage_Query($orgUnitCode: String!, $year: Int!) {
    orgUnit(code: $orgUnitCode) {
      id
      name
    }
    viewer {
      id
      canCreate: holds(role: ANALYST, orgUnitCode: $orgUnitCode)
    }
    reports(orgUnitCode: $orgUnitCode, year: $year) {
      id
      type
      status
      period {
        year
        month
      }
      createdAt
      frozenAt
    }
  }
`);

/** Rapporter: the unit's reports of the period's year with their status, and a new one. */
export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const { orgUnitCode, period } = useViewParams();
  const [creating, setCreating] = useState(false);
  const { data, loading, error, refetch } = useQuery(ReportsPage_Query, {
    variables: { orgUnitCode, year: period.year },
  });
  const unit = data?.orgUnit;

  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('reports.title')}
      </Typography>
      {loading && !data && <Loading />}
      {error && <LoadError onRetry={() => void refetch()} />}
      {data && !unit && <Alert severity="info">{t('pickers.unknownUnit')}</Alert>}
      {unit && data && (
        <Stack spacing={2}>
          <Typography color="text.secondary">{t('reports.intro', { unit: unit.name })}</Typography>
          {data.viewer?.canCreate && (
            <div>
              <Button variant="contained" onClick={() => setCreating(true)}>
                {t('reports.create')}
              </Button>
            </div>
          )}
          {data.reports.length === 0 ? (
            <Alert severity="info">{t('reports.none', { year: period.year })}</Alert>
          ) : (
            <Paper variant="outlined" sx={{ overflowX: 'auto' }}>
              <Table size="small" aria-label={t('reports.listCaption', { unit: unit.name, year: period.year })}>
                <TableHead>
                  <TableRow>
                    <TableCell>{t('reports.type')}</TableCell>
                    <TableCell>{t('reports.period')}</TableCell>
                    <TableCell>{t('reports.status')}</TableCell>
                    <TableCell>{t('reports.created')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.reports.map((report) => (
                    <TableRow key={report.id}>
                      <TableCell>
                        <Link component={RouterLink} to={`${ROUTES.reports}/${report.id}`}>
                          {reportTitle(t, report.type, report.period, i18n.language)}
                        </Link>
                      </TableCell>
                      <TableCell>{formatPeriodLabel(formatYearMonth(report.period), i18n.language)}</TableCell>
                      <TableCell>
                        <ReportStatusChip status={report.status} />
                      </TableCell>
                      <TableCell>{report.createdAt.slice(0, 10)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Paper>
          )}
          {creating && <CreateReportDialog orgUnit={unit} initialPeriod={period} onClose={() => setCreating(false)} />}
        </Stack>
      )}
    </>
  );
}
