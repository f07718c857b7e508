import { useApolloClient } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { requestSignOut } from './sign-in-request';

/** Signs out: ends the session, forgets every cached figure and goes to the sign-in page. */
export function useSignOut(): () => Promise<void> {
  const navigate = useNavigate();
  const apolloClient = useApolloClient();
  return async () => {
    await requestSignOut();
    await apolloClient.clearStore();
    await navigate('/logga-in', { replace: true });
  };
}
