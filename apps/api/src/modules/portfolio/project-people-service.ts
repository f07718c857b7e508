import type { PrismaClient } from '@lagesbild/db';
import type { OrgTreeNode } from '../../authorization/access-scope';
import type { Transaction } from '../audit';
import { fieldErrors } from '../../errors';

/** The unit, the units above it and the units below it: whose users may answer for its portfolios and projects. */
function unitsAroundUnit(orgTree: readonly OrgTreeNode[], unitId: number): number[] {
  const parentOf = new Map(orgTree.map((node) => [node.id, node.parentId]));
  const around = new Set<number>();
  for (let id: number | null | undefined = unitId; id != null; id = parentOf.get(id)) around.add(id);
  // Below: every unit whose chain of parents reaches the unit.
  for (const node of orgTree) {
    for (let id: number | null | undefined = node.id; id != null; id = parentOf.get(id)) {
      if (id === unitId) {
        around.add(node.id);
        break;
      }
    }
  }
  return [...around];
}

/**
 * The active users the portfolio office may name as an owner, manager or action owner in a
 * unit: those holding any role for the unit, a unit above or a unit below it, by name. One
 * statement whatever the number of users.
 */
export function listPersonOptions(prisma: PrismaClient, orgTree: readonly OrgTreeNode[], orgUnitId: number) {
  return prisma.user.findMany({
    where: { isActive: true, roles: { some: { orgUnitId: { in: unitsAroundUnit(orgTree, orgUnitId) } } } },
    select: { id: true, name: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
}

/** A person as a form names them: an account, or a name of someone without one. */
export interface PersonChoice {
  /** The input field the account came in, for its field error (`input.ownerUserId`). */
  field: string;
  userId: number | null;
  name: string | null;
  /** The account the record is linked to now: keeping it is allowed even if it is no longer an option. */
  linkedUserId?: number | null;
}

/** A person as stored: the account, if any, and the name (the account's when there is one). */
export interface StoredPerson {
  userId: number | null;
  name: string | null;
}

/**
 * Checks the accounts a write names and gives each person's stored name: an account must be
 * one of the unit's person options (listPersonOptions), or the one already linked, which may
 * stay though its holder has since moved on. A name without an account is kept as typed.
 * One statement for all the accounts of the write.
 */
export async function resolvePeople(
  tx: Transaction,
  orgTree: readonly OrgTreeNode[],
  orgUnitId: number,
  choices: readonly PersonChoice[],
): Promise<StoredPerson[]> {
  const ids = [...new Set(choices.flatMap((choice) => (choice.userId === null ? [] : [choice.userId])))];
  if (ids.length === 0) return choices.map((choice) => ({ userId: null, name: choice.name }));
  const around = unitsAroundUnit(orgTree, orgUnitId);
  const users = await tx.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, isActive: true, roles: { select: { orgUnitId: true } } },
  });
  const byId = new Map(users.map((user) => [user.id, user]));
  const errors: { field: string; message: string }[] = [];
  const people = choices.map((choice) => {
    if (choice.userId === null) return { userId: null, name: choice.name };
    const user = byId.get(choice.userId);
    const isOption = !!user?.isActive && user.roles.some((role) => around.includes(role.orgUnitId));
    if (!user || (!isOption && choice.userId !== choice.linkedUserId)) {
      errors.push({ field: choice.field, message: 'unknownUser' });
      return { userId: null, name: null };
    }
    return { userId: user.id, name: user.name };
  });
  if (errors.length > 0) throw fieldErrors(errors);
  return people;
}
