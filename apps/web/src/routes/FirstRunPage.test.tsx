import type { MockLink } from '@apollo/client/testing';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { createTestClient, renderWithApollo } from '../test/render-with-apollo';
import { FirstRunPage, FirstRunPage_Query } from './FirstRunPage';
import { SignInPage, SignInPage_Query } from './SignInPage';

function signInOptions(firstRun: boolean): MockLink.MockedResponse[] {
  return [
    {
      request: { query: SignInPage_Query },
      result: {
        data: { signInOptions: { __typename: 'SignInOptions', firstRun, singleSignOn: false, demoAccounts: [] } },
      },
    },
    {
      request: { query: FirstRunPage_Query },
      result: { data: { signInOptions: { __typename: 'SignInOptions', firstRun } } },
    },
  ];
}

function renderAt(url: string, firstRun: boolean) {
  renderWithApollo(
    <Routes>
      <Route path="/logga-in" element={<SignInPage />} />
      <Route path="/forsta-start" element={<FirstRunPage />} />
    </Routes>,
    createTestClient(signInOptions(firstRun)),
    { url },
  );
}

describe('the first-run page', () => {
  it('is where the sign-in page sends everyone while no user exists', async () => {
    renderAt('/logga-in', true);
    expect(await screen.findByRole('heading', { level: 1, name: 'Kom igång med Lägesbild' })).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: 'Engångskod' })).toBeInTheDocument();
  });

  it('offers no form once the installation has users, only the way to sign in', async () => {
    renderAt('/forsta-start', false);
    expect(await screen.findByText(/Lägesbild har redan en administratör/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Engångskod' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Till inloggningen' })).toHaveAttribute('href', '/logga-in');
  });

  it('leaves the sign-in page as it was in an installation with users', async () => {
    renderAt('/logga-in', false);
    expect(await screen.findByRole('button', { name: 'Logga in' })).toBeInTheDocument();
  });
});
