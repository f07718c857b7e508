import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import type { i18n as I18n } from 'i18next';
import { createApolloClient } from './apollo/create-apollo-client';
import { App, startFirstPage } from './app/App';
import { startI18n } from './i18n/i18n';

const apolloClient = createApolloClient();
startFirstPage(apolloClient, window.location);
// Not a top-level await: one in any module turns Rolldown's chunk optimisations off for the
// whole build, and the first page then arrives in many more files (docs/performance.md).
void startI18n().then(renderApp);

function renderApp(i18n: I18n) {
  document.documentElement.lang = i18n.language;
  // A data router, not <BrowserRouter>, because only a data router lets a page with unsaved edits
  // hold a navigation and ask first (useBlocker, in UnsavedChangesGuard). The least invasive way
  // there: one splat route whose element is the App with its <Routes> as before, so the routes
  // and every page stay as they are (descendant <Routes> work under a route ending in *).
  const router = createBrowserRouter([{ path: '*', element: <App apolloClient={apolloClient} i18n={i18n} /> }]);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
}
