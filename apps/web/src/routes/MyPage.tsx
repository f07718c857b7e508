import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { ReminderSettingsForm } from '../features/reminders/components/ReminderSettingsForm';

/** Min sida: the signed-in person's own settings (their reminders), reached from the account menu. */
export function MyPage() {
  const { t } = useTranslation();
  return (
    <>
      <Typography variant="h4" component="h1" sx={{ mb: 1 }}>
        {t('reminders.myPage.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('reminders.myPage.intro')}
      </Typography>
      <ReminderSettingsForm />
    </>
  );
}
