import { parse } from 'graphql';
import { exceededSelectionLimit, measureSelections } from './request-limits';

describe('measuring a query before validation', () => {
  it('counts the pairs of same-named fields in each operation and fragment, fragments expanded where spread', () => {
    const measure = measureSelections(
      parse(`
        { viewer { ...Me } viewer { ...Me name } }
        fragment Me on Viewer { name email }`),
    );
    // The operation: viewer ×2, name ×3, email ×2 (4 pairs); the fragment: none.
    expect(measure).toEqual({
      sameNamePairs: 1 + 3 + 1,
      mostRepeated: { responseName: 'name', count: 3 },
      fragmentSpreads: 2,
    });
  });

  it('refuses a fragment that multiplies its fields wherever it is spread', () => {
    const thirtyFields = 'parent { code } '.repeat(30);
    const query = `{ orgUnits { ${thirtyFields}} ${'orgUnits { ...Parents } '.repeat(10)}}
      fragment Parents on OrgUnit { ${thirtyFields}}`;
    expect(exceededSelectionLimit(parse(query))).toMatch(/"parent" is selected 330 times/);
  });

  it('leaves a cycle of fragments for validation to refuse', () => {
    const query = '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A viewer { name } }';
    expect(exceededSelectionLimit(parse(query))).toBeNull();
  });
});
