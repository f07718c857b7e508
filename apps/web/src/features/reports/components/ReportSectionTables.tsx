import Typography from '@mui/material/Typography';
import type { IndicatorUnit, YearMonth } from '@lagesbild/types';
import { ACTIVITY_STATUS, FULFILMENT_STATUS, assignmentStatusColour, formatYearMonth } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../components/StatusChip';
import { formatFigure, formatNumber, formatPeriodLabel } from '../../../i18n/format';
import type { ReportPage_QueryQuery } from '../../../generated/graphql';
import { ReportChartView } from './ReportChartView';
import { ReportTable } from './ReportTable';

export type ReportSectionData = NonNullable<ReportPage_QueryQuery['report']>['content']['sections'][number];

export interface ReportSectionTablesProps {
  section: ReportSectionData;
  period: YearMonth;
}

const Heading = ({ children }: { children: string }) => (
  <Typography variant="h6" component="h3" sx={{ mt: 2, mb: 1 }}>
    {children}
  </Typography>
);

/** The tables and charts of one section, by its kind, in the layout of source 000. */
export function ReportSectionTables({ section, period }: ReportSectionTablesProps) {
  const { t, i18n } = useTranslation();
  const figure = (value: number | null | undefined, unit: IndicatorUnit) =>
    formatFigure(value, unit, t(`unit.${unit}`), i18n.language);
  // The tables' headings say tkr, so the cells hold the bare figure.
  const tkr = (value: number | null | undefined) => (value == null ? '' : formatNumber(value, 'TKR', i18n.language));
  const goals = section.kind === 'SUMMARY' ? section.goalSummary : section.goals;

  return (
    <>
      {goals.length > 0 && (
        <>
          <Heading>{t('reports.goals')}</Heading>
          <ReportTable
            caption={`${t('reports.goals')}: ${section.title}`}
            rows={goals}
            rowKey={(goal, index) => `${goal.title}-${index}`}
            columns={[
              ...(section.kind === 'SUMMARY'
                ? [{ heading: t('reports.perspective'), cell: (goal: (typeof goals)[number]) => goal.perspectiveName }]
                : []),
              { heading: t('reports.councilGoal'), cell: (goal) => goal.councilGoalTitle ?? goal.title },
              { heading: t('reports.goal'), cell: (goal) => (goal.councilGoalTitle ? goal.title : '') },
              {
                heading: t('reports.fulfilment'),
                cell: (goal) => (
                  <StatusChip status={FULFILMENT_STATUS[goal.fulfilment]} label={t(`fulfilment.${goal.fulfilment}`)} />
                ),
              },
            ]}
          />
        </>
      )}
      {section.indicatorTables.map((table) => (
        <div key={table.periodicity}>
          <Heading>{t('reports.indicatorTable', { periodicity: t(`periodicity.${table.periodicity}`) })}</Heading>
          <ReportTable
            caption={`${section.title}: ${t('reports.indicatorTable', { periodicity: t(`periodicity.${table.periodicity}`) })}`}
            rows={table.rows}
            rowKey={(row) => row.indicatorId}
            columns={[
              { heading: t('reports.indicator'), cell: (row) => row.name },
              {
                heading: t('reports.outcome', { period: table.previousPeriodLabel }),
                numeric: true,
                cell: (row) => figure(row.previousYearOutcome, row.unit),
              },
              {
                heading: t('reports.outcome', { period: table.periodLabel }),
                numeric: true,
                cell: (row) => figure(row.outcome, row.unit),
              },
              {
                heading: t('reports.target', { period: table.periodLabel }),
                numeric: true,
                cell: (row) => figure(row.periodTarget, row.unit),
              },
              { heading: t('reports.forecast'), numeric: true, cell: (row) => figure(row.fullYearForecast, row.unit) },
              { heading: t('reports.annualTarget'), numeric: true, cell: (row) => figure(row.annualTarget, row.unit) },
              ...(table.hasRolling12
                ? [
                    {
                      heading: t('reports.rolling12', { period: table.periodLabel }),
                      numeric: true,
                      cell: (row: (typeof table.rows)[number]) => figure(row.rolling12, row.unit),
                    },
                  ]
                : []),
              {
                heading: t('reports.status'),
                cell: (row) => <StatusChip status={row.status} label={t(`status.${row.status}`)} />,
              },
            ]}
          />
        </div>
      ))}
      {section.activities.length > 0 && (
        <ReportTable
          caption={section.title}
          rows={section.activities}
          rowKey={(activity, index) => `${activity.title}-${index}`}
          columns={[
            {
              heading: t('reports.status'),
              cell: (activity) => (
                <StatusChip status={ACTIVITY_STATUS[activity.status]} label={t(`activityStatus.${activity.status}`)} />
              ),
            },
            { heading: t('reports.perspective'), cell: (activity) => activity.perspectiveName },
            { heading: t('reports.activity'), cell: (activity) => activity.title },
            { heading: t('reports.endDate'), cell: (activity) => activity.endDate ?? '' },
            { heading: t('reports.comment'), cell: (activity) => activity.comment ?? '' },
          ]}
        />
      )}
      {section.assignments.length > 0 && (
        <ReportTable
          caption={section.title}
          rows={section.assignments}
          rowKey={(assignment, index) => `${assignment.title}-${index}`}
          columns={[
            {
              heading: t('reports.status'),
              cell: (assignment) => (
                <StatusChip
                  status={assignmentStatusColour(assignment.status, assignment.dueDate, period)}
                  label={
                    assignment.isOverdue
                      ? `${t(`assignmentStatus.${assignment.status}`)}, ${t('reports.overdue').toLowerCase()}`
                      : t(`assignmentStatus.${assignment.status}`)
                  }
                />
              ),
            },
            { heading: t('reports.assignment'), cell: (assignment) => assignment.title },
            { heading: t('reports.source'), cell: (assignment) => t(`assignmentSource.${assignment.source}`) },
            { heading: t('reports.caseNumber'), cell: (assignment) => assignment.caseNumber ?? '' },
            { heading: t('reports.dueDate'), cell: (assignment) => assignment.dueDate ?? '' },
            { heading: t('reports.comment'), cell: (assignment) => assignment.comment ?? '' },
          ]}
        />
      )}
      {section.financialLines.length > 0 && (
        <>
          <Heading>{t('reports.financialTable')}</Heading>
          <ReportTable
            caption={t('reports.financialTable')}
            rows={section.financialLines}
            rowKey={(line) => line.name}
            columns={[
              { heading: t('reports.line'), cell: (line) => line.name },
              {
                heading: t('reports.previousYearToDate', { year: period.year - 1 }),
                numeric: true,
                cell: (line) => tkr(line.previousYearToDate),
              },
              {
                heading: t('reports.outcomeToDate', { year: period.year }),
                numeric: true,
                cell: (line) => tkr(line.outcomeToDate),
              },
              {
                heading: t('reports.budgetToDate', { year: period.year }),
                numeric: true,
                cell: (line) => tkr(line.budgetToDate),
              },
              {
                heading: t('reports.fullYearForecast', { year: period.year }),
                numeric: true,
                cell: (line) => tkr(line.fullYearForecast),
              },
              {
                heading: t('reports.fullYearBudget', { year: period.year }),
                numeric: true,
                cell: (line) => tkr(line.fullYearBudget),
              },
            ]}
          />
        </>
      )}
      {section.businessAreaResults.length > 0 && (
        <>
          <Heading>{t('reports.businessAreas')}</Heading>
          <ReportTable
            caption={t('reports.businessAreas')}
            rows={section.businessAreaResults}
            rowKey={(row, index) => `${row.name}-${index}`}
            isTotal={(row) => row.isTotal}
            columns={[
              {
                heading: t('reports.name'),
                cell: (row) => <span style={{ paddingLeft: `${Math.max(0, row.depth - 1) * 1.5}em` }}>{row.name}</span>,
              },
              {
                heading: t('reports.resultToDate', {
                  period: formatPeriodLabel(formatYearMonth(period), i18n.language),
                }),
                numeric: true,
                cell: (row) => tkr(row.resultToDate),
              },
              {
                heading: t('reports.fullYearForecast', { year: period.year }),
                numeric: true,
                cell: (row) => tkr(row.fullYearForecast),
              },
            ]}
          />
        </>
      )}
      {section.kind === 'PORTFOLIO' && (
        <>
          {section.portfolios.length > 0 && (
            <>
              <Heading>{t('reports.portfolioNarratives')}</Heading>
              <ReportTable
                caption={t('reports.portfolioNarratives')}
                rows={section.portfolios}
                rowKey={(portfolio) => portfolio.name}
                columns={[
                  { heading: t('reports.portfolio'), cell: (portfolio) => portfolio.name },
                  { heading: t('reports.narrative'), cell: (portfolio) => portfolio.narrative ?? '' },
                  { heading: t('reports.changes'), cell: (portfolio) => portfolio.changes ?? '' },
                ]}
              />
            </>
          )}
          <Heading>{t('reports.deviatingProjects')}</Heading>
          {section.deviatingProjects.length === 0 ? (
            <Typography color="text.secondary">{t('reports.noDeviatingProjects')}</Typography>
          ) : (
            <ReportTable
              caption={t('reports.deviatingProjects')}
              rows={section.deviatingProjects}
              rowKey={(project) => `${project.portfolioName}-${project.name}`}
              columns={[
                { heading: t('reports.project'), cell: (project) => `${project.name} (${project.portfolioName})` },
                ...(['time', 'cost', 'result'] as const).map((dimension) => ({
                  heading: t(`overview.${dimension}`),
                  cell: (project: (typeof section.deviatingProjects)[number]) => (
                    <StatusChip status={project[dimension]} label={t(`overview.projectStatus.${project[dimension]}`)} />
                  ),
                })),
                {
                  heading: `${t('reports.cause')} / ${t('reports.action')}`,
                  cell: (project) => (
                    <>
                      {project.deviations.map((deviation) => (
                        <div key={deviation.dimension}>
                          <strong>{t(`overview.${deviation.dimension.toLowerCase() as 'time'}`)}:</strong>{' '}
                          {t('reports.cause')}: {deviation.cause}. {t('reports.action')}: {deviation.action}.
                        </div>
                      ))}
                    </>
                  ),
                },
                { heading: t('reports.reportDate'), cell: (project) => project.reportDate },
              ]}
            />
          )}
        </>
      )}
      {section.risks.length > 0 && (
        <ReportTable
          caption={section.title}
          rows={section.risks}
          rowKey={(risk, index) => `${risk.title}-${index}`}
          columns={[
            { heading: t('reports.risk'), cell: (risk) => risk.title },
            { heading: t('reports.category'), cell: (risk) => risk.categoryName },
            { heading: t('reports.probability'), numeric: true, cell: (risk) => risk.probability },
            { heading: t('reports.consequence'), numeric: true, cell: (risk) => risk.consequence },
            { heading: t('reports.score'), numeric: true, cell: (risk) => risk.score },
            { heading: t('reports.mitigations'), cell: (risk) => risk.mitigations.join('; ') },
          ]}
        />
      )}
      {section.charts.map((chart, index) => (
        <ReportChartView key={chart.title} chart={chart} headingId={`chart-${section.id}-${index}`} />
      ))}
    </>
  );
}
