import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../../test/render-with-providers';
import { FirstRunForm } from './FirstRunForm';

/** What the form sent to the API, and what the API answers next. */
let sent: { url: string; body: unknown }[] = [];
let answer: { status: number; body: unknown } = { status: 201, body: {} };
const realFetch = globalThis.fetch;

beforeEach(() => {
  sent = [];
  globalThis.fetch = ((url: string, init: RequestInit) => {
    sent.push({ url, body: JSON.parse(init.body as string) });
    // jsdom has no Response; the form reads only these three.
    const { status, body } = answer;
    return Promise.resolve({ ok: status < 300, status, json: () => Promise.resolve(body) });
  }) as unknown as typeof fetch;
});
afterAll(() => {
  globalThis.fetch = realFetch;
});

function renderForm(language: 'sv' | 'en' = 'sv') {
  const created: string[] = [];
  renderWithProviders(<FirstRunForm signInPath="/logga-in" onCreated={() => created.push('created')} />, {
    language,
  });
  return created;
}

async function fillIn(fields: Record<string, string>) {
  for (const [label, value] of Object.entries(fields)) {
    await userEvent.type(screen.getByLabelText(new RegExp(`^${label}`)), value);
  }
}

const VALID = {
  Engångskod: 'abcd-efgh-jkmn',
  'Kommunens namn': 'Göteborgs Stad',
  Namn: 'Anna Administratör',
  'E-postadress': 'anna@goteborg.se',
  Lösenord: 'ett långt lösenord',
};

describe('the first-run form', () => {
  it('shows what is wrong next to each field before anything is sent', async () => {
    renderForm();
    await fillIn({ 'E-postadress': 'anna', Lösenord: 'kort' });
    await userEvent.click(screen.getByRole('button', { name: 'Skapa och logga in' }));
    expect(screen.getByRole('textbox', { name: 'Engångskod' })).toHaveAccessibleDescription('Fyll i fältet.');
    expect(screen.getByRole('textbox', { name: 'Kommunens namn' })).toHaveAccessibleDescription('Fyll i fältet.');
    expect(screen.getByRole('textbox', { name: 'Namn' })).toHaveAccessibleDescription('Fyll i fältet.');
    expect(screen.getByRole('textbox', { name: 'E-postadress' })).toHaveAccessibleDescription(
      'Ange en giltig e-postadress.',
    );
    expect(screen.getByLabelText(/^Lösenord/)).toHaveAccessibleDescription('Lösenordet måste ha minst 10 tecken.');
    expect(sent).toEqual([]);
  });

  it('shows a wrong code beside the code field', async () => {
    answer = {
      status: 400,
      body: { error: 'invalidInput', fieldErrors: [{ field: 'setupCode', message: 'invalidSetupCode' }] },
    };
    const created = renderForm();
    await fillIn(VALID);
    await userEvent.click(screen.getByRole('button', { name: 'Skapa och logga in' }));
    expect(await screen.findByText('Koden stämmer inte. Kontrollera den mot serverns logg.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Engångskod' })).toHaveAccessibleDescription(
      'Koden stämmer inte. Kontrollera den mot serverns logg.',
    );
    expect(created).toEqual([]);
  });

  it('sends the city and its administrator with the code, and is done when the API has created them', async () => {
    answer = { status: 201, body: { user: { id: 1 } } };
    const created = renderForm();
    await fillIn(VALID);
    await userEvent.keyboard('{Enter}');
    expect(sent).toEqual([
      {
        url: '/auth/first-run',
        body: {
          setupCode: 'abcd-efgh-jkmn',
          cityName: 'Göteborgs Stad',
          name: 'Anna Administratör',
          email: 'anna@goteborg.se',
          password: 'ett långt lösenord',
        },
      },
    ]);
    expect(created).toEqual(['created']);
  });

  it('sends to sign-in when someone else set the installation up first', async () => {
    answer = { status: 409, body: { error: 'alreadySetUp' } };
    renderForm();
    await fillIn(VALID);
    await userEvent.click(screen.getByRole('button', { name: 'Skapa och logga in' }));
    expect(await screen.findByText(/Lägesbild har redan en administratör/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Till inloggningen' })).toHaveAttribute('href', '/logga-in');
  });

  it('speaks English when asked', async () => {
    renderForm('en');
    await userEvent.click(screen.getByRole('button', { name: 'Create and sign in' }));
    expect(screen.getByRole('textbox', { name: 'Setup code' })).toHaveAccessibleDescription('Fill in this field.');
    expect(screen.getByRole('textbox', { name: "The municipality's name" })).toHaveAccessibleDescription(
      'Fill in this field.',
    );
  });
});
