import { filterRisks, heatMapCells, inCell, readRiskFilter, writeRiskFilter } from './risk-filter';
import type { RiskFilter } from './risk-filter';

const risk = (
  id: string,
  probability: number | null,
  consequence = 1,
  extra: Partial<{ owner: string; unit: string; category: string }> = {},
) => ({
  id,
  category: { id: extra.category ?? 'external' },
  orgUnit: { id: extra.unit ?? 'intraservice' },
  owner: extra.owner ?? null,
  valuation: probability === null ? null : { probability, consequence },
});

const risks = [
  risk('cyber', 3, 4, { owner: 'IT-chef' }),
  risk('gdpr', 3, 4, { category: 'compliance' }),
  risk('inflation', 3, 3, { unit: 'digital' }),
  risk('ny', null),
];

const noFilter: RiskFilter = { categoryId: null, orgUnitId: null, owner: null, minScore: null, cell: null };

describe('the heat map', () => {
  it('counts the valued risks in each cell of a 4 × 4 map, highest probability on top', () => {
    const cells = heatMapCells(risks, 4);
    expect(cells).toHaveLength(4);
    expect(cells.map((row) => row.length)).toEqual([4, 4, 4, 4]);
    expect(cells[0]!.map((cell) => cell.probability)).toEqual([4, 4, 4, 4]);
    expect(cells[1]![3]).toMatchObject({ probability: 3, consequence: 4, score: 12, level: 'VERY_HIGH', count: 2 });
    expect(cells[1]![2]).toMatchObject({ probability: 3, consequence: 3, level: 'HIGH', count: 1 });
    expect(cells.flat().reduce((sum, cell) => sum + cell.count, 0)).toBe(3);
  });

  it('draws 5 × 5 on a five-step scale, with the bands of that scale', () => {
    const cells = heatMapCells(risks, 5);
    expect(cells.flat()).toHaveLength(25);
    expect(cells[2]![3]).toMatchObject({ probability: 3, consequence: 4, level: 'HIGH', count: 2 });
  });
});

describe('the register filters', () => {
  it('filter by category, unit, owner and lowest score; a score filter leaves out unvalued risks', () => {
    const ids = (filter: Partial<RiskFilter>) => filterRisks(risks, { ...noFilter, ...filter }).map((r) => r.id);
    expect(ids({})).toEqual(['cyber', 'gdpr', 'inflation', 'ny']);
    expect(ids({ categoryId: 'compliance' })).toEqual(['gdpr']);
    expect(ids({ orgUnitId: 'digital' })).toEqual(['inflation']);
    expect(ids({ owner: 'IT-chef' })).toEqual(['cyber']);
    expect(ids({ minScore: 10 })).toEqual(['cyber', 'gdpr']);
    expect(ids({ minScore: 9 })).toEqual(['cyber', 'gdpr', 'inflation']);
    expect(inCell(risks, { probability: 3, consequence: 4 }).map((r) => r.id)).toEqual(['cyber', 'gdpr']);
  });

  it('live in the URL and read back the same, other parameters kept', () => {
    const filter: RiskFilter = {
      categoryId: '2',
      orgUnitId: '5',
      owner: 'IT-chef',
      minScore: 8,
      cell: { probability: 3, consequence: 4 },
    };
    const search = writeRiskFilter(new URLSearchParams('enhet=intraservice&period=2023-05'), filter);
    expect(search.get('enhet')).toBe('intraservice');
    expect(search.get('ruta')).toBe('3-4');
    expect(readRiskFilter(search)).toEqual(filter);
    expect(readRiskFilter(writeRiskFilter(search, noFilter))).toEqual(noFilter);
    expect(readRiskFilter(new URLSearchParams('minpoang=x&ruta=99'))).toEqual(noFilter);
  });
});
