import Alert from '@mui/material/Alert';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../features/access/ViewerContext';
import { IndicatorLibrary } from '../features/indicator-library/components/IndicatorLibrary';

/** Administration → Indikatorer: the indicator library, for administrators. */
export function IndicatorLibraryPage() {
  const { t } = useTranslation();
  const { isAdministrator } = useViewer();
  if (!isAdministrator) return <Alert severity="warning">{t('apiError.FORBIDDEN')}</Alert>;
  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        {t('indicatorLibrary.title')}
      </Typography>
      <IndicatorLibrary />
    </>
  );
}
