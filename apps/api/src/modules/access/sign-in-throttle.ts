import type { PrismaClient } from '@lagesbild/db';

/** Failures within this window count; older ones are forgotten. */
const WINDOW_MS = 15 * 60 * 1000;
/** Failures allowed before each further attempt must wait. */
const FREE_FAILURES = 5;
/** The first wait after the free failures; each further failure doubles it. */
const FIRST_WAIT_SECONDS = 30;
const MAX_WAIT_SECONDS = 15 * 60;

/** Guessing is slowed per account and per address, so neither a botnet nor a single host gets far. */
export function throttleSubjects(email: string, address: string): string[] {
  return [`account:${email.trim().toLowerCase()}`, `address:${address}`];
}

/** The advisory lock class of the throttle; each subject is one lock in it. */
const THROTTLE_LOCK = 7008;

type FailureStore = Pick<PrismaClient, 'signInFailure'>;

/**
 * Seconds to wait before the next attempt may be tried: none for the first few failures,
 * then 30 seconds, doubling with each further failure, at most 15 minutes.
 */
async function secondsUntilNextAttempt(prisma: FailureStore, subjects: string[], now: Date): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const failures = await prisma.signInFailure.groupBy({
    by: ['subject'],
    where: { subject: { in: subjects }, occurredAt: { gt: since } },
    _count: true,
    _max: { occurredAt: true },
  });
  let wait = 0;
  for (const failure of failures) {
    const excess = failure._count - FREE_FAILURES;
    if (excess < 0 || !failure._max.occurredAt) continue;
    const delay = Math.min(FIRST_WAIT_SECONDS * 2 ** excess, MAX_WAIT_SECONDS);
    const elapsed = (now.getTime() - failure._max.occurredAt.getTime()) / 1000;
    wait = Math.max(wait, Math.ceil(delay - elapsed));
  }
  return Math.max(0, wait);
}

/**
 * Lets an attempt be tried, or says how many seconds it must wait. An attempt let through
 * is counted as a failure at once, in the same transaction and under a lock on its subjects,
 * so guesses sent together count against each other: of 40 at once, 5 are tried. The
 * caller forgets the attempt (`forgetAttempt`) when the password was right.
 */
export async function claimAttempt(
  prisma: PrismaClient,
  subjects: string[],
  now = new Date(),
): Promise<{ retryAfterSeconds: number; attemptIds: bigint[] }> {
  return prisma.$transaction(async (tx) => {
    for (const subject of [...subjects].sort()) {
      await tx.$queryRaw`SELECT 1 FROM (SELECT pg_advisory_xact_lock(${THROTTLE_LOCK}::int, hashtext(${subject}))) AS locked`;
    }
    const retryAfterSeconds = await secondsUntilNextAttempt(tx, subjects, now);
    if (retryAfterSeconds > 0) return { retryAfterSeconds, attemptIds: [] };
    const recorded = await tx.signInFailure.createManyAndReturn({
      data: subjects.map((subject) => ({ subject, occurredAt: now })),
      select: { id: true },
    });
    // Keep the table small: nothing older than the window matters.
    await tx.signInFailure.deleteMany({ where: { occurredAt: { lt: new Date(now.getTime() - WINDOW_MS) } } });
    return { retryAfterSeconds: 0, attemptIds: recorded.map((row) => row.id) };
  });
}

/** The password was right: the attempt was no failure after all. */
export async function forgetAttempt(prisma: PrismaClient, attemptIds: bigint[]): Promise<void> {
  await prisma.signInFailure.deleteMany({ where: { id: { in: attemptIds } } });
}

/** A successful sign-in clears the account's failures (not the address's). */
export async function clearAccountFailures(prisma: PrismaClient, email: string): Promise<void> {
  await prisma.signInFailure.deleteMany({ where: { subject: throttleSubjects(email, '')[0] } });
}
