import { ancestorsOf, inTreeOrder, rootFinder } from './org-tree';

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

  it('stops at a loop in bad data, each unit once', () => {
    const looped = [
      { id: 5, parentId: 6 },
      { id: 6, parentId: 5 },
    ];
    expect(ids(inTreeOrder(looped, 5))).toEqual([5, 6]);
  });
});

describe('the units above a unit', () => {
  const parentOf = new Map(tree.map((node) => [node.id, node.parentId]));

  it('walks up to the city, nearest first; a city and an unknown unit have none', () => {
    expect(ancestorsOf(parentOf, 3)).toEqual([2, 1]);
    expect(ancestorsOf(parentOf, 1)).toEqual([]);
    expect(ancestorsOf(parentOf, 99)).toEqual([]);
  });

  it('stops at a loop in bad data, each unit once and never the unit itself', () => {
    const looped = new Map([
      [5, 6],
      [6, 7],
      [7, 5],
    ]);
    expect(ancestorsOf(looped, 5)).toEqual([6, 7]);
  });
});

describe('the root above a unit', () => {
  const tree = [
    { id: 1, parentId: null },
    { id: 2, parentId: 1 },
    { id: 3, parentId: 2 },
    { id: 9, parentId: null },
  ];
  const rootOf = rootFinder(tree);

  it('walks up to the city from any depth, and a city is its own root', () => {
    expect([rootOf(3), rootOf(2), rootOf(1), rootOf(9)]).toEqual([1, 1, 1, 9]);
  });

  it('takes a unit it does not know for its own root, and stops at a loop in bad data', () => {
    expect(rootOf(42)).toBe(42);
    const looped = rootFinder([
      { id: 5, parentId: 6 },
      { id: 6, parentId: 5 },
    ]);
    expect([5, 6]).toContain(looped(5));
  });
});
