/** A node of the org tree: all tree walking needs is its id and its parent's. */
export interface TreeNode {
  id: number;
  parentId: number | null;
}

/**
 * The nodes in tree order: parents before children, siblings in the order given. From the
 * roots, or only the subtree of `rootId` (which comes first); an unknown root gives nothing.
 */
export function inTreeOrder<Node extends TreeNode>(nodes: readonly Node[], rootId?: number): Node[] {
  const childrenOf = new Map<number | null, Node[]>();
  for (const node of nodes) {
    const siblings = childrenOf.get(node.parentId) ?? [];
    siblings.push(node);
    childrenOf.set(node.parentId, siblings);
  }
  const ordered: Node[] = [];
  // A loop in bad data (a unit its own ancestor) ends the walk rather than recursing for ever.
  const visited = new Set<number>();
  const visit = (node: Node): void => {
    if (visited.has(node.id)) return;
    visited.add(node.id);
    ordered.push(node);
    for (const child of childrenOf.get(node.id) ?? []) visit(child);
  };
  const starts = rootId === undefined ? (childrenOf.get(null) ?? []) : nodes.filter((node) => node.id === rootId);
  starts.forEach(visit);
  return ordered;
}

/**
 * The keys above `key`, nearest first, by each one's parent: ids of the org tree, or codes. A loop
 * in bad data ends the walk at the first repeat rather than hanging it.
 */
export function ancestorsOf<Key>(parentOf: ReadonlyMap<Key, Key | null | undefined>, key: Key): Key[] {
  const ancestors: Key[] = [];
  const seen = new Set<Key>([key]);
  for (let parent = parentOf.get(key); parent != null && !seen.has(parent); parent = parentOf.get(parent)) {
    seen.add(parent);
    ancestors.push(parent);
  }
  return ancestors;
}

/**
 * Finds the root above a unit (its city, the municipality): the last ancestor the nodes know. A
 * unit the nodes do not hold is its own root; a loop in bad data ends the walk rather than hanging
 * it. The parents are mapped once, for the many lookups of a set-based read.
 */
export function rootFinder(nodes: readonly TreeNode[]): (orgUnitId: number) => number {
  const parentOf = new Map(nodes.map((node) => [node.id, node.parentId]));
  return (orgUnitId) => {
    const seen = new Set<number>();
    let id = orgUnitId;
    for (let parent = parentOf.get(id); parent != null && !seen.has(parent); parent = parentOf.get(id)) {
      seen.add(id);
      id = parent;
    }
    return id;
  };
}
