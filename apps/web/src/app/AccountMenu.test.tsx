import { MockedProvider } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ViewerContext } from '../features/access/ViewerContext';
import { renderWithProviders } from '../test/render-with-providers';
import { AccountMenu } from './AccountMenu';

const viewer = { id: '1', name: 'Alva Administratör', isAdministrator: true };

function renderMenu() {
  return renderWithProviders(
    <MockedProvider>
      <ViewerContext.Provider value={viewer}>
        <AccountMenu />
      </ViewerContext.Provider>
    </MockedProvider>,
  );
}

describe('AccountMenu', () => {
  it('holds the name, their page, the language and signing out behind one button, operable by keyboard', async () => {
    renderMenu();
    const button = screen.getByRole('button', { name: 'Konto: Alva Administratör' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    const menu = screen.getByRole('menu');
    expect(menu).toHaveTextContent('Alva Administratör');
    expect(within(menu).getByRole('menuitemradio', { name: 'Svenska' })).toHaveAttribute('aria-checked', 'true');
    expect(within(menu).getByRole('menuitem', { name: 'Min sida' })).toBeVisible();
    expect(within(menu).getByRole('menuitem', { name: 'Logga ut' })).toBeVisible();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
  });

  it('switches the interface to English from the menu', async () => {
    renderMenu();
    await userEvent.click(screen.getByRole('button', { name: 'Konto: Alva Administratör' }));
    await userEvent.click(screen.getByRole('menuitemradio', { name: 'English' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Account: Alva Administratör' }));
    expect(screen.getByRole('menuitemradio', { name: 'English' })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('menuitem', { name: 'Sign out' })).toBeVisible();
  });
});
