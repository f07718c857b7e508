import { ThemeProvider } from '@mui/material/styles';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { theme } from '../app/theme';
import type { Language } from '../i18n/i18n';
import { createTestI18n } from './test-i18n';

/**
 * Renders a component as the app does: translations, theme and a router at `url`. A data
 * router with one splat route, as main.tsx makes, so a component may block a navigation
 * (useBlocker) and descendant <Routes> work; `router` lets a test navigate as a link would.
 */
export function renderWithProviders(
  element: ReactElement,
  { language = 'sv', url = '/' }: { language?: Language; url?: string } = {},
) {
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: [url] });
  const rendered = render(
    <I18nextProvider i18n={createTestI18n(language)}>
      <ThemeProvider theme={theme}>
        <RouterProvider router={router} />
      </ThemeProvider>
    </I18nextProvider>,
  );
  return { ...rendered, router };
}
