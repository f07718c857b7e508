import type { PrismaClient, RoleAssignmentModel, UserModel } from '@lagesbild/db';
import { hashPassword } from '@lagesbild/db';
import type { createUserInputSchema, updateUserInputSchema } from '@lagesbild/types';
import type { z } from 'zod';
import type { Transaction } from '../audit';
import { deleteSessionsOfUser } from './session-service';
import { lockEmail } from './user-by-email';
import type { SignedInUser } from './session-service';
import { conflict, fieldError, isRecordNotFound, isUniqueViolation, notFound } from '../../errors';

export type UserWithRoles = UserModel & { roles: RoleAssignmentModel[] };

/** A user as a conflict shows it to the other administrator: never the password hash. */
function shownInConflict(user: UserWithRoles | null) {
  if (!user) return null;
  const { id, email, name, isActive, version, roles } = user;
  return { id, email, name, isActive, version, roles: roles.map(({ role, orgUnitId }) => ({ role, orgUnitId })) };
}

const WITH_ROLES = { roles: { orderBy: { id: 'asc' } } } as const;

export function listUsers(prisma: PrismaClient): Promise<UserWithRoles[]> {
  return prisma.user.findMany({ include: WITH_ROLES, orderBy: { name: 'asc' } });
}

async function requireUniqueEmail(tx: Transaction, email: string, exceptUserId?: number): Promise<void> {
  const existing = await tx.user.findFirst({ where: { email: { equals: email, mode: 'insensitive' } } });
  if (existing && existing.id !== exceptUserId) throw fieldError('input.email', 'emailTaken');
}

async function requireExistingUnits(tx: Transaction, roles: { orgUnitId: number }[]): Promise<void> {
  const ids = [...new Set(roles.map((role) => role.orgUnitId))];
  const found = await tx.orgUnit.count({ where: { id: { in: ids } } });
  if (found !== ids.length) throw fieldError('input.roles', 'unknownOrgUnit');
}

export async function createUser(
  tx: Transaction,
  input: z.output<typeof createUserInputSchema>,
): Promise<UserWithRoles> {
  await lockEmail(tx, input.email);
  await requireUniqueEmail(tx, input.email);
  await requireExistingUnits(tx, input.roles);
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  // Two administrators adding the same address at once both pass the check above; the
  // unique key refuses the second, which is the same answer as a taken address.
  const user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } }).catch((error) => {
    throw isUniqueViolation(error) ? fieldError('input.email', 'emailTaken') : error;
  });
  await replaceRoles(tx, user.id, input.roles);
  return tx.user.findUniqueOrThrow({ where: { id: user.id }, include: WITH_ROLES });
}

/**
 * Changes a user. Deactivating the account ends its sessions; so does a new password (a
 * stolen session must not outlive the reset), except the session of the administrator who
 * sets their own.
 */
export async function updateUser(
  tx: Transaction,
  input: z.output<typeof updateUserInputSchema>,
  administrator: SignedInUser,
): Promise<UserWithRoles> {
  const current = await tx.user.findUnique({ where: { id: input.id }, include: WITH_ROLES });
  if (!current) throw notFound();
  if (current.version !== input.expectedVersion) throw conflict(shownInConflict(current));
  await requireExistingUnits(tx, input.roles);
  try {
    await tx.user.update({
      where: { id: input.id, version: input.expectedVersion },
      data: {
        name: input.name,
        isActive: input.isActive,
        ...(input.password ? { passwordHash: await hashPassword(input.password) } : {}),
        version: { increment: 1 },
      },
    });
  } catch (error) {
    if (isRecordNotFound(error))
      throw conflict(await tx.user.findUnique({ where: { id: input.id }, include: WITH_ROLES }));
    throw error;
  }
  await replaceRoles(tx, input.id, input.roles);
  if (!input.isActive) await deleteSessionsOfUser(tx, input.id);
  else if (input.password) {
    await deleteSessionsOfUser(tx, input.id, administrator.id === input.id ? administrator.sessionId : undefined);
  }
  return tx.user.findUniqueOrThrow({ where: { id: input.id }, include: WITH_ROLES });
}

/** Sets a user's roles to exactly these, one audited write per role added or removed. */
async function replaceRoles(
  tx: Transaction,
  userId: number,
  roles: { role: RoleAssignmentModel['role']; orgUnitId: number }[],
): Promise<void> {
  const key = (role: { role: string; orgUnitId: number }) => `${role.role}@${role.orgUnitId}`;
  const wanted = new Map(roles.map((role) => [key(role), role]));
  const existing = await tx.roleAssignment.findMany({ where: { userId } });
  for (const role of existing) {
    if (!wanted.has(key(role))) await tx.roleAssignment.delete({ where: { id: role.id } });
  }
  const existingKeys = new Set(existing.map(key));
  for (const [roleKey, role] of wanted) {
    if (!existingKeys.has(roleKey)) await tx.roleAssignment.create({ data: { userId, ...role } });
  }
}
