import { inTreeOrder } from './org-tree';

// Göteborg (1) → Intraservice (2) → Digital infrastruktur (3); Göteborg → Kommunstyrelsen (4).
const tree = [
  { id: 4, parentId: 1 },
  { id: 3, parentId: 2 },
  { id: 1, parentId: null },
  { id: 2, parentId: 1 },
];
const ids = (nodes: { id: number }[]) => nodes.map((node) => node.id);

describe('the org tree in order', () => {
  it('puts parents before children, siblings in the order given', () => {
    expect(ids(inTreeOrder(tree))).toEqual([1, 4, 2, 3]);
  });

  it('gives the subtree of one unit, the unit first', () => {
    expect(ids(inTreeOrder(tree, 2))).toEqual([2, 3]);
    expect(ids(inTreeOrder(tree, 99))).toEqual([]);
  });
});
