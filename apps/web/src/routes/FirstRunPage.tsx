import { useApolloClient, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import { ROUTES } from '../app/routes';
import { LoadError, Loading } from '../components/QueryState';
import { FirstRunForm } from '../features/first-run/components/FirstRunForm';
import { graphql } from '../generated';
import { LanguageSwitch } from '../app/LanguageSwitch';

export const FirstRunPage_Query = graphql(`
  query FirstRunPage_Query {
    signInOptions {
      firstRun
    }
  }
`);

/** An empty installation's first page: the city and its first administrator, guarded by the server's setup code. */
export function FirstRunPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const apolloClient = useApolloClient();
  const { data, error, loading, refetch } = useQuery(FirstRunPage_Query);

  async function created() {
    // Everything cached so far was read by nobody; read it again as the new administrator.
    await apolloClient.resetStore();
    await navigate(ROUTES.overview, { replace: true });
  }

  return (
    <Box
      component="main"
      id="main"
      sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2, bgcolor: 'background.default' }}
    >
      <Paper sx={{ p: { xs: 2, sm: 4 }, width: '100%', maxWidth: 640 }} variant="outlined">
        <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', justifyContent: 'space-between' }}>
          <Typography variant="h4" component="h1" gutterBottom>
            {t('firstRun.title')}
          </Typography>
          <LanguageSwitch />
        </Stack>
        {loading && <Loading />}
        {error && <LoadError onRetry={() => void refetch()} />}
        {data && !data.signInOptions.firstRun && (
          <Alert severity="info">
            {t('firstRun.alreadySetUp')}{' '}
            <Link component={RouterLink} to={ROUTES.signIn}>
              {t('firstRun.goToSignIn')}
            </Link>
          </Alert>
        )}
        {data?.signInOptions.firstRun && (
          <>
            <Typography color="text.secondary" sx={{ mb: 3 }}>
              {t('firstRun.intro')}
            </Typography>
            <FirstRunForm signInPath={ROUTES.signIn} onCreated={() => void created()} />
          </>
        )}
      </Paper>
    </Box>
  );
}
