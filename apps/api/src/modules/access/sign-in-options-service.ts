import { DEMO_USERS } from '@lagesbild/db';
import type { DemoUser, PrismaClient } from '@lagesbild/db';
import { findOrgUnitsByCodes } from '../organisation';

/** The demo accounts the sign-in page offers: those whose users the demo data loaded and that are active. */
export async function listLoadedDemoAccounts(prisma: PrismaClient): Promise<DemoUser[]> {
  const loaded = await prisma.user.findMany({ where: { isDemo: true, isActive: true }, select: { email: true } });
  const loadedEmails = new Set(loaded.map((user) => user.email));
  return DEMO_USERS.filter((user) => loadedEmails.has(user.email));
}

/** A demo account's roles with the names of their units (the code, for a unit the data lacks). */
export async function describeDemoAccountRoles(
  prisma: PrismaClient,
  account: DemoUser,
): Promise<{ role: DemoUser['roles'][number]['role']; orgUnitName: string }[]> {
  const units = await findOrgUnitsByCodes(
    prisma,
    account.roles.map((role) => role.orgUnitKey),
  );
  const nameOf = new Map(units.map((unit) => [unit.code, unit.name]));
  return account.roles.map((role) => ({
    role: role.role,
    orgUnitName: nameOf.get(role.orgUnitKey) ?? role.orgUnitKey,
  }));
}
