import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../features/access/ViewerContext';
import { RiskSettingsAdmin } from '../features/risks/components/RiskSettingsAdmin';

/** Administration → Riskkategorier och riskskala: the municipality's risk scale and categories, for administrators. */
export function RiskSettingsPage() {
  const { t } = useTranslation();
  const { isAdministrator } = useViewer();
  if (!isAdministrator) return <Alert severity="warning">{t('apiError.FORBIDDEN')}</Alert>;
  return (
    <>
      <Typography variant="h4" component="h1" sx={{ mb: 1 }}>
        {t('riskSettings.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('riskSettings.intro')}
      </Typography>
      <RiskSettingsAdmin />
    </>
  );
}
