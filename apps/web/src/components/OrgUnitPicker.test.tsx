import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../test/render-with-providers';
import { OrgUnitPicker, toOrgUnitTree } from './OrgUnitPicker';

const orgUnits = [
  { code: 'goteborgs-stad', name: 'Göteborgs Stad', parent: null },
  { code: 'intraservice', name: 'Nämnden för Intraservice', parent: { code: 'goteborgs-stad' } },
  { code: 'gemensamma-tjanster', name: 'Gemensamma tjänster', parent: { code: 'intraservice' } },
  { code: 'vo-hr', name: 'HR', parent: { code: 'gemensamma-tjanster' } },
  { code: 'digital-infrastruktur', name: 'Digital infrastruktur', parent: { code: 'intraservice' } },
  { code: 'kommunstyrelsen', name: 'Kommunstyrelsen', parent: { code: 'goteborgs-stad' } },
];

describe('the org unit tree', () => {
  it('nests units under their parents, in the order given', () => {
    const [city] = toOrgUnitTree(orgUnits);
    expect(city!.children.map((unit) => unit.label)).toEqual(['Nämnden för Intraservice', 'Kommunstyrelsen']);
    expect(city!.children[0]!.children.map((unit) => unit.label)).toEqual([
      'Gemensamma tjänster',
      'Digital infrastruktur',
    ]);
  });

  it('makes a unit whose parent the user cannot see a root of its own', () => {
    const visible = orgUnits.filter((unit) => unit.code === 'digital-infrastruktur' || unit.code === 'vo-hr');
    expect(toOrgUnitTree(visible).map((unit) => unit.label)).toEqual(['HR', 'Digital infrastruktur']);
  });
});

describe('the org unit picker', () => {
  it('names the chosen unit and opens the tree down to it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<OrgUnitPicker orgUnits={orgUnits} value="vo-hr" onChange={() => {}} />);
    const field = screen.getByRole('combobox', { name: 'Organisation' });
    expect(field).toHaveValue('HR');
    await user.click(field);
    const tree = await screen.findByRole('tree', { name: 'Organisation' });
    expect(within(tree).getByRole('treeitem', { name: 'HR', checked: true })).toBeInTheDocument();
    // The way down to HR is open; the city's other committee shows beside it.
    expect(within(tree).getByRole('treeitem', { name: 'Kommunstyrelsen' })).toBeInTheDocument();
  });

  it('chooses a unit with the keyboard alone and closes', async () => {
    const user = userEvent.setup();
    const chosen: string[] = [];
    renderWithProviders(
      <OrgUnitPicker orgUnits={orgUnits} value="intraservice" onChange={(code) => chosen.push(code)} />,
    );
    await user.tab();
    await user.keyboard('{Enter}');
    // The tree's code comes in a chunk of its own, on first use.
    expect(await screen.findByRole('tree', { name: 'Organisation' })).toBeInTheDocument();
    // Into the tree, at the chosen unit; down past Gemensamma tjänster to Digital infrastruktur.
    await user.tab();
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(chosen).toEqual(['digital-infrastruktur']);
    expect(screen.queryByRole('tree')).not.toBeInTheDocument();
  });
});
