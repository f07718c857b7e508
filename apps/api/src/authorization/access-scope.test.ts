import { AccessScope } from './access-scope';

// Göteborg (1) → Intraservice (2) → Digital infrastruktur (3); Göteborg → Kommunstyrelsen (4).
const tree = [
  { id: 1, parentId: null },
  { id: 2, parentId: 1 },
  { id: 3, parentId: 2 },
  { id: 4, parentId: 1 },
];

describe('access scope', () => {
  it('lets a role read its unit, everything below it and the units above as context', () => {
    const scope = new AccessScope(tree, [{ role: 'VIEWER', orgUnitId: 2 }]);
    expect([1, 2, 3, 4].map((id) => scope.canRead(id))).toEqual([true, true, true, false]);
  });

  it('lets a role read a whole subtree from its own unit down, not from a unit above it with a sibling', () => {
    const withSibling = [...tree, { id: 5, parentId: 2 }];
    const scope = new AccessScope(withSibling, [{ role: 'VIEWER', orgUnitId: 3 }]);
    expect([1, 2, 3, 5].map((id) => scope.canReadSubtree(id))).toEqual([false, false, true, false]);
    expect(new AccessScope(withSibling, [{ role: 'VIEWER', orgUnitId: 2 }]).canReadSubtree(2)).toBe(true);
  });

  it('lets a role change only its unit and below, and only with that role', () => {
    const scope = new AccessScope(tree, [{ role: 'ANALYST', orgUnitId: 2 }]);
    expect(scope.holds('ANALYST', 3)).toBe(true);
    expect(scope.holds('ANALYST', 1)).toBe(false);
    expect(scope.holds('PORTFOLIO_OFFICE', 2)).toBe(false);
  });

  it('combines roles held for different units', () => {
    const scope = new AccessScope(tree, [
      { role: 'VIEWER', orgUnitId: 3 },
      { role: 'ANALYST', orgUnitId: 4 },
    ]);
    expect(scope.canRead(2)).toBe(true);
    expect(scope.canRead(4)).toBe(true);
    expect(scope.holds('ANALYST', 3)).toBe(false);
    expect(scope.holds('ANALYST', 4)).toBe(true);
  });

  it('lets the administrator of a unit plan it, and a planner plan without administering', () => {
    const administrator = new AccessScope(tree, [{ role: 'ADMIN', orgUnitId: 2 }]);
    expect([1, 2, 3].map((id) => administrator.holds('PLANNER', id))).toEqual([false, true, true]);
    const planner = new AccessScope(tree, [{ role: 'PLANNER', orgUnitId: 2 }]);
    expect(planner.holds('PLANNER', 3)).toBe(true);
    expect(planner.holds('ADMIN', 2)).toBe(false);
  });

  it('knows an administrator of the whole tree', () => {
    expect(new AccessScope(tree, [{ role: 'ADMIN', orgUnitId: 1 }]).holdsEverywhere('ADMIN', tree)).toBe(true);
    expect(new AccessScope(tree, [{ role: 'ADMIN', orgUnitId: 2 }]).holdsEverywhere('ADMIN', tree)).toBe(false);
  });

  it('lets nobody do anything without roles', () => {
    expect(AccessScope.nobody.canRead(1)).toBe(false);
    expect(AccessScope.nobody.holdsAnywhere('VIEWER')).toBe(false);
  });
});
