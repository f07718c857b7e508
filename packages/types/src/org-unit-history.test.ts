import { existedOn, isSelfOrDescendant, orgTreeAsOf, versionOn } from './org-unit-history';

const city = { id: 1, parentId: null, name: 'Staden', validFrom: null, validTo: null };
const committee = { id: 2, parentId: 1, name: 'Nämnden för Intraservice', validFrom: null, validTo: null };
const area = { id: 3, parentId: 2, name: 'IT-tjänster', validFrom: '2020-01-01', validTo: null };
const closed = { id: 4, parentId: 2, name: 'Inköp', validFrom: null, validTo: '2022-12-31' };
const units = [city, committee, area, closed];
// Renamed to IT-tjänster in 2023 and moved there from the city in 2022.
const versions = [
  { orgUnitId: 3, validFrom: '2020-01-01', name: 'Digital infrastruktur', parentId: 1 },
  { orgUnitId: 3, validFrom: '2022-07-01', name: 'Digital infrastruktur', parentId: 2 },
  { orgUnitId: 3, validFrom: '2023-01-01', name: 'IT-tjänster', parentId: 2 },
];

describe('the org tree as of a day', () => {
  it('shows the name and place each unit had that day', () => {
    expect(orgTreeAsOf(units, versions, '2021-06-30').map(({ id, name, parentId }) => [id, name, parentId])).toEqual([
      [1, 'Staden', null],
      [2, 'Nämnden för Intraservice', 1],
      [4, 'Inköp', 2],
      [3, 'Digital infrastruktur', 1],
    ]);
    expect(orgTreeAsOf(units, versions, '2022-12-31').map(({ id, name, parentId }) => [id, name, parentId])).toEqual([
      [1, 'Staden', null],
      [2, 'Nämnden för Intraservice', 1],
      [3, 'Digital infrastruktur', 2],
      [4, 'Inköp', 2],
    ]);
  });

  it('leaves out units not yet opened or already closed, and shows today as the latest versions', () => {
    expect(orgTreeAsOf(units, versions, '2019-12-31').map((unit) => unit.id)).toEqual([1, 2, 4]);
    expect(orgTreeAsOf(units, versions, '2024-05-31').map(({ id, name }) => [id, name])).toEqual([
      [1, 'Staden'],
      [2, 'Nämnden för Intraservice'],
      [3, 'IT-tjänster'],
    ]);
  });

  it('reads the first version for a day before it, and today for a unit without versions', () => {
    expect(versionOn(versions, '2010-01-01')?.name).toBe('Digital infrastruktur');
    expect(versionOn([], '2010-01-01')).toBeUndefined();
  });

  it('counts the first and the last day as days the unit existed', () => {
    expect(existedOn(area, '2020-01-01')).toBe(true);
    expect(existedOn(closed, '2022-12-31')).toBe(true);
    expect(existedOn(closed, '2023-01-01')).toBe(false);
  });

  it('tells a unit and the units below it from the rest', () => {
    expect(isSelfOrDescendant(units, 2, 2)).toBe(true);
    expect(isSelfOrDescendant(units, 2, 3)).toBe(true);
    expect(isSelfOrDescendant(units, 2, 1)).toBe(false);
  });
});
