import type { PrismaClient, UserModel } from '@lagesbild/db';
import type { Transaction } from '../audit';

/**
 * A lock number of its own, with the address in lower case: the writes that add an account by its
 * address take turns per address, so two administrators adding Anna.Svensson@… and
 * anna.svensson@… at once do not both pass the case-blind check (the unique key is exact).
 */
const EMAIL_LOCK = 7081;

export async function lockEmail(tx: Transaction, email: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(${EMAIL_LOCK}::int, hashtext(lower(${email})))) AS locked`;
}

/**
 * The account of an address, the case aside, as sign-in and single sign-on find it. Should two
 * accounts differ only by case (made before the lock above), the one written exactly as given is
 * taken, else the older: always the same one, never whichever the database returns first.
 */
export async function findUserByEmail(
  db: Pick<PrismaClient, 'user'>,
  email: string,
  where: { oidcSubject?: null } = {},
): Promise<UserModel | null> {
  const matches = await db.user.findMany({
    where: { email: { equals: email, mode: 'insensitive' }, ...where },
    orderBy: { id: 'asc' },
  });
  return matches.find((user) => user.email === email) ?? matches[0] ?? null;
}
