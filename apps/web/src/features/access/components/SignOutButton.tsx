import { useApolloClient } from '@apollo/client/react';
import LogoutIcon from '@mui/icons-material/Logout';
import Button from '@mui/material/Button';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { requestSignOut } from '../sign-in-request';

export function SignOutButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const apolloClient = useApolloClient();
  async function signOut() {
    await requestSignOut();
    await apolloClient.clearStore();
    await navigate('/logga-in', { replace: true });
  }
  return (
    <Button color="inherit" startIcon={<LogoutIcon aria-hidden />} onClick={() => void signOut()}>
      {t('app.signOut')}
    </Button>
  );
}
