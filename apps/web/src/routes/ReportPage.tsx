import { useScrollToHash } from '../components/useScrollToHash';
import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { ROUTES } from '../app/routes';
import { LoadError, Loading } from '../components/QueryState';
import { ReportComparisonView } from '../features/reports/components/ReportComparisonView';
import { ReportSectionTables } from '../features/reports/components/ReportSectionTables';
import { ReportStatusChip } from '../features/reports/components/ReportStatusChip';
import { ReportWorkflow } from '../features/reports/components/ReportWorkflow';
import { SectionAnalysis } from '../features/reports/components/SectionAnalysis';
import { graphql } from '../generated';
import { reportTitle } from '../features/reports/report-title';
import { formatTime } from '../i18n/format';

const ReportPage_Query = graphql(`
  query ReportPage_Query($id: ID!) {
    report(id: $id) {
      id
      type
      status
      version
      period {
        year
        month
      }
      frozenAt
      approvedBy {
        id
        name
      }
      viewerCanEdit
      viewerCanApprove
      orgUnit {
        id
        name
        code
      }
      comments {
        id
        text
        createdAt
        author {
          id
          name
        }
      }
      comparison {
        previous {
          id
          type
          period {
            year
            month
          }
        }
        colourChanges {
          kind
          name
          previous
          current
        }
        forecastChanges {
          name
          unit
          previous
          current
        }
        assignmentChanges {
          title
          previous
          current
        }
      }
      content {
        compiledAt
        isFrozen
        sections {
          id
          kind
          title
          perspectiveName
          analysisText
          analysisVersion
          analysisUpdatedAt
          analysisUpdatedBy {
            id
            name
          }
          goalSummary {
            perspectiveName
            councilGoalTitle
            title
            fulfilment
          }
          goals {
            perspectiveName
            councilGoalTitle
            title
            fulfilment
          }
          indicatorTables {
            periodicity
            periodLabel
            previousPeriodLabel
            hasRolling12
            rows {
              indicatorId
              name
              unit
              previousYearOutcome
              outcome
              periodTarget
              fullYearForecast
              annualTarget
              rolling12
              status
              statusSetByHand
              isGenerated
              previousYearIsGenerated
            }
          }
          activities {
            perspectiveName
            title
            endDate
            status
            comment
          }
          assignments {
            title
            source
            caseNumber
            dueDate
            status
            isOverdue
            comment
          }
          financialLines {
            name
            unit
            previousYearToDate
            outcomeToDate
            budgetToDate
            fullYearForecast
            fullYearBudget
            rolledUpFrom
          }
          businessAreaResults {
            name
            depth
            isTotal
            resultToDate
            fullYearForecast
            rolledUpFrom
          }
          portfolios {
            name
            narrative
            changes
          }
          deviatingProjects {
            portfolioName
            name
            state
            time
            cost
            result
            reportDate
            deviations {
              dimension
              status
              cause
              action
            }
          }
          risks {
            title
            categoryName
            probability
            consequence
            score
            mitigations
            isDemoValue
          }
          charts {
            title
            kind
            unit
            categories
            generatedCategories
            series {
              name
              values
            }
          }
        }
      }
    }
  }
`);

/** One report: its sections in the order of source 000, the workflow, the comparison and the downloads. */
export function ReportPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ReportPage_Query, { variables: { id } });
  const report = data?.report;
  // A link from Att göra names a section to write (#avsnitt-12): the page opens at it.
  useScrollToHash(!!report);

  if (loading && !data) return <Loading />;
  if (error) return <LoadError onRetry={() => void refetch()} />;
  if (!report) return <Alert severity="info">{t('reports.notFound')}</Alert>;

  const { content } = report;
  const anchorOf = (sectionId: string) => `avsnitt-${sectionId}`;
  const editable = report.status === 'DRAFT' && report.viewerCanEdit;

  return (
    <Stack spacing={3}>
      <div>
        <Link component={RouterLink} to={`${ROUTES.reports}?enhet=${report.orgUnit.code}`}>
          {t('reports.backToList')}
        </Link>
        <Typography variant="h4" component="h1" sx={{ mt: 1 }}>
          {reportTitle(t, report.type, report.period, i18n.language)}
        </Typography>
        <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'center' }}>
          <Typography variant="h6" component="p">
            {report.orgUnit.name}
          </Typography>
          <ReportStatusChip status={report.status} />
        </Stack>
      </div>
      {content.isFrozen && report.frozenAt ? (
        <Alert severity="success">
          {t('reports.frozen', { date: report.frozenAt.slice(0, 10), name: report.approvedBy?.name ?? '' })}
        </Alert>
      ) : (
        <Alert severity="info">
          {t(report.status === 'SUBMITTED' ? 'reports.liveSubmitted' : 'reports.live', {
            date: formatTime(content.compiledAt, i18n.language),
          })}{' '}
          {t('reports.approvalRule')}
        </Alert>
      )}
      <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button variant="outlined" href={`/api/reports/${report.id}/export.pdf`}>
          {t('reports.downloadPdf')}
        </Button>
        <Button variant="outlined" href={`/api/reports/${report.id}/export.docx`}>
          {t('reports.downloadWord')}
        </Button>
      </Stack>
      <ReportWorkflow report={report} />
      <Paper variant="outlined" component="nav" aria-labelledby="report-contents" sx={{ p: 2 }}>
        <Typography variant="h6" component="h2" id="report-contents">
          {t('reports.contents')}
        </Typography>
        <ol style={{ margin: 0 }}>
          {content.sections.map((section) => (
            <li key={section.id}>
              <Link href={`#${anchorOf(section.id)}`}>{section.title}</Link>
            </li>
          ))}
          <li>
            <Link href="#jamforelse">{t('reports.comparison')}</Link>
          </li>
        </ol>
      </Paper>
      {content.sections.map((section, index) => (
        <Paper
          key={section.id}
          variant="outlined"
          component="section"
          aria-labelledby={anchorOf(section.id)}
          sx={{ p: { xs: 1.5, sm: 3 } }}
        >
          <Typography variant="h5" component="h2" id={anchorOf(section.id)} tabIndex={-1} gutterBottom>
            {index + 1} {section.title}
          </Typography>
          <Typography variant="h6" component="h3">
            {t('reports.analysis')}
          </Typography>
          <SectionAnalysis section={section} canEdit={editable} />
          <ReportSectionTables section={section} period={report.period} />
        </Paper>
      ))}
      <Paper variant="outlined" component="section" aria-labelledby="jamforelse" sx={{ p: { xs: 1.5, sm: 3 } }}>
        <Typography variant="h5" component="h2" id="jamforelse" tabIndex={-1} gutterBottom>
          {t('reports.comparison')}
        </Typography>
        <ReportComparisonView comparison={report.comparison} />
      </Paper>
    </Stack>
  );
}
