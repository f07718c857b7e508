import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { LoadError, Loading } from '../../../components/QueryState';
import { graphql } from '../../../generated';
import { ViewerContext } from '../ViewerContext';

export const RequireSignIn_Query = graphql(`
  query RequireSignIn_Query {
    viewer {
      id
      name
      isAdministrator
      roles {
        role
      }
    }
  }
`);

/** Shows its children to a signed-in user; sends anyone else to the sign-in page and back. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { pathname, search } = useLocation();
  const { data, error, loading, refetch } = useQuery(RequireSignIn_Query);
  if (loading) return <Loading />;
  if (error) return <LoadError onRetry={() => void refetch()} />;
  if (!data?.viewer) {
    return <Navigate to={`/logga-in?nasta=${encodeURIComponent(pathname + search)}`} replace />;
  }
  const holds = (role: string) => data.viewer!.roles.some((held) => held.role === role);
  const viewer = {
    ...data.viewer,
    isAnalyst: holds('ANALYST'),
    // Administrators plan the units they administer (the API's implied roles).
    isPlanner: holds('PLANNER') || holds('ADMIN'),
  };
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}
