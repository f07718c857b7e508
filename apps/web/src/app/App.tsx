import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import type { i18n as I18n } from 'i18next';
import { lazy, Suspense } from 'react';
import type { ComponentType } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { RequireSignIn, RequireSignIn_Query } from '../features/access/components/RequireSignIn';
import { Loading } from '../components/QueryState';
import { allStringsLoaded } from '../i18n/i18n';
import { readViewParams } from '../features/view-params/view-params';
import type * as OverviewPageModule from '../routes/OverviewPage';
import { OverviewPage_Query } from '../routes/OverviewPage.query';
import { AppShell, AppShell_Query, viewDefaultsOf } from './AppShell';
import { ROUTES } from './routes';
import { theme } from './theme';
import { SaveNoticeProvider } from '../components/SaveNotice';

// Each page is a chunk of its own, loaded when first visited: the first page sends only its
// own code, not the charts, forms and tables of every other page. It renders once every Swedish
// string has come too (the first page starts with its own, i18n.ts).
function lazyPage(load: () => Promise<ComponentType>) {
  return lazy(() => Promise.all([load(), allStringsLoaded()]).then(([page]) => ({ default: page })));
}

const AuditLogPage = lazyPage(() => import('../routes/AuditLogPage').then((page) => page.AuditLogPage));
const DataEntryPage = lazyPage(() => import('../routes/DataEntryPage').then((page) => page.DataEntryPage));
const TargetsPage = lazyPage(() => import('../routes/TargetsPage').then((page) => page.TargetsPage));
const EconomyPage = lazyPage(() => import('../routes/EconomyPage').then((page) => page.EconomyPage));
const ForecastAccuracyPage = lazyPage(() =>
  import('../routes/ForecastAccuracyPage').then((page) => page.ForecastAccuracyPage),
);
const ReportingDisciplinePage = lazyPage(() =>
  import('../routes/ReportingDisciplinePage').then((page) => page.ReportingDisciplinePage),
);
const FirstRunPage = lazyPage(() => import('../routes/FirstRunPage').then((page) => page.FirstRunPage));
const GoalsPage = lazyPage(() => import('../routes/GoalsPage').then((page) => page.GoalsPage));
const PlanPage = lazyPage(() => import('../routes/PlanPage').then((page) => page.PlanPage));
const AssignmentsPage = lazyPage(() => import('../routes/AssignmentsPage').then((page) => page.AssignmentsPage));
const IndicatorPage = lazyPage(() => import('../routes/IndicatorPage').then((page) => page.IndicatorPage));
const NotFoundPage = lazyPage(() => import('../routes/NotFoundPage').then((page) => page.NotFoundPage));
// The landing page: its chunk is fetched as the app starts (startFirstPage), and once it is
// there the page renders at once. React.lazy would suspend on its first render even then, and
// React holds a revealed Suspense boundary back (up to 300 ms) after its fallback showed.
let loadedOverviewPage: typeof OverviewPageModule | undefined;
const loadOverviewPage = () => import('../routes/OverviewPage').then((page) => (loadedOverviewPage = page));
const LazyOverviewPage = lazy(() => loadOverviewPage().then((page) => ({ default: page.OverviewPage })));
function OverviewPage() {
  return loadedOverviewPage ? <loadedOverviewPage.OverviewPage /> : <LazyOverviewPage />;
}
const PortfolioPage = lazyPage(() => import('../routes/PortfolioPage').then((page) => page.PortfolioPage));
const ProjectPage = lazyPage(() => import('../routes/ProjectPage').then((page) => page.ProjectPage));
const ReportPage = lazyPage(() => import('../routes/ReportPage').then((page) => page.ReportPage));
const ReportsPage = lazyPage(() => import('../routes/ReportsPage').then((page) => page.ReportsPage));
const RisksPage = lazyPage(() => import('../routes/RisksPage').then((page) => page.RisksPage));
const SignInPage = lazyPage(() => import('../routes/SignInPage').then((page) => page.SignInPage));
const OrganisationPage = lazyPage(() => import('../routes/OrganisationPage').then((page) => page.OrganisationPage));
const IndicatorLibraryPage = lazyPage(() =>
  import('../routes/IndicatorLibraryPage').then((page) => page.IndicatorLibraryPage),
);
const ReportingCalendarPage = lazyPage(() =>
  import('../routes/ReportingCalendarPage').then((page) => page.ReportingCalendarPage),
);
const PerspectivesPage = lazyPage(() => import('../routes/PerspectivesPage').then((page) => page.PerspectivesPage));
const RiskSettingsPage = lazyPage(() => import('../routes/RiskSettingsPage').then((page) => page.RiskSettingsPage));
const SendLogPage = lazyPage(() => import('../routes/SendLogPage').then((page) => page.SendLogPage));
const MyPage = lazyPage(() => import('../routes/MyPage').then((page) => page.MyPage));
const ToDoPage = lazyPage(() => import('../routes/ToDoPage').then((page) => page.ToDoPage));
const UsersPage = lazyPage(() => import('../routes/UsersPage').then((page) => page.UsersPage));

/**
 * What the first page needs, asked for as the app starts instead of one after another as the
 * components mount (sign-in check, then the shell, then the page's chunk, then its query): the
 * signed-in user, the shell's units and months, and on the overview (the landing page) its
 * chunk, all at once, then the overview's figures as soon as the shell's answer says which
 * unit and month to show, without waiting for the page's chunk (the query is a module of the
 * entry's). The components' own queries find the answers in the cache, or join the requests in
 * flight (Apollo deduplicates identical ones). Someone not signed in gets an error for the
 * shell's query, which nothing reads: the sign-in page follows.
 */
export function startFirstPage(apolloClient: ApolloClient, { pathname, search }: Location): void {
  const ignore = () => undefined;
  // The pages before signing in have no shell to ask for: its query would only be refused (401).
  if (pathname === ROUTES.signIn || pathname === ROUTES.firstRun) return;
  apolloClient.query({ query: RequireSignIn_Query }).catch(ignore);
  const shell = apolloClient.query({ query: AppShell_Query });
  if (pathname !== '/' && pathname !== ROUTES.overview) {
    shell.catch(ignore);
    return;
  }
  loadOverviewPage().catch(ignore);
  shell
    .then(({ data }) => {
      if (!data) return;
      const { orgUnitCode, period } = readViewParams(new URLSearchParams(search), viewDefaultsOf(data));
      return apolloClient.query({ query: OverviewPage_Query, variables: { orgUnitCode, upTo: period } });
    })
    .catch(ignore);
}

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
          <SaveNoticeProvider>
            {/* The sign-in page's chunk; the app shell waits for the other pages' chunks itself. */}
            <Suspense fallback={<Loading />}>
              <Routes>
                <Route path={ROUTES.signIn} element={<SignInPage />} />
                <Route path={ROUTES.firstRun} element={<FirstRunPage />} />
                <Route
                  element={
                    <RequireSignIn>
                      <AppShell />
                    </RequireSignIn>
                  }
                >
                  <Route index element={<Navigate to={ROUTES.overview} replace />} />
                  <Route path={ROUTES.overview} element={<OverviewPage />} />
                  <Route path={ROUTES.toDo} element={<ToDoPage />} />
                  <Route path={ROUTES.goals} element={<GoalsPage />} />
                  <Route path={ROUTES.plan} element={<PlanPage />} />
                  <Route path={ROUTES.assignments} element={<AssignmentsPage />} />
                  <Route path={ROUTES.economy} element={<EconomyPage />} />
                  <Route path={ROUTES.forecastAccuracy} element={<ForecastAccuracyPage />} />
                  <Route path={ROUTES.reportingDiscipline} element={<ReportingDisciplinePage />} />
                  <Route path={`${ROUTES.indicator}/:id`} element={<IndicatorPage />} />
                  <Route path={ROUTES.portfolio} element={<PortfolioPage />} />
                  <Route path={`${ROUTES.project}/:id`} element={<ProjectPage />} />
                  <Route path={`${ROUTES.risks}/*`} element={<RisksPage />} />
                  <Route path={ROUTES.reports} element={<ReportsPage />} />
                  <Route path={`${ROUTES.reports}/:id`} element={<ReportPage />} />
                  <Route path={ROUTES.dataEntry} element={<DataEntryPage />} />
                  <Route path={ROUTES.targets} element={<TargetsPage />} />
                  <Route path={ROUTES.auditLog} element={<AuditLogPage />} />
                  <Route path={ROUTES.users} element={<UsersPage />} />
                  <Route path={ROUTES.organisation} element={<OrganisationPage />} />
                  <Route path={ROUTES.indicatorLibrary} element={<IndicatorLibraryPage />} />
                  <Route path={ROUTES.perspectives} element={<PerspectivesPage />} />
                  <Route path={ROUTES.riskSettings} element={<RiskSettingsPage />} />
                  <Route path={ROUTES.reportingCalendar} element={<ReportingCalendarPage />} />
                  <Route path={ROUTES.sendLog} element={<SendLogPage />} />
                  <Route path={ROUTES.myPage} element={<MyPage />} />
                  <Route path="*" element={<NotFoundPage />} />
                </Route>
              </Routes>
            </Suspense>
          </SaveNoticeProvider>
        </ThemeProvider>
      </ApolloProvider>
    </I18nextProvider>
  );
}
