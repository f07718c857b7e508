import { emptyPart, partsInput, typedFigure } from './lineage-form';

describe("a split's form", () => {
  it('reads figures typed the Swedish or the English way, and empty text as none', () => {
    expect(typedFigure('1 506,5')).toBe(1506.5);
    expect(typedFigure('1506.5')).toBe(1506.5);
    expect(typedFigure('  ')).toBeNull();
  });

  it("sends a part in the origin's portfolio without a portfolio, and one elsewhere with its own", () => {
    const home = { ...emptyPart('1'), name: 'A', budgetTkr: '400' };
    const away = { ...emptyPart('2'), name: 'B' };
    expect(partsInput([home, away], '1')).toEqual([
      { name: 'A', portfolioId: null, owner: '', manager: '', budgetTkr: 400 },
      { name: 'B', portfolioId: '2', owner: '', manager: '', budgetTkr: null },
    ]);
    expect(home.key).not.toBe(away.key);
  });
});
