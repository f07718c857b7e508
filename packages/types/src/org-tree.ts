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
  const visit = (node: Node): void => {
    ordered.push(node);
    for (const child of childrenOf.get(node.id) ?? []) visit(child);
  };
  const starts = rootId === undefined ? (childrenOf.get(null) ?? []) : nodes.filter((node) => node.id === rootId);
  starts.forEach(visit);
  return ordered;
}
