import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import type { ReactElement } from 'react';
import { createApolloClient } from '../apollo/create-apollo-client';
import type { Language } from '../i18n/i18n';
import { renderWithProviders } from './render-with-providers';

/** The app's Apollo client (its cache policies and data masking) answering from `mocks`. */
export function createTestClient(mocks: readonly MockLink.MockedResponse[] = []) {
  return createApolloClient(new MockLink(mocks));
}

/**
 * Renders as the app does, with `client` as its Apollo client: a component that reads its
 * fragment with useFragment finds what the test wrote into the client's cache.
 */
export function renderWithApollo(
  element: ReactElement,
  client: ReturnType<typeof createTestClient>,
  options: { language?: Language; url?: string } = {},
) {
  return renderWithProviders(<ApolloProvider client={client}>{element}</ApolloProvider>, options);
}
