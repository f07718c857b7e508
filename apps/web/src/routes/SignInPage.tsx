import { useApolloClient, useQuery } from '@apollo/client/react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VisuallyHidden } from '../components/VisuallyHidden';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ROUTES } from '../app/routes';
import { SignInForm } from '../features/access/components/SignInForm';
import { graphql } from '../generated';
import { LanguageSwitch } from '../app/LanguageSwitch';

export const SignInPage_Query = graphql(`
  query SignInPage_Query {
    signInOptions {
      firstRun
      singleSignOn
      demoAccounts {
        email
        name
        password
        roles {
          role
          orgUnitName
        }
      }
    }
  }
`);

/** Sign in with an account, or through the municipality's single sign-on when configured. */
export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const apolloClient = useApolloClient();
  const [search] = useSearchParams();
  const { data } = useQuery(SignInPage_Query);
  const [fields, setFields] = useState({ email: '', password: '' });
  const next = search.get('nasta')?.startsWith('/') ? search.get('nasta')! : '/';
  const singleSignOnFailure = search.get('fel');

  async function signedIn() {
    // Everything cached so far was read by nobody; read it again as the user.
    await apolloClient.resetStore();
    await navigate(next, { replace: true });
  }

  // No one could sign in yet: the installation's first administrator is created first.
  if (data?.signInOptions.firstRun) return <Navigate to={ROUTES.firstRun} replace />;

  return (
    <Box
      component="main"
      id="main"
      sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', p: 2, bgcolor: 'background.default' }}
    >
      <Paper sx={{ p: 4, width: '100%', maxWidth: 760 }} variant="outlined">
        <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', justifyContent: 'space-between' }}>
          <Typography variant="h4" component="h1" gutterBottom>
            {t('signIn.title')}
          </Typography>
          <LanguageSwitch />
        </Stack>
        <Typography color="text.secondary" sx={{ mb: 3 }}>
          {t('signIn.intro')}
        </Typography>
        {singleSignOnFailure && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {t(`signIn.failure.${singleSignOnFailure}`, { defaultValue: t('signIn.failure.sso-failed') })}
          </Alert>
        )}
        <SignInForm {...fields} onChange={setFields} onSignedIn={() => void signedIn()} />
        {data?.signInOptions.singleSignOn && (
          <>
            <Divider sx={{ my: 3 }}>{t('signIn.or')}</Divider>
            <Button variant="outlined" fullWidth href={`/auth/oidc/sign-in?nasta=${encodeURIComponent(next)}`}>
              {t('signIn.singleSignOn')}
            </Button>
          </>
        )}
        {data && data.signInOptions.demoAccounts.length > 0 && (
          <Box sx={{ mt: 4, overflowX: 'auto' }}>
            <Typography variant="h6" component="h2">
              {t('signIn.demoTitle')}
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {t('signIn.demoIntro')}
            </Typography>
            <Table size="small" aria-label={t('signIn.demoTitle')}>
              <TableHead>
                <TableRow>
                  <TableCell>{t('signIn.demoAccount')}</TableCell>
                  <TableCell>{t('signIn.demoRoles')}</TableCell>
                  <TableCell>{t('signIn.password')}</TableCell>
                  {/* The column of buttons needs a header too, for screen readers only. */}
                  <TableCell>
                    <VisuallyHidden>{t('app.actions')}</VisuallyHidden>
                  </TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.signInOptions.demoAccounts.map((account) => (
                  <TableRow key={account.email}>
                    <TableCell>
                      {account.name}
                      <Typography variant="caption" sx={{ display: 'block' }} color="text.secondary">
                        {account.email}
                      </Typography>
                    </TableCell>
                    <TableCell>
                      {account.roles.map((role) => `${t(`role.${role.role}`)}, ${role.orgUnitName}`).join('; ')}
                    </TableCell>
                    <TableCell>
                      <code>{account.password}</code>
                    </TableCell>
                    <TableCell>
                      <Button
                        size="small"
                        onClick={() => setFields({ email: account.email, password: account.password })}
                        aria-label={t('signIn.useDemoAccount', { name: account.name })}
                      >
                        {t('signIn.use')}
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </Paper>
    </Box>
  );
}
