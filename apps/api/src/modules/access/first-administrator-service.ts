import { codeOfName, isoToday } from '@lagesbild/types';
import type { OrgUnitModel, UserModel } from '@lagesbild/db';
import type { Transaction } from '../audit';
import { ensurePerspectivesOfYear } from '../perspectives';
import { ensureRiskCategories } from '../risks';
import { lockEmail } from './user-by-email';

/** The advisory lock that makes the first administrator's creation one at a time, on PGlite and PostgreSQL alike. */
const FIRST_ADMINISTRATOR_LOCK = 7016;

export interface NewAdministrator {
  email: string;
  name: string;
  passwordHash: string;
  /** The root unit's name, used only when there is no root unit yet. */
  cityName: string;
}

export type AdministratorCreation =
  | {
      kind: 'created';
      user: UserModel;
      rootUnit: OrgUnitModel;
      createdRootUnit: boolean;
      createdPerspectives: number;
      createdRiskCategories: number;
    }
  /** `onlyIntoEmptyInstallation` was asked and a user exists: the first run is over. */
  | { kind: 'alreadySetUp' }
  | { kind: 'emailTaken' };

/**
 * Makes an administrator of the root unit, and what an empty installation lacks for one to
 * begin: the root unit (the city), source 001's five perspectives and its six risk categories.
 * The first-run page and `pnpm admin:create` both come here, inside an audited transaction.
 * Under a lock, so that of two first runs sent at once the second finds the first one's user.
 *
 * This is the one place outside the organisation module that writes org units, perspectives
 * and risk categories: an installation has to exist before anyone can administer it there.
 */
export async function createAdministrator(
  tx: Transaction,
  administrator: NewAdministrator,
  { onlyIntoEmptyInstallation }: { onlyIntoEmptyInstallation: boolean },
): Promise<AdministratorCreation> {
  await tx.$queryRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(${FIRST_ADMINISTRATOR_LOCK}::int)) AS locked`;
  if (onlyIntoEmptyInstallation && (await tx.user.findFirst({ select: { id: true } }))) {
    return { kind: 'alreadySetUp' };
  }
  await lockEmail(tx, administrator.email);
  const taken = await tx.user.findFirst({
    where: { email: { equals: administrator.email, mode: 'insensitive' } },
    select: { id: true },
  });
  if (taken) return { kind: 'emailTaken' };

  const existingRoot = await tx.orgUnit.findFirst({ where: { parentId: null }, orderBy: { id: 'asc' } });
  const rootUnit =
    existingRoot ??
    (await tx.orgUnit.create({
      data: { code: codeOfName(administrator.cityName, 'stad'), name: administrator.cityName, kind: 'CITY' },
    }));
  // The current year's perspectives: source 001's five for a new city, else a copy of its latest year's.
  const createdPerspectives = await ensurePerspectivesOfYear(tx, Number(isoToday().slice(0, 4)));
  const createdRiskCategories = await ensureRiskCategories(tx);
  const user = await tx.user.create({
    data: { email: administrator.email, name: administrator.name, passwordHash: administrator.passwordHash },
  });
  await tx.roleAssignment.create({ data: { userId: user.id, role: 'ADMIN', orgUnitId: rootUnit.id } });
  return {
    kind: 'created',
    user,
    rootUnit,
    createdRootUnit: !existingRoot,
    createdPerspectives,
    createdRiskCategories,
  };
}
