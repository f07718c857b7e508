import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../features/access/ViewerContext';
import { SendLog } from '../features/reminders/components/SendLog';

/** Administration → Utskick: the reminder mails' send log, for administrators of the whole organisation. */
export function SendLogPage() {
  const { t } = useTranslation();
  const { isAdministrator } = useViewer();
  if (!isAdministrator) return <Alert severity="warning">{t('apiError.FORBIDDEN')}</Alert>;
  return (
    <>
      <Typography variant="h4" component="h1" sx={{ mb: 1 }}>
        {t('reminders.sendLog.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('reminders.sendLog.intro')}
      </Typography>
      <SendLog />
    </>
  );
}
