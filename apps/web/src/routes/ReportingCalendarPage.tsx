import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../features/access/ViewerContext';
import { ReportingCalendarAdmin } from '../features/reporting-calendar/components/ReportingCalendarAdmin';

/** Administration → Rapporteringskalender: the city's reporting periods and deadlines, for administrators. */
export function ReportingCalendarPage() {
  const { t } = useTranslation();
  const { isAdministrator } = useViewer();
  if (!isAdministrator) return <Alert severity="warning">{t('apiError.FORBIDDEN')}</Alert>;
  return (
    <>
      {/* One long Swedish word: at 360 px it breaks rather than pushing the page sideways. */}
      <Typography variant="h4" component="h1" sx={{ mb: 1, overflowWrap: 'anywhere', hyphens: 'auto' }}>
        {t('reportingCalendar.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('reportingCalendar.intro')}
      </Typography>
      <ReportingCalendarAdmin />
    </>
  );
}
