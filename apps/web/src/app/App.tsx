import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { RequireSignIn } from '../features/access/components/RequireSignIn';
import { AuditLogPage } from '../routes/AuditLogPage';
import { DataEntryPage } from '../routes/DataEntryPage';
import { EconomyPage } from '../routes/EconomyPage';
import { GoalsPage } from '../routes/GoalsPage';
import { IndicatorPage } from '../routes/IndicatorPage';
import { NotFoundPage } from '../routes/NotFoundPage';
import { OverviewPage } from '../routes/OverviewPage';
import { PortfolioPage } from '../routes/PortfolioPage';
import { ProjectPage } from '../routes/ProjectPage';
import { SignInPage } from '../routes/SignInPage';
import { UsersPage } from '../routes/UsersPage';
import { UpcomingPage } from '../routes/UpcomingPage';
import { AppShell } from './AppShell';
import { ROUTES } from './routes';
import { theme } from './theme';

export interface AppProps {
  apolloClient: ApolloClient;
  i18n: I18n;
}

/** The providers and the routes; the router itself comes from main.tsx (or a test). */
export function App({ apolloClient, i18n }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={apolloClient}>
        <ThemeProvider theme={theme}>
          <CssBaseline />
          <Routes>
            <Route path={ROUTES.signIn} element={<SignInPage />} />
            <Route
              element={
                <RequireSignIn>
                  <AppShell />
                </RequireSignIn>
              }
            >
              <Route index element={<Navigate to={ROUTES.overview} replace />} />
              <Route path={ROUTES.overview} element={<OverviewPage />} />
              <Route path={ROUTES.goals} element={<GoalsPage />} />
              <Route path={ROUTES.economy} element={<EconomyPage />} />
              <Route path={`${ROUTES.indicator}/:id`} element={<IndicatorPage />} />
              <Route path={ROUTES.portfolio} element={<PortfolioPage />} />
              <Route path={`${ROUTES.project}/:id`} element={<ProjectPage />} />
              <Route path={ROUTES.risks} element={<UpcomingPage page="risks" />} />
              <Route path={ROUTES.reports} element={<UpcomingPage page="reports" />} />
              <Route path={ROUTES.dataEntry} element={<DataEntryPage />} />
              <Route path={ROUTES.auditLog} element={<AuditLogPage />} />
              <Route path={ROUTES.users} element={<UsersPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </ThemeProvider>
      </ApolloProvider>
    </I18nextProvider>
  );
}
