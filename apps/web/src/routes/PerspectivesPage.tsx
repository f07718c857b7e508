import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../features/access/ViewerContext';
import { PerspectivesAdmin } from '../features/perspectives/components/PerspectivesAdmin';

/** Administration → Perspektiv: the city's perspectives per year, for administrators. */
export function PerspectivesPage() {
  const { t } = useTranslation();
  const { isAdministrator } = useViewer();
  if (!isAdministrator) return <Alert severity="warning">{t('apiError.FORBIDDEN')}</Alert>;
  return (
    <>
      <Typography variant="h4" component="h1" sx={{ mb: 1 }}>
        {t('perspectives.title')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('perspectives.intro')}
      </Typography>
      <PerspectivesAdmin />
    </>
  );
}
