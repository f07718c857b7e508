import type { Role } from '@lagesbild/db';
import { ancestorsOf, inTreeOrder } from '@lagesbild/types';
import type { TreeNode } from '@lagesbild/types';

export type OrgTreeNode = TreeNode;

/**
 * Roles that come with another: the administrator of a unit plans it and approves its
 * reports too, so no administrator needs a second role for what administrators always did.
 */
const IMPLIED_ROLES: Partial<Record<Role, Role[]>> = { ADMIN: ['PLANNER', 'APPROVER'] };

export interface HeldRole {
  role: Role;
  orgUnitId: number;
}

/**
 * What one user may read and change, from their roles and the org tree. A role held for a
 * unit covers the unit and everything below it. Any role lets the user read those units,
 * and the units above them as context (the council goals their committee serves), but
 * never a sibling's.
 */
export class AccessScope {
  private readonly readable = new Set<number>();
  private readonly editableByRole = new Map<Role, Set<number>>();
  private readonly known: Set<number>;

  constructor(
    private readonly tree: readonly OrgTreeNode[],
    readonly roles: readonly HeldRole[],
  ) {
    const parentOf = new Map(tree.map((node) => [node.id, node.parentId]));
    this.known = new Set(parentOf.keys());

    for (const { role, orgUnitId } of roles) {
      if (!parentOf.has(orgUnitId)) continue;
      const covered = inTreeOrder(tree, orgUnitId).map((node) => node.id);
      for (const heldRole of [role, ...(IMPLIED_ROLES[role] ?? [])]) {
        const editable = this.editableByRole.get(heldRole) ?? new Set<number>();
        for (const id of covered) editable.add(id);
        this.editableByRole.set(heldRole, editable);
      }
      for (const id of covered) this.readable.add(id);
      for (const above of ancestorsOf(parentOf, orgUnitId)) this.readable.add(above);
    }
  }

  static readonly nobody = new AccessScope([], []);

  /** True when the unit was in the tree when the scope was made (not one created since). */
  knows(orgUnitId: number): boolean {
    return this.known.has(orgUnitId);
  }

  canRead(orgUnitId: number | null | undefined): boolean {
    return orgUnitId != null && this.readable.has(orgUnitId);
  }

  /**
   * True when the user may read the unit and every unit below it. What describes a whole
   * subtree in one piece (a report, whose prose names the units) may be read only then:
   * the reader of one business area may read its committee, but not its siblings.
   */
  canReadSubtree(orgUnitId: number | null | undefined): boolean {
    return this.canRead(orgUnitId) && inTreeOrder(this.tree, orgUnitId!).every((node) => this.readable.has(node.id));
  }

  /** True when the user holds `role` for the unit or a unit above it. */
  holds(role: Role, orgUnitId: number | null | undefined): boolean {
    return orgUnitId != null && (this.editableByRole.get(role)?.has(orgUnitId) ?? false);
  }

  /** True when the user holds `role` for some unit. */
  holdsAnywhere(role: Role): boolean {
    return (this.editableByRole.get(role)?.size ?? 0) > 0;
  }

  /** True when the user holds `role` for a unit at the top of the tree, i.e. for everything. */
  holdsEverywhere(role: Role, tree: readonly OrgTreeNode[]): boolean {
    return tree.filter((node) => node.parentId === null).every((root) => this.holds(role, root.id));
  }
}
