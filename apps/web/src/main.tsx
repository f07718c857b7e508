import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createApolloClient } from './apollo/create-apollo-client';
import { App } from './app/App';
import { createI18n } from './i18n/i18n';

const i18n = createI18n();
document.documentElement.lang = i18n.language;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <App apolloClient={createApolloClient()} i18n={i18n} />
    </BrowserRouter>
  </StrictMode>,
);
