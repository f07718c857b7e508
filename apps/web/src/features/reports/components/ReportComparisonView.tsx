import Typography from '@mui/material/Typography';
import type { AssignmentStatus, IndicatorUnit, ReportType, ValueStatus, YearMonth } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { StatusChip } from '../../../components/StatusChip';
import { formatFigure } from '../../../i18n/format';
import { reportTitle } from '../report-title';
import { ReportTable } from './ReportTable';

export interface ReportComparisonViewProps {
  comparison: {
    previous?: { id: string; type: ReportType; period: YearMonth } | null;
    colourChanges: { kind: 'INDICATOR' | 'PROJECT'; name: string; previous: ValueStatus; current: ValueStatus }[];
    forecastChanges: { name: string; unit: IndicatorUnit; previous?: number | null; current?: number | null }[];
    assignmentChanges: { title: string; previous?: AssignmentStatus | null; current: AssignmentStatus }[];
  };
}

/** What changed since the previous report of the unit: colours, forecasts and assignments. */
export function ReportComparisonView({ comparison }: ReportComparisonViewProps) {
  const { t, i18n } = useTranslation();
  const { previous } = comparison;
  if (!previous) return <Typography color="text.secondary">{t('reports.noPrevious')}</Typography>;
  const colourLabel = (kind: 'INDICATOR' | 'PROJECT', status: ValueStatus) =>
    kind === 'PROJECT' ? t(`overview.projectStatus.${status}`) : t(`status.${status}`);
  const none = <Typography color="text.secondary">{t('reports.noChanges')}</Typography>;
  return (
    <>
      <Typography sx={{ mb: 1 }}>
        {t('reports.comparedWith', {
          report: reportTitle(t, previous.type, previous.period, i18n.language),
        })}
      </Typography>
      <Typography variant="h6" component="h3">
        {t('reports.colourChanges')}
      </Typography>
      {comparison.colourChanges.length === 0 ? (
        none
      ) : (
        <ReportTable
          caption={t('reports.colourChanges')}
          rows={comparison.colourChanges}
          rowKey={(change, index) => `${change.kind}-${change.name}-${index}`}
          columns={[
            { heading: t('reports.name'), cell: (change) => `${t(`overview.changed.${change.kind}`)}: ${change.name}` },
            {
              heading: t('reports.before'),
              cell: (change) => (
                <StatusChip status={change.previous} label={colourLabel(change.kind, change.previous)} />
              ),
            },
            {
              heading: t('reports.after'),
              cell: (change) => <StatusChip status={change.current} label={colourLabel(change.kind, change.current)} />,
            },
          ]}
        />
      )}
      <Typography variant="h6" component="h3">
        {t('reports.forecastChanges')}
      </Typography>
      {comparison.forecastChanges.length === 0 ? (
        none
      ) : (
        <ReportTable
          caption={t('reports.forecastChanges')}
          rows={comparison.forecastChanges}
          rowKey={(change) => change.name}
          columns={[
            { heading: t('reports.indicator'), cell: (change) => change.name },
            {
              heading: t('reports.before'),
              numeric: true,
              cell: (change) => formatFigure(change.previous, change.unit, t(`unit.${change.unit}`), i18n.language),
            },
            {
              heading: t('reports.after'),
              numeric: true,
              cell: (change) => formatFigure(change.current, change.unit, t(`unit.${change.unit}`), i18n.language),
            },
          ]}
        />
      )}
      <Typography variant="h6" component="h3">
        {t('reports.assignmentChanges')}
      </Typography>
      {comparison.assignmentChanges.length === 0 ? (
        none
      ) : (
        <ReportTable
          caption={t('reports.assignmentChanges')}
          rows={comparison.assignmentChanges}
          rowKey={(change) => change.title}
          columns={[
            { heading: t('reports.assignment'), cell: (change) => change.title },
            {
              heading: t('reports.before'),
              cell: (change) => (change.previous ? t(`assignmentStatus.${change.previous}`) : ''),
            },
            { heading: t('reports.after'), cell: (change) => t(`assignmentStatus.${change.current}`) },
          ]}
        />
      )}
    </>
  );
}
