import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { ROUTES } from '../app/routes';

export interface UpcomingPageProps {
  page: 'reports';
}

/** A section of the navigation whose page is not built yet: says so plainly. */
export function UpcomingPage({ page }: UpcomingPageProps) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const title = t(`nav.${page}`);
  return (
    <>
      <Typography variant="h4" component="h1" gutterBottom>
        {title}
      </Typography>
      <Alert severity="info">
        <AlertTitle>{t('upcoming.title', { page: title })}</AlertTitle>
        {t('upcoming.body')}
        <div>
          <Button component={RouterLink} to={{ pathname: ROUTES.goals, search }} sx={{ mt: 1 }}>
            {t('upcoming.goToGoals')}
          </Button>
        </div>
      </Alert>
    </>
  );
}
