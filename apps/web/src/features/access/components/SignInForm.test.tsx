import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithProviders } from '../../../test/render-with-providers';
import { SignInForm } from './SignInForm';

function Form() {
  const [fields, setFields] = useState({ email: '', password: '' });
  return <SignInForm {...fields} onChange={setFields} onSignedIn={() => undefined} />;
}

describe('the sign-in form', () => {
  it('shows what is wrong next to each field before anything is sent', async () => {
    renderWithProviders(<Form />);
    await userEvent.click(screen.getByRole('button', { name: 'Logga in' }));
    expect(screen.getByRole('textbox', { name: 'E-postadress' })).toHaveAccessibleDescription('Fyll i fältet.');
    expect(screen.getByLabelText(/Lösenord/)).toHaveAccessibleDescription('Fyll i fältet.');

    await userEvent.type(screen.getByRole('textbox', { name: 'E-postadress' }), 'inte en adress');
    await userEvent.click(screen.getByRole('button', { name: 'Logga in' }));
    expect(screen.getByRole('textbox', { name: 'E-postadress' })).toHaveAccessibleDescription(
      'Ange en giltig e-postadress.',
    );
  });

  it('speaks English when asked', async () => {
    renderWithProviders(<Form />, { language: 'en' });
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByRole('textbox', { name: 'Email address' })).toHaveAccessibleDescription('Fill in this field.');
  });
});
