import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ViewerContext } from '../features/access/ViewerContext';
import { CreateOrgUnitDialog_Create } from '../features/organisation/components/CreateOrgUnitDialog';
import { createTestClient, renderWithApollo } from '../test/render-with-apollo';
import { OrganisationPage, OrganisationPage_Query } from './OrganisationPage';

const unit = (id: string, name: string, parentId: string | null, changes: Record<string, unknown> = {}) => ({
  __typename: 'OrgUnit' as const,
  id,
  code: name.toLowerCase().replaceAll(' ', '-'),
  name,
  kind: parentId === null ? 'CITY' : 'COMMITTEE',
  validFrom: null,
  validTo: null,
  isClosed: false,
  mayAdminister: true,
  version: 1,
  parent: parentId === null ? null : { __typename: 'OrgUnit' as const, id: parentId },
  ...changes,
});

const TREE = {
  data: {
    orgUnits: [
      unit('1', 'Staden', null),
      unit('2', 'Intraservice', '1'),
      unit('3', 'Digital infrastruktur', '2', { kind: 'BUSINESS_AREA' }),
      unit('4', 'Inköp', '2', { kind: 'BUSINESS_AREA', validTo: '2022-12-31', isClosed: true }),
    ],
  },
};

function renderPage(mocks: Parameters<typeof createTestClient>[0] = []) {
  const client = createTestClient([{ request: { query: OrganisationPage_Query }, result: TREE }, ...mocks]);
  return renderWithApollo(
    <ViewerContext.Provider value={{ id: '1', name: 'Ada', isAdministrator: true }}>
      <OrganisationPage />
    </ViewerContext.Provider>,
    client,
  );
}

async function openAction(unitName: string, action: string) {
  await userEvent.click(await screen.findByRole('button', { name: `Åtgärder för ${unitName}` }));
  await userEvent.click(screen.getByRole('menuitem', { name: action }));
}

describe('Administration → Organisation', () => {
  it('shows the tree with each unit’s code, kind and days, and closed units as closed', async () => {
    renderPage();
    const tree = await screen.findByRole('list', { name: 'Organisationsträdet' });
    const items = within(tree).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('Staden'),
      expect.stringContaining('Intraservice'),
      expect.stringContaining('Digital infrastruktur'),
      expect.stringContaining('Inköp'),
    ]);
    expect(items[3]).toHaveTextContent('Stängd');
    expect(items[3]).toHaveTextContent('inköp · Verksamhetsområde · t.o.m. 2022-12-31');
  });

  it('checks a rename with the API’s schema and shows the error beside the name', async () => {
    renderPage();
    await openAction('Intraservice', 'Byt namn');
    const name = screen.getByRole('textbox', { name: 'Namn' });
    await userEvent.clear(name);
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(name).toHaveAccessibleDescription('Fyll i fältet.');
  });

  it('offers as new parents only open units outside the unit’s own subtree', async () => {
    renderPage();
    await openAction('Intraservice', 'Flytta');
    await userEvent.click(screen.getByRole('combobox', { name: 'Ny överordnad enhet' }));
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Staden']);
  });

  it('shows a taken code beside the code, and after a create offers to give roles for the new unit', async () => {
    renderPage([
      {
        request: {
          query: CreateOrgUnitDialog_Create,
          variables: (variables: { input: { code: string } }) => variables.input.code === 'intraservice',
        },
        result: {
          errors: [
            {
              message: 'Invalid',
              extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'input.code', message: 'codeTaken' }] },
            },
          ],
        },
      },
      {
        request: {
          query: CreateOrgUnitDialog_Create,
          variables: (variables: { input: { code: string } }) => variables.input.code === 'it-drift',
        },
        result: { data: { createOrgUnit: { __typename: 'OrgUnit', id: '9', name: 'IT-drift' } } },
      },
      { request: { query: OrganisationPage_Query }, result: TREE },
    ]);
    await openAction('Digital infrastruktur', 'Ny enhet under');
    const dialog = screen.getByRole('dialog', { name: 'Ny enhet under Digital infrastruktur' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Namn' }), 'IT-drift');
    const code = within(dialog).getByRole('textbox', { name: 'Kod' });
    await userEvent.type(code, 'intraservice');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(await within(dialog).findByText('Det finns redan en enhet med den koden.')).toBeVisible();

    await userEvent.clear(code);
    await userEvent.type(code, 'it-drift');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('IT-drift är skapad.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Ge roller för den nya enheten' })).toHaveAttribute(
      'href',
      '/anvandare?enhet=9',
    );
  });
});
