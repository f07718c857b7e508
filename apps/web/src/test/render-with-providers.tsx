import { ThemeProvider } from '@mui/material/styles';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { theme } from '../app/theme';
import { createI18n } from '../i18n/i18n';
import type { Language } from '../i18n/i18n';

/** Renders a component as the app does: translations, theme and a router at `url`. */
export function renderWithProviders(
  element: ReactElement,
  { language = 'sv', url = '/' }: { language?: Language; url?: string } = {},
) {
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <ThemeProvider theme={theme}>
        <MemoryRouter initialEntries={[url]}>{element}</MemoryRouter>
      </ThemeProvider>
    </I18nextProvider>,
  );
}
