import { useApolloClient } from '@apollo/client/react';
import LogoutIcon from '@mui/icons-material/Logout';
import IconButton from '@mui/material/IconButton';
import Tooltip from '@mui/material/Tooltip';
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
    <Tooltip title={t('app.signOut')}>
      <IconButton color="inherit" aria-label={t('app.signOut')} onClick={() => void signOut()}>
        <LogoutIcon />
      </IconButton>
    </Tooltip>
  );
}
