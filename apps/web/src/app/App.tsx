import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import type { i18n as I18n } from 'i18next';
import { lazy, Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { RequireSignIn, RequireSignIn_Query } from '../features/access/components/RequireSignIn';
import { Loading } from '../components/QueryState';
import { readViewParams } from '../features/view-params/view-params';
import type * as OverviewPageModule from '../routes/OverviewPage';
import { AppShell, AppShell_Query, viewDefaultsOf } from './AppShell';
import { ROUTES } from './routes';
import { theme } from './theme';

// Each page is a chunk of its own, loaded when first visited: the first page sends only its
// own code, not the charts, forms and tables of every other page.
const AuditLogPage = lazy(() => import('../routes/AuditLogPage').then((page) => ({ default: page.AuditLogPage })));
const DataEntryPage = lazy(() => import('../routes/DataEntryPage').then((page) => ({ default: page.DataEntryPage })));
const TargetsPage = lazy(() => import('../routes/TargetsPage').then((page) => ({ default: page.TargetsPage })));
const EconomyPage = lazy(() => import('../routes/EconomyPage').then((page) => ({ default: page.EconomyPage })));
const ForecastAccuracyPage = lazy(() =>
  import('../routes/ForecastAccuracyPage').then((page) => ({ default: page.ForecastAccuracyPage })),
);
const ReportingDisciplinePage = lazy(() =>
  import('../routes/ReportingDisciplinePage').then((page) => ({ default: page.ReportingDisciplinePage })),
);
const FirstRunPage = lazy(() => import('../routes/FirstRunPage').then((page) => ({ default: page.FirstRunPage })));
const GoalsPage = lazy(() => import('../routes/GoalsPage').then((page) => ({ default: page.GoalsPage })));
const PlanPage = lazy(() => import('../routes/PlanPage').then((page) => ({ default: page.PlanPage })));
const AssignmentsPage = lazy(() =>
  import('../routes/AssignmentsPage').then((page) => ({ default: page.AssignmentsPage })),
);
const IndicatorPage = lazy(() => import('../routes/IndicatorPage').then((page) => ({ default: page.IndicatorPage })));
const NotFoundPage = lazy(() => import('../routes/NotFoundPage').then((page) => ({ default: page.NotFoundPage })));
// The landing page: its chunk is fetched as the app starts (startFirstPage), and once it is
// there the page renders at once. React.lazy would suspend on its first render even then, and
// React holds a revealed Suspense boundary back (up to 300 ms) after its fallback showed.
let loadedOverviewPage: typeof OverviewPageModule | undefined;
const loadOverviewPage = () => import('../routes/OverviewPage').then((page) => (loadedOverviewPage = page));
const LazyOverviewPage = lazy(() => loadOverviewPage().then((page) => ({ default: page.OverviewPage })));
function OverviewPage() {
  return loadedOverviewPage ? <loadedOverviewPage.OverviewPage /> : <LazyOverviewPage />;
}
const PortfolioPage = lazy(() => import('../routes/PortfolioPage').then((page) => ({ default: page.PortfolioPage })));
const ProjectPage = lazy(() => import('../routes/ProjectPage').then((page) => ({ default: page.ProjectPage })));
const ReportPage = lazy(() => import('../routes/ReportPage').then((page) => ({ default: page.ReportPage })));
const ReportsPage = lazy(() => import('../routes/ReportsPage').then((page) => ({ default: page.ReportsPage })));
const RisksPage = lazy(() => import('../routes/RisksPage').then((page) => ({ default: page.RisksPage })));
const SignInPage = lazy(() => import('../routes/SignInPage').then((page) => ({ default: page.SignInPage })));
const OrganisationPage = lazy(() =>
  import('../routes/OrganisationPage').then((page) => ({ default: page.OrganisationPage })),
);
const IndicatorLibraryPage = lazy(() =>
  import('../routes/IndicatorLibraryPage').then((page) => ({ default: page.IndicatorLibraryPage })),
);
const ReportingCalendarPage = lazy(() =>
  import('../routes/ReportingCalendarPage').then((page) => ({ default: page.ReportingCalendarPage })),
);
const PerspectivesPage = lazy(() =>
  import('../routes/PerspectivesPage').then((page) => ({ default: page.PerspectivesPage })),
);
const SendLogPage = lazy(() => import('../routes/SendLogPage').then((page) => ({ default: page.SendLogPage })));
const MyPage = lazy(() => import('../routes/MyPage').then((page) => ({ default: page.MyPage })));
const ToDoPage = lazy(() => import('../routes/ToDoPage').then((page) => ({ default: page.ToDoPage })));
const UsersPage = lazy(() => import('../routes/UsersPage').then((page) => ({ default: page.UsersPage })));

/**
 * What the first page needs, asked for as the app starts instead of one after another as the
 * components mount (sign-in check, then the shell, then the page's chunk, then its query): the
 * signed-in user, the shell's units and months, and on the overview (the landing page) its
 * chunk, all at once, then the overview's figures as soon as the shell's answer says which
 * unit and month to show. The components' own queries find the answers in the cache, or join
 * the requests in flight (Apollo deduplicates identical ones). Someone not signed in gets an
 * error for the shell's query, which nothing reads: the sign-in page follows.
 */
export function startFirstPage(apolloClient: ApolloClient, { pathname, search }: Location): void {
  const ignore = () => undefined;
  apolloClient.query({ query: RequireSignIn_Query }).catch(ignore);
  const shell = apolloClient.query({ query: AppShell_Query });
  if (pathname !== '/' && pathname !== ROUTES.overview) {
    shell.catch(ignore);
    return;
  }
  const page = loadOverviewPage();
  Promise.all([shell, page])
    .then(([{ data }, { OverviewPage_Query }]) => {
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
                <Route path={ROUTES.reportingCalendar} element={<ReportingCalendarPage />} />
                <Route path={ROUTES.sendLog} element={<SendLogPage />} />
                <Route path={ROUTES.myPage} element={<MyPage />} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
            </Routes>
          </Suspense>
        </ThemeProvider>
      </ApolloProvider>
    </I18nextProvider>
  );
}
