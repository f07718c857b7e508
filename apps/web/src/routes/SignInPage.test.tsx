import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTestClient, renderWithApollo } from '../test/render-with-apollo';
import { SignInPage, SignInPage_Query } from './SignInPage';

const signInOptions = {
  request: { query: SignInPage_Query },
  result: {
    data: { signInOptions: { __typename: 'SignInOptions', firstRun: false, singleSignOn: false, demoAccounts: [] } },
  },
};

describe('the sign-in page', () => {
  it('switches to English before anyone has signed in', async () => {
    renderWithApollo(<SignInPage />, createTestClient([signInOptions]), { url: '/logga-in' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Logga in' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  });
});
