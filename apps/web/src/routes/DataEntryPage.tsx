import { useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { endOfMonthIso, formatYearMonth } from '@lagesbild/types';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../components/QueryState';
import { SectionCard } from '../components/SectionCard';
import { useScrollToHash } from '../components/useScrollToHash';
import { ActivityStatusTable, GoalAssessmentsTable } from '../features/data-entry/components/AssessmentsSection';
import { AssignmentFollowUp } from '../features/assignments/components/AssignmentFollowUp';
import { IndicatorValuesSection } from '../features/data-entry/components/IndicatorValuesSection';
import { useViewer } from '../features/access/ViewerContext';
import { ValueImportButton } from '../features/value-import/components/ValueImportButton';
import { ForecastRoundsAdmin } from '../features/forecasts/components/ForecastRoundsAdmin';
import { useViewParams } from '../features/view-params/useViewParams';
import { graphql } from '../generated';
import { formatPeriodLabel } from '../i18n/format';

// The sheet's rows are computed per request and have no id, so the cache cannot hand them to a
// component's useFragment: their fragments are spread unmasked (@unmask) and passed down as data.
export const DataEntryPage_Query = graphql(`
  query DataEntryPage_Query($orgUnitCode: String!, $period: MonthInput!, $year: Int!) {
    reportingCalendar(year: $year) {
      id
      periods {
        id
        startDate
        endDate
        status
      }
    }
    forecastRounds(year: $year) {
      id
      name
      asOf
      status
      version
    }
    dataEntrySheet(orgUnitCode: $orgUnitCode, period: $period) {
      year
      month
      canEdit
      orgUnit {
        id
        name
      }
      indicatorRows {
        ...IndicatorValuesSection_Row @unmask
        ...ValueImportButton_Row @unmask
      }
      goalRows {
        ...AssessmentsSection_Goal @unmask
      }
      activityRows {
        ...AssessmentsSection_Activity @unmask
      }
    }
  }
`);

/**
 * Registrera: an analyst keeps the figures of the chosen unit and month in one place: the
 * indicators as a grid saved all at once, then the goals' assessments and the activities' statuses.
 */
export function DataEntryPage() {
  const { t, i18n } = useTranslation();
  const { orgUnitCode, period } = useViewParams();
  const { isAdministrator } = useViewer();
  // Each import that wrote values starts the grid afresh from what is now saved.
  const [importsCommitted, setImportsCommitted] = useState(0);
  const { data, loading, error, refetch } = useQuery(DataEntryPage_Query, {
    variables: { orgUnitCode, period, year: period.year },
    fetchPolicy: 'network-only',
  });
  // A link from Att göra or a reminder mail names a goal's or an activity's row (#mal-12).
  useScrollToHash(!!data?.dataEntrySheet);
  if (loading && !data) return <Loading />;
  if (error) return <LoadError onRetry={() => void refetch()} />;
  const sheet = data?.dataEntrySheet;
  if (!sheet) return <Alert severity="warning">{t('pickers.unknownUnit')}</Alert>;
  const periodLabel = formatPeriodLabel(formatYearMonth(period), i18n.language);
  // A new unit or month starts a fresh grid: what was typed belongs to the sheet it was typed in.
  const sheetKey = `${orgUnitCode}@${formatYearMonth(period)}#${importsCommitted}`;
  const rounds = data?.forecastRounds ?? [];
  const openRound = rounds.find((round) => round.status === 'OPEN');
  const forecastLocked = rounds.length > 0 && !openRound;
  // The month's end lies in a closed reporting period: a change of its values is a correction.
  const monthEnd = endOfMonthIso(period);
  const periodClosed = (data?.reportingCalendar?.periods ?? []).some(
    (reporting) => reporting.status === 'CLOSED' && reporting.startDate <= monthEnd && monthEnd <= reporting.endDate,
  );

  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h4" component="h1" gutterBottom>
          {t('dataEntry.title')}
        </Typography>
        <Typography color="text.secondary">
          {t('dataEntry.intro', { unit: sheet.orgUnit.name, period: periodLabel })}
        </Typography>
      </div>
      <SectionCard id="data-entry-values" title={t('dataEntry.valuesTitle', { period: periodLabel })}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('dataEntry.valuesHelp')}
        </Typography>
        {sheet.canEdit && (
          <Stack direction="row" sx={{ mb: 2 }}>
            <ValueImportButton
              orgUnitCode={orgUnitCode}
              rows={sheet.indicatorRows}
              templateTitle={t('valueImport.templateTitle', { unit: sheet.orgUnit.name, period: periodLabel })}
              onCommitted={() => {
                void refetch().then(() => setImportsCommitted((count) => count + 1));
              }}
            />
          </Stack>
        )}
        {openRound && (
          <Alert severity="info" sx={{ mb: 2 }}>
            {t('forecasts.entryNotice', { name: openRound.name })}
          </Alert>
        )}
        {forecastLocked && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {t('forecasts.entryClosed', { year: period.year })}
          </Alert>
        )}
        {sheet.indicatorRows.length === 0 ? (
          <Typography color="text.secondary">{t('dataEntry.noIndicators', { unit: sheet.orgUnit.name })}</Typography>
        ) : (
          <IndicatorValuesSection
            key={`${sheetKey}/${forecastLocked}`}
            rows={sheet.indicatorRows}
            canEdit={sheet.canEdit}
            exportTitle={t('dataEntry.export.title', { unit: sheet.orgUnit.name, period: periodLabel })}
            locked={forecastLocked ? ['fullYearForecast'] : undefined}
            periodClosed={periodClosed}
          />
        )}
      </SectionCard>
      <SectionCard id="data-entry-goals" title={t('dataEntry.goalsTitle', { period: periodLabel })}>
        <GoalAssessmentsTable key={sheetKey} rows={sheet.goalRows} period={period} canEdit={sheet.canEdit} />
      </SectionCard>
      <SectionCard id="data-entry-activities" title={t('dataEntry.activitiesTitle', { period: periodLabel })}>
        <ActivityStatusTable key={sheetKey} rows={sheet.activityRows} period={period} canEdit={sheet.canEdit} />
      </SectionCard>
      <AssignmentFollowUp orgUnitCode={orgUnitCode} period={period} periodLabel={periodLabel} />
      {isAdministrator && (
        <SectionCard id="data-entry-rounds" title={t('forecasts.admin.title', { year: period.year })}>
          <ForecastRoundsAdmin year={period.year} rounds={rounds} />
        </SectionCard>
      )}
    </Stack>
  );
}
